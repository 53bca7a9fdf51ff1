import { DomainError } from './errors.js';

/** An incident moves forward through these states; RESOLVED is final. */
export const INCIDENT_STATES = ['INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

/**
 * Allowed moves. Responders may skip ahead (a fix found while investigating goes straight to
 * MONITORING) and may step back from MONITORING when the fix did not hold; nothing leaves RESOLVED.
 */
const NEXT: Record<IncidentState, readonly IncidentState[]> = {
  INVESTIGATING: ['IDENTIFIED', 'MONITORING', 'RESOLVED'],
  IDENTIFIED: ['INVESTIGATING', 'MONITORING', 'RESOLVED'],
  MONITORING: ['INVESTIGATING', 'IDENTIFIED', 'RESOLVED'],
  RESOLVED: [],
};

export function canTransition(from: IncidentState, to: IncidentState): boolean {
  return NEXT[from].includes(to);
}

export function assertTransition(from: IncidentState, to: IncidentState): void {
  if (!canTransition(from, to)) {
    throw new DomainError('CONFLICT', `Cannot move an incident from ${from} to ${to}`);
  }
}
