import { COMPONENT_STATUSES, RISK_PROFILES, ROLES } from '@keepwatch/domain';
import { registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RoleEnum = asEnum(ROLES);
export const RiskProfileEnum = asEnum(RISK_PROFILES);
export const ComponentStatusEnum = asEnum(COMPONENT_STATUSES);

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
