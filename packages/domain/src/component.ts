/** A component's public status, worst last. Same values as Atlassian Statuspage. */
export const COMPONENT_STATUSES = [
  'OPERATIONAL',
  'UNDER_MAINTENANCE',
  'DEGRADED_PERFORMANCE',
  'PARTIAL_OUTAGE',
  'MAJOR_OUTAGE',
] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

/** The overall status of a page is its worst component's. */
export function worstStatus(statuses: readonly ComponentStatus[]): ComponentStatus {
  let worst: ComponentStatus = 'OPERATIONAL';
  for (const s of statuses) {
    if (COMPONENT_STATUSES.indexOf(s) > COMPONENT_STATUSES.indexOf(worst)) worst = s;
  }
  return worst;
}
