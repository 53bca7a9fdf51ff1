import { DomainError } from './errors.js';

/** A postmortem is written (DRAFT), reviewed (IN_REVIEW), then PUBLISHED, which is final. */
export const POSTMORTEM_STATES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED'] as const;
export type PostmortemState = (typeof POSTMORTEM_STATES)[number];

/**
 * The contributing-factor categories a tenant starts with. Keys are stable identifiers; names
 * and descriptions are what authors see when picking one.
 */
export const DEFAULT_FACTOR_CATEGORIES: readonly {
  key: string;
  name: string;
  description: string;
}[] = [
  {
    key: 'CHANGE_MANAGEMENT',
    name: 'Change management',
    description: 'How a change was reviewed, rolled out, staged or rolled back.',
  },
  {
    key: 'CAPACITY',
    name: 'Capacity',
    description: 'Load, limits, quotas or resources that ran out or were sized too small.',
  },
  {
    key: 'DEPENDENCY',
    name: 'Dependency',
    description:
      'A third-party service, library or internal system we rely on behaved unexpectedly.',
  },
  {
    key: 'CONFIGURATION',
    name: 'Configuration',
    description: 'A setting, flag, secret or environment value that was wrong or drifted.',
  },
  {
    key: 'MONITORING_GAP',
    name: 'Monitoring gap',
    description: 'Missing, noisy or late alerts and dashboards delayed detection or diagnosis.',
  },
  {
    key: 'TESTING_GAP',
    name: 'Testing gap',
    description: 'No test, or no realistic test environment, covered the failing case.',
  },
  {
    key: 'PROCESS',
    name: 'Process',
    description: 'Runbooks, hand-offs, escalation or on-call practice did not fit the situation.',
  },
  {
    key: 'ARCHITECTURE',
    name: 'Architecture',
    description: 'A design property, such as a single point of failure or tight coupling.',
  },
];

export interface ContributingFactor {
  description: string;
  /** A category key, e.g. CHANGE_MANAGEMENT. */
  category: string;
}

/** What publishing needs to know about a postmortem. */
export interface PostmortemDraft {
  impact: string;
  contributingFactors: readonly ContributingFactor[];
  actionItemCount: number;
  timelineEventCount: number;
}

export interface MissingPart {
  section: 'impact' | 'timeline' | 'contributingFactors' | 'followUps';
  /** `unknownCategory` for a factor filed under a category that does not exist; else `required`. */
  rule: 'required' | 'unknownCategory';
  message: string;
}

/**
 * What still keeps a postmortem from being publishable, in document order: a blank impact, an
 * empty timeline, no contributing factors (or, per factor, a blank description, a blank category,
 * or a category key not in `categories`: one part per bad factor, numbered from 1), and no
 * follow-up actions. An empty list means it is complete.
 */
export function missingParts(p: PostmortemDraft, categories: readonly string[]): MissingPart[] {
  const parts: MissingPart[] = [];
  if (p.impact.trim() === '') {
    parts.push({ section: 'impact', rule: 'required', message: 'the impact is not described' });
  }
  if (p.timelineEventCount <= 0) {
    parts.push({ section: 'timeline', rule: 'required', message: 'the timeline has no events' });
  }
  if (p.contributingFactors.length === 0) {
    parts.push({
      section: 'contributingFactors',
      rule: 'required',
      message: 'no contributing factors are listed',
    });
  }
  p.contributingFactors.forEach((f, i) => {
    const blank = f.description.trim() === '';
    const issues: string[] = blank ? ['no description'] : [];
    let unknown = false;
    if (f.category.trim() === '') {
      issues.push('no category');
    } else if (!categories.includes(f.category)) {
      issues.push(`an unknown category “${f.category}”`);
      unknown = true;
    }
    if (issues.length === 0) return;
    parts.push({
      section: 'contributingFactors',
      // A missing description is the more basic gap; it decides the rule when both apply.
      rule: unknown && !blank ? 'unknownCategory' : 'required',
      message: `contributing factor ${i + 1} has ${issues.join(' and ')}`,
    });
  });
  if (p.actionItemCount <= 0) {
    parts.push({
      section: 'followUps',
      rule: 'required',
      message: 'no follow-up actions are planned',
    });
  }
  return parts;
}

/**
 * Throws one CONFLICT naming every missing part at once (each also a problem whose field is the
 * section), so an author sees the whole list before trying again.
 */
export function assertPublishable(p: PostmortemDraft, categories: readonly string[]): void {
  const parts = missingParts(p, categories);
  if (parts.length === 0) return;
  throw new DomainError(
    'CONFLICT',
    'The postmortem cannot be published: ' + parts.map((m) => m.message).join('; '),
    parts.map((m) => ({ field: m.section, rule: m.rule, message: m.message })),
  );
}

/**
 * Allowed moves: DRAFT → IN_REVIEW, IN_REVIEW → DRAFT (back for changes), IN_REVIEW → PUBLISHED.
 * A draft is reviewed before it is published; nothing leaves PUBLISHED.
 */
const NEXT: Record<PostmortemState, readonly PostmortemState[]> = {
  DRAFT: ['IN_REVIEW'],
  IN_REVIEW: ['DRAFT', 'PUBLISHED'],
  PUBLISHED: [],
};

export function canPostmortemTransition(from: PostmortemState, to: PostmortemState): boolean {
  return NEXT[from].includes(to);
}

export function assertPostmortemTransition(from: PostmortemState, to: PostmortemState): void {
  if (canPostmortemTransition(from, to)) return;
  const why =
    from === to
      ? ` (it is already ${to})`
      : from === 'PUBLISHED'
        ? ' (a published postmortem is final)'
        : from === 'DRAFT' && to === 'PUBLISHED'
          ? ' (it must be reviewed first)'
          : '';
  throw new DomainError('CONFLICT', `Cannot move a postmortem from ${from} to ${to}${why}`);
}

/** "42 min", "2 h", "2 h 5 min", "1 d 3 h", "3 d": whole minutes, largest units first. */
function duration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  if (total === 0) return 'less than 1 min';
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  return [d && `${d} d`, h && `${h} h`, m && `${m} min`].filter(Boolean).join(' ');
}

function usersAffected(pct: number | null): string {
  if (pct === null) return 'Share of users affected not recorded.';
  if (pct <= 0) return 'No users were affected.';
  if (pct < 1) return 'Less than 1% of users were affected.';
  if (pct >= 100) return 'All users were affected.';
  return `About ${Math.round(pct)}% of users were affected.`;
}

/**
 * The impact text a postmortem starts with, in plain sentences, e.g. "Impact lasted 42 min.
 * Affected components: Checkout, API. About 30% of users were affected. An SLO was breached. 1
 * communication promise was missed." Unknowns are said to be unknown, never guessed.
 */
export function impactSummary(facts: {
  durationMinutes: number | null;
  components: readonly string[];
  usersAffectedPct: number | null;
  sloBreached: boolean | null;
  communicationBreaches: number;
}): string {
  const n = facts.communicationBreaches;
  return [
    facts.durationMinutes === null
      ? 'Duration unknown (impact start not recorded).'
      : `Impact lasted ${duration(facts.durationMinutes)}.`,
    facts.components.length === 0
      ? 'No affected components recorded.'
      : `Affected component${facts.components.length === 1 ? '' : 's'}: ${facts.components.join(', ')}.`,
    usersAffected(facts.usersAffectedPct),
    facts.sloBreached === null
      ? 'SLO breach not recorded.'
      : facts.sloBreached
        ? 'An SLO was breached.'
        : 'No SLO was breached.',
    n <= 0
      ? 'No communication promise was missed.'
      : `${n} communication promise${n === 1 ? ' was' : 's were'} missed.`,
  ].join(' ');
}
