import type { Database } from './db/database.js';
import { AccessService } from './modules/access/access.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { CommunicationContractService } from './modules/communication/communication-contract.service.js';
import { ReminderScheduler } from './modules/communication/reminder-scheduler.js';
import { ComponentService } from './modules/component/component.service.js';
import { ActionItemService } from './modules/action-item/action-item.service.js';
import { JiraSync } from './modules/action-item/jira-sync.js';
import { SecretBox } from './secrets.js';
import type { JiraClientOptions } from './modules/action-item/jira/jira-client.js';
import { PostmortemService } from './modules/postmortem/postmortem.service.js';
import { MaintenanceService } from './modules/maintenance/maintenance.service.js';
import { StatusPageChanges } from './modules/status-page/status-page-changes.js';
import { StatusPageService } from './modules/status-page/status-page.service.js';
import { IncidentService } from './modules/incident/incident.service.js';
import { EventHub } from './modules/incident-events/event-hub.js';
import { SeverityService } from './modules/severity/severity.service.js';
import { TenantService } from './modules/tenant/tenant.service.js';
import { TimelineService } from './modules/timeline/timeline.service.js';

export interface ServiceOptions {
  /** The time rules are judged at (injectable so tests need no sleeps). */
  clock?: () => Date;
  reminderLeadMs?: number;
  jira?: JiraClientOptions;
  /** Seals stored credentials (SECRETS_KEY); without a key, none can be stored. */
  secrets?: SecretBox;
  /** Failures of background work (Jira syncs). */
  onError?: (error: unknown) => void;
}

export function createServices(db: Database, options: ServiceOptions = {}) {
  const clock = options.clock ?? (() => new Date());
  const reminderLeadMs = options.reminderLeadMs ?? 5 * 60_000;
  const jira = new JiraSync(
    db,
    clock,
    options.secrets ?? SecretBox.fromBase64(undefined),
    options.jira,
    options.onError,
  );
  return {
    jira,
    postmortems: new PostmortemService(db, clock),
    actionItems: new ActionItemService(db, clock, jira),
    tenants: new TenantService(db),
    access: new AccessService(db),
    audit: new AuditService(db),
    components: new ComponentService(db),
    statusPage: new StatusPageService(db, clock),
    statusPageChanges: new StatusPageChanges(db),
    maintenance: new MaintenanceService(db, clock),
    severities: new SeverityService(db),
    incidents: new IncidentService(db, clock),
    timeline: new TimelineService(db),
    events: new EventHub(db),
    contracts: new CommunicationContractService(db),
    reminders: new ReminderScheduler(db, clock, reminderLeadMs),
  };
}

export type Services = ReturnType<typeof createServices>;
