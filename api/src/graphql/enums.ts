import {
  ACTION_ITEM_KINDS,
  ACTION_ITEM_STATES,
  COMPARATORS,
  COMPONENT_STATUSES,
  INCIDENT_STATES,
  MAINTENANCE_STATES,
  MITIGATION_TYPES,
  POSTMORTEM_STATES,
  PUBLIC_IMPACTS,
  RISK_PROFILES,
  ROLES,
  TIMELINE_KINDS,
} from '@keepwatch/domain';
import { registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RoleEnum = asEnum(ROLES);
export const RiskProfileEnum = asEnum(RISK_PROFILES);
export const ComponentStatusEnum = asEnum(COMPONENT_STATUSES);
export const IncidentStateEnum = asEnum(INCIDENT_STATES);
export const TimelineKindEnum = asEnum(TIMELINE_KINDS);
export const MitigationTypeEnum = asEnum(MITIGATION_TYPES);
export const VisibilityEnum = asEnum(['PUBLIC', 'INTERNAL'] as const);
export const IncidentRoleEnum = asEnum(['COMMANDER', 'COMMUNICATIONS_LEAD'] as const);
export const MaintenanceStateEnum = asEnum(MAINTENANCE_STATES);
export const PublicImpactEnum = asEnum(PUBLIC_IMPACTS);
export const PostmortemStateEnum = asEnum(POSTMORTEM_STATES);
export const ActionItemStateEnum = asEnum(ACTION_ITEM_STATES);
export const ActionItemKindEnum = asEnum(ACTION_ITEM_KINDS);
export const ComparatorEnum = asEnum(COMPARATORS);
export const JiraSyncStateEnum = asEnum(['NOT_CONFIGURED', 'PENDING', 'SYNCED', 'FAILED'] as const);

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a member or API token may do. ADMIN may do everything the others may.',
  valuesConfig: {
    VIEWER: { description: 'Reads incidents, metrics and settings.' },
    RESPONDER: { description: 'Works incidents: timeline events, mitigations, internal updates.' },
    COMMANDER: { description: 'Owns technical decisions during an incident.' },
    COMMUNICATIONS: { description: 'Announces status to customers and stakeholders.' },
    ADMIN: { description: 'Manages the tenant: members, tokens, components, contracts.' },
  },
});
registerEnumType(RiskProfileEnum, {
  name: 'RiskProfile',
  description: "Which defaults fit the tenant's risk.",
  valuesConfig: {
    STANDARD: { description: 'Balanced defaults.' },
    CONSUMER: { description: 'Communication latency first: tight public-update deadlines.' },
    REGULATED: { description: 'Evidence first: tamper-evident timelines, retention, export.' },
  },
});
registerEnumType(ComponentStatusEnum, {
  name: 'ComponentStatus',
  description: 'Public status of a component (the same values as Atlassian Statuspage).',
  valuesConfig: {
    OPERATIONAL: { description: 'Working normally.' },
    UNDER_MAINTENANCE: { description: 'In a scheduled maintenance window.' },
    DEGRADED_PERFORMANCE: { description: 'Working, but slow or with errors for some users.' },
    PARTIAL_OUTAGE: { description: 'Down for some users or some functions.' },
    MAJOR_OUTAGE: { description: 'Down for most or all users.' },
  },
});
registerEnumType(IncidentStateEnum, {
  name: 'IncidentState',
  description: 'Where an incident is in its lifecycle.',
  valuesConfig: {
    INVESTIGATING: { description: 'Impact is known; the cause is not.' },
    IDENTIFIED: { description: 'The cause is known; a fix is being worked on.' },
    MONITORING: { description: 'A fix or mitigation is in place and being watched.' },
    RESOLVED: { description: 'Over. Final: nothing leaves this state.' },
  },
});
registerEnumType(TimelineKindEnum, {
  name: 'TimelineKind',
  description: 'What a timeline event records.',
  valuesConfig: {
    DETECTION: { description: 'When the problem was detected. details: {}' },
    DECLARATION: { description: 'The incident was declared. details: {title, severity, summary}' },
    STATE_CHANGE: { description: 'Lifecycle move. details: {from, to, note}' },
    SEVERITY_CHANGE: {
      description: 'Severity decided by the commander. details: {from, to, reason}',
    },
    ROLE_ASSIGNMENT: { description: 'Someone took a role. details: {role, memberId, memberName}' },
    DECISION: {
      description:
        'A decision point. details: {question, options, choice, rationale, reversible, decidedBy}',
    },
    MITIGATION: {
      description:
        'A mitigation. details: {type, description, reversible, revertPlan, timeBoxMinutes, outcome, decisionId}',
    },
    CHANGE: { description: 'A change or deploy. details: {description, reference}' },
    STATUS_UPDATE: {
      description: 'A public or internal update. details: {body, state, componentStatuses}',
    },
    EXECUTIVE_SUMMARY: { description: 'A summary for executives. details: {body}' },
    NOTE: { description: 'Anything else worth keeping. details: {body}' },
    CORRECTION: {
      description: 'Supersedes an earlier event, which stays. details: {reason, correction}',
    },
  },
});
registerEnumType(MitigationTypeEnum, {
  name: 'MitigationType',
  description: 'How impact was reduced.',
  valuesConfig: {
    FEATURE_FLAG: { description: 'A feature flag turned a behaviour off or on.' },
    TRAFFIC_SHAPING: { description: 'Traffic was shed, rerouted or rate-limited.' },
    ROLLBACK: { description: 'A change was rolled back.' },
    CONFIG_CHANGE: { description: 'A configuration value was changed.' },
    SCALE: { description: 'Capacity was added or removed.' },
    HOTFIX: { description: 'New code was shipped to fix it (never a bounded experiment).' },
  },
});
registerEnumType(VisibilityEnum, {
  name: 'Visibility',
  description: 'Who may see a timeline event.',
  valuesConfig: {
    PUBLIC: { description: 'Customers, on the status page.' },
    INTERNAL: { description: 'The tenant only.' },
  },
});
registerEnumType(IncidentRoleEnum, {
  name: 'IncidentRole',
  description: 'A role someone holds during one incident.',
  valuesConfig: {
    COMMANDER: { description: 'Owns technical decisions.' },
    COMMUNICATIONS_LEAD: { description: 'Announces status.' },
  },
});
registerEnumType(MaintenanceStateEnum, {
  name: 'MaintenanceState',
  description: 'Where a maintenance window is, judged at the time of reading.',
  valuesConfig: {
    SCHEDULED: { description: 'Announced; not started yet.' },
    IN_PROGRESS: { description: 'Started: its components show UNDER_MAINTENANCE.' },
    COMPLETED: { description: 'Over, as scheduled or ended early.' },
    CANCELLED: { description: 'Called off; no longer shown to the public.' },
  },
});
registerEnumType(PublicImpactEnum, {
  name: 'PublicImpact',
  description: "An incident's impact as the public sees it (Atlassian Statuspage's scale).",
  valuesConfig: {
    NONE: { description: 'No noticeable impact (lowest severities).' },
    MINOR: { description: 'Minor impact (third severity).' },
    MAJOR: { description: 'Major impact (second severity).' },
    CRITICAL: { description: 'Critical impact (the most severe level).' },
  },
});
registerEnumType(PostmortemStateEnum, {
  name: 'PostmortemState',
  description: 'Where a postmortem is: written, reviewed, then published (final).',
  valuesConfig: {
    DRAFT: { description: 'Being written.' },
    IN_REVIEW: { description: 'Ready for review; may go back to DRAFT.' },
    PUBLISHED: { description: 'Complete and published. Final.' },
  },
});
registerEnumType(ActionItemStateEnum, {
  name: 'ActionItemState',
  description: 'OPEN → IN_PROGRESS → DONE → VERIFIED (with evidence); DONE may be reopened.',
  valuesConfig: {
    OPEN: { description: 'Not started. Counts toward the team cap.' },
    IN_PROGRESS: { description: 'Being worked on. Counts toward the team cap.' },
    DONE: { description: 'Done; the criterion is not yet shown to hold.' },
    VERIFIED: { description: 'Evidence shows the criterion holds. Final.' },
  },
});
registerEnumType(ActionItemKindEnum, {
  name: 'ActionItemKind',
  description: 'What an action item changes.',
  valuesConfig: {
    CLASS_OF_FAILURE: { description: 'Removes a class of failure (prioritised first).' },
    ONE_OFF: { description: 'Fixes a one-off defect.' },
  },
});
registerEnumType(ComparatorEnum, {
  name: 'Comparator',
  description: 'How a signal compares with its target.',
  valuesConfig: {
    LT: { description: '<' },
    LTE: { description: '≤' },
    GT: { description: '>' },
    GTE: { description: '≥' },
    EQ: { description: '=' },
  },
});
registerEnumType(JiraSyncStateEnum, {
  name: 'JiraSyncState',
  description: "Where an action item stands with the tenant's Jira.",
  valuesConfig: {
    NOT_CONFIGURED: { description: 'The tenant has no Jira site set up.' },
    PENDING: { description: 'A change waits to be synced.' },
    SYNCED: { description: 'In step with its Jira issue.' },
    FAILED: { description: 'The last sync failed (see jiraError); retried with backoff.' },
  },
});
