import { ApiTokenEntity } from '../modules/access/api-token.entity.js';
import { MemberEntity } from '../modules/access/member.entity.js';
import { AuditRecordEntity } from '../modules/audit/audit-record.entity.js';
import { ComponentEntity } from '../modules/component/component.entity.js';
import { TenantEntity } from '../modules/tenant/tenant.entity.js';

export const ENTITIES = [
  TenantEntity,
  MemberEntity,
  ApiTokenEntity,
  AuditRecordEntity,
  ComponentEntity,
];
