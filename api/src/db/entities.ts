import { ActionItemEntity, JiraSettingsEntity } from '../modules/action-item/action-item.entity.js';
import { ApiTokenEntity } from '../modules/access/api-token.entity.js';
import { MemberEntity } from '../modules/access/member.entity.js';
import { AuditRecordEntity } from '../modules/audit/audit-record.entity.js';
import { CommunicationContractEntity } from '../modules/communication/communication-contract.entity.js';
import { ComponentStatusChangeEntity } from '../modules/component/component-status-change.entity.js';
import { ComponentEntity } from '../modules/component/component.entity.js';
import { IncidentComponentEntity } from '../modules/incident/incident-component.entity.js';
import { IncidentEntity } from '../modules/incident/incident.entity.js';
import {
  MaintenanceComponentEntity,
  MaintenanceWindowEntity,
} from '../modules/maintenance/maintenance-window.entity.js';
import { OutboxEventEntity } from '../modules/incident-events/outbox-event.entity.js';
import { FactorCategoryEntity, PostmortemEntity } from '../modules/postmortem/postmortem.entity.js';
import { SeverityLevelEntity } from '../modules/severity/severity-level.entity.js';
import { TenantEntity } from '../modules/tenant/tenant.entity.js';
import { TimelineEventEntity } from '../modules/timeline/timeline-event.entity.js';

export const ENTITIES = [
  TenantEntity,
  MemberEntity,
  ApiTokenEntity,
  AuditRecordEntity,
  ComponentEntity,
  SeverityLevelEntity,
  IncidentEntity,
  IncidentComponentEntity,
  TimelineEventEntity,
  OutboxEventEntity,
  CommunicationContractEntity,
  ComponentStatusChangeEntity,
  MaintenanceWindowEntity,
  MaintenanceComponentEntity,
  FactorCategoryEntity,
  PostmortemEntity,
  ActionItemEntity,
  JiraSettingsEntity,
];
