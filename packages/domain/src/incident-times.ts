import type { FieldProblem } from './errors.js';

/** The key timestamps of an incident, each when it really happened. */
export interface IncidentTimes {
  impactStartedAt: Date | null;
  detectedAt: Date | null;
  declaredAt: Date;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
}

/** Clocks disagree a little; a time this far ahead of ours is still "now". */
export const CLOCK_SKEW_MS = 60_000;

type Field = keyof IncidentTimes;

/**
 * Problems with a set of incident timestamps: none in the future, and
 * impactStartedAt ≤ detectedAt ≤ declaredAt, impactStartedAt ≤ mitigatedAt ≤ resolvedAt.
 * An incident may be declared after it was resolved (a retroactive record), so resolution is not
 * ordered against declaration. The later field of a broken pair is the one named.
 */
export function timestampProblems(times: IncidentTimes, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const fields: Field[] = [
    'impactStartedAt',
    'detectedAt',
    'declaredAt',
    'mitigatedAt',
    'resolvedAt',
  ];
  for (const field of fields) {
    const at = times[field];
    if (at && at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      problems.push({ field, rule: 'notInFuture', message: `${field} must not be in the future` });
    }
  }
  const order: [Field, Field][] = [
    ['impactStartedAt', 'detectedAt'],
    ['detectedAt', 'declaredAt'],
    ['impactStartedAt', 'declaredAt'],
    ['impactStartedAt', 'mitigatedAt'],
    ['mitigatedAt', 'resolvedAt'],
    ['impactStartedAt', 'resolvedAt'],
  ];
  for (const [earlier, later] of order) {
    const a = times[earlier];
    const b = times[later];
    if (a && b && a.getTime() > b.getTime() && !problems.some((p) => p.field === later)) {
      problems.push({
        field: later,
        rule: 'order',
        message: `${later} must not be before ${earlier}`,
      });
    }
  }
  return problems;
}

/** A single event time: never in the future (beyond clock skew). */
export function eventTimeProblems(field: string, at: Date | undefined, now: Date): FieldProblem[] {
  return at && at.getTime() > now.getTime() + CLOCK_SKEW_MS
    ? [{ field, rule: 'notInFuture', message: `${field} must not be in the future` }]
    : [];
}
