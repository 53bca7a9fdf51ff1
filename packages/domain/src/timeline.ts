/** What a timeline event records. Nothing is ever deleted; a CORRECTION supersedes an event. */
export const TIMELINE_KINDS = [
  'DETECTION',
  'DECLARATION',
  'STATE_CHANGE',
  'SEVERITY_CHANGE',
  'ROLE_ASSIGNMENT',
  'DECISION',
  'MITIGATION',
  'CHANGE',
  'STATUS_UPDATE',
  'EXECUTIVE_SUMMARY',
  'NOTE',
  'CORRECTION',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const MITIGATION_TYPES = [
  'FEATURE_FLAG',
  'TRAFFIC_SHAPING',
  'ROLLBACK',
  'CONFIG_CHANGE',
  'SCALE',
  'HOTFIX',
] as const;
export type MitigationType = (typeof MITIGATION_TYPES)[number];

/**
 * Mitigation is biased to bounded experiments: a reversible change that is not a hotfix. Anything
 * else on a severe incident (rank 1 or 2) needs a recorded decision with its rationale first.
 */
export function isBoundedExperiment(m: { type: MitigationType; reversible: boolean }): boolean {
  return m.reversible && m.type !== 'HOTFIX';
}

export function mitigationNeedsDecision(
  severityRank: number,
  m: { type: MitigationType; reversible: boolean },
): boolean {
  return severityRank <= 2 && !isBoundedExperiment(m);
}

export interface OrderedEvent {
  id: string;
  seq: number;
  occurredAt: Date;
  kind: TimelineKind;
  supersedesId: string | null;
}

/**
 * The timeline as shown: ordered by when things happened, ties broken by recording order, so
 * replaying the same events always gives the same list. Without `includeSuperseded`, events that a
 * later correction supersedes are left out (the corrections stay, and say what they replace).
 */
export function timelineView<E extends OrderedEvent>(
  events: readonly E[],
  includeSuperseded: boolean,
): E[] {
  const superseded = new Set(events.map((e) => e.supersedesId).filter((id) => id !== null));
  return events
    .filter((e) => includeSuperseded || !superseded.has(e.id))
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.seq - b.seq);
}
