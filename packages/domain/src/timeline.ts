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

/** Timeline kinds a postmortem highlights: where people chose, and what they changed. */
export const isDecisionPoint = (kind: TimelineKind): boolean =>
  kind === 'DECISION' || kind === 'MITIGATION';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * One line of prose for a timeline event, from its kind and details (the shapes documented on each
 * kind), as a postmortem's generated timeline shows it. Never retyped by hand.
 */
export function timelineLine(kind: TimelineKind, details: Record<string, unknown>): string {
  const d = details;
  switch (kind) {
    case 'DETECTION':
      return 'Problem detected.';
    case 'DECLARATION':
      return `Incident declared: ${str(d.title)} (${str(d.severity)}).`;
    case 'STATE_CHANGE':
      return `State ${str(d.from)} → ${str(d.to)}${d.note ? `: ${str(d.note)}` : '.'}`;
    case 'SEVERITY_CHANGE':
      return `Severity ${str(d.from)} → ${str(d.to)}: ${str(d.reason)}`;
    case 'ROLE_ASSIGNMENT':
      return `${str(d.memberName)} took the role ${str(d.role)}.`;
    case 'DECISION':
      return `Decision: ${str(d.question)} → ${str(d.choice)}${d.rationale ? ` (${str(d.rationale)})` : ''}.`;
    case 'MITIGATION':
      return `Mitigation (${str(d.type)}): ${str(d.description)}${d.outcome ? ` — ${str(d.outcome)}` : ''}.`;
    case 'CHANGE':
      return `Change: ${str(d.description)}${d.reference ? ` (${str(d.reference)})` : ''}.`;
    case 'STATUS_UPDATE':
      return `Status update: ${str(d.body)}`;
    case 'EXECUTIVE_SUMMARY':
      return `Executive summary: ${str(d.body)}`;
    case 'NOTE':
      return str(d.body);
    case 'CORRECTION':
      return `Correction: ${str(d.correction)} (${str(d.reason)})`;
  }
}
