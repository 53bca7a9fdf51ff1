import type { ComponentStatus } from '@keepwatch/client';

/** What each status means, in words: colour only ever repeats it. */
const COMPONENT: Record<ComponentStatus, string> = {
  OPERATIONAL: 'Operational',
  UNDER_MAINTENANCE: 'Under maintenance',
  DEGRADED_PERFORMANCE: 'Degraded performance',
  PARTIAL_OUTAGE: 'Partial outage',
  MAJOR_OUTAGE: 'Major outage',
};

const OVERALL: Record<ComponentStatus, string> = {
  OPERATIONAL: 'All systems operational',
  UNDER_MAINTENANCE: 'Maintenance in progress',
  DEGRADED_PERFORMANCE: 'Degraded performance',
  PARTIAL_OUTAGE: 'Partial outage',
  MAJOR_OUTAGE: 'Major outage',
};

export const componentStatusText = (status: ComponentStatus): string => COMPONENT[status];
export const overallStatusText = (status: ComponentStatus): string => OVERALL[status];

/** CSS class for the accent colour of a status. */
export const statusClass = (status: ComponentStatus): string =>
  `status-${status.toLowerCase().replaceAll('_', '-')}`;

const INCIDENT_STATE: Record<string, string> = {
  INVESTIGATING: 'Investigating',
  IDENTIFIED: 'Identified',
  MONITORING: 'Monitoring',
  RESOLVED: 'Resolved',
};

export const incidentStateText = (state: string): string => INCIDENT_STATE[state] ?? state;
