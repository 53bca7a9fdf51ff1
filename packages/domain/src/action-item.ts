import { assertValid, DomainError, type FieldProblem } from './errors.js';

/**
 * A postmortem action item is OPEN, worked on (IN_PROGRESS), DONE, then VERIFIED once someone has
 * shown its acceptance criterion holds. VERIFIED is final; DONE can be reopened.
 */
export const ACTION_ITEM_STATES = ['OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED'] as const;
export type ActionItemState = (typeof ACTION_ITEM_STATES)[number];

/** CLASS_OF_FAILURE removes a whole kind of failure; ONE_OFF fixes this instance. */
export const ACTION_ITEM_KINDS = ['CLASS_OF_FAILURE', 'ONE_OFF'] as const;
export type ActionItemKind = (typeof ACTION_ITEM_KINDS)[number];

export const COMPARATORS = ['LT', 'LTE', 'GT', 'GTE', 'EQ'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** A measurable "done": `signal comparator target unit` over the last `windowMinutes`. */
export interface AcceptanceCriterion {
  signal: string;
  comparator: Comparator;
  target: number;
  unit: string;
  windowMinutes: number;
}

/** How many open postmortem actions a team may carry before it must finish some first. */
export const DEFAULT_OPEN_ACTION_CAP = 8;

const SYMBOL: Record<Comparator, string> = { LT: '<', LTE: '≤', GT: '>', GTE: '≥', EQ: '=' };

function windowText(minutes: number): string {
  const [n, unit] =
    minutes > 0 && minutes % 1440 === 0
      ? [minutes / 1440, 'day']
      : minutes > 0 && minutes % 60 === 0
        ? [minutes / 60, 'hour']
        : [minutes, 'minute'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * The criterion as a reader sees it: "p99 checkout latency < 300 ms over 7 days". The window is
 * given in days when it is whole days, else in hours when whole hours, else in minutes; an empty
 * unit is left out and "%" is written against the number ("≥ 99.9%").
 */
export function criterionText(c: AcceptanceCriterion): string {
  const unit = c.unit.trim();
  const value = unit === '' ? `${c.target}` : unit === '%' ? `${c.target}%` : `${c.target} ${unit}`;
  return `${c.signal.trim()} ${SYMBOL[c.comparator]} ${value} over ${windowText(c.windowMinutes)}`;
}

const MAX_TITLE_LENGTH = 200;
const MAX_TEAM_LENGTH = 60;
/** The longest window a criterion may be measured over: 365 days. */
const MAX_WINDOW_MINUTES = 525_600;

function textProblems(field: string, value: string, max: number): FieldProblem[] {
  const text = value.trim();
  if (text === '') return [{ field, rule: 'required', message: `${field} must not be blank` }];
  if ([...text].length > max) {
    return [{ field, rule: 'maxLength', message: `${field} must be at most ${max} characters` }];
  }
  return [];
}

function criterionProblems(c: Partial<AcceptanceCriterion>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const at = (name: string) => `acceptanceCriteria.0.${name}`;
  if (typeof c.signal !== 'string' || c.signal.trim() === '') {
    problems.push({
      field: at('signal'),
      rule: 'required',
      message: 'the criterion must name the signal it measures',
    });
  }
  if (typeof c.target !== 'number' || !Number.isFinite(c.target)) {
    problems.push({
      field: at('target'),
      rule: 'required',
      message: 'the criterion must have a target number',
    });
  }
  if (c.comparator == null) {
    problems.push({
      field: at('comparator'),
      rule: 'required',
      message: 'the criterion must have a comparator',
    });
  } else if (!COMPARATORS.includes(c.comparator)) {
    problems.push({
      field: at('comparator'),
      rule: 'oneOf',
      message: `the comparator must be one of ${COMPARATORS.join(', ')}`,
    });
  }
  const w = c.windowMinutes;
  if (w == null) {
    problems.push({
      field: at('windowMinutes'),
      rule: 'required',
      message: 'the criterion must have a window in minutes',
    });
  } else if (!Number.isInteger(w) || w < 1) {
    problems.push({
      field: at('windowMinutes'),
      rule: 'min',
      message: 'the window must be a whole number of minutes, at least 1',
    });
  } else if (w > MAX_WINDOW_MINUTES) {
    problems.push({
      field: at('windowMinutes'),
      rule: 'max',
      message: `the window must be at most 365 days (${MAX_WINDOW_MINUTES} minutes)`,
    });
  }
  return problems;
}

/**
 * Throws one VALIDATION_FAILED listing every problem with a new or edited action item: a title
 * blank or over 200 characters, a team blank or over 60 (both trimmed, in code points), a due date
 * not in the future, and other than exactly one acceptance criterion. When there is exactly one,
 * it needs a signal, a comparator, a finite target, and a whole-minute window of 1 minute to 365
 * days; the unit may be empty.
 */
export function assertActionItem(
  input: {
    title: string;
    team: string;
    dueAt: Date;
    acceptanceCriteria: readonly Partial<AcceptanceCriterion>[];
  },
  now: Date,
): void {
  const problems: FieldProblem[] = [
    ...textProblems('title', input.title, MAX_TITLE_LENGTH),
    ...textProblems('team', input.team, MAX_TEAM_LENGTH),
  ];
  if (!(input.dueAt.getTime() > now.getTime())) {
    problems.push({ field: 'dueAt', rule: 'future', message: 'dueAt must be in the future' });
  }
  const criteria = input.acceptanceCriteria;
  if (criteria.length !== 1) {
    problems.push({
      field: 'acceptanceCriteria',
      rule: 'exactlyOne',
      message: `acceptanceCriteria must have exactly one criterion (${criteria.length} given)`,
    });
  } else {
    problems.push(...criterionProblems(criteria[0]!));
  }
  assertValid(problems);
}

/** An item still to be worked on: it counts against the team's cap and can be overdue. */
export const isOpen = (s: ActionItemState) => s === 'OPEN' || s === 'IN_PROGRESS';

/**
 * Allowed moves: start (OPEN → IN_PROGRESS), finish (OPEN or IN_PROGRESS → DONE), put back
 * (IN_PROGRESS → OPEN), verify (DONE → VERIFIED), reopen (DONE → OPEN or IN_PROGRESS). Only a
 * DONE item can be verified; nothing leaves VERIFIED.
 */
const NEXT: Record<ActionItemState, readonly ActionItemState[]> = {
  OPEN: ['IN_PROGRESS', 'DONE'],
  IN_PROGRESS: ['DONE', 'OPEN'],
  DONE: ['VERIFIED', 'OPEN', 'IN_PROGRESS'],
  VERIFIED: [],
};

export function canActionTransition(from: ActionItemState, to: ActionItemState): boolean {
  return NEXT[from].includes(to);
}

export function assertActionTransition(from: ActionItemState, to: ActionItemState): void {
  if (canActionTransition(from, to)) return;
  const why =
    from === to
      ? ` (it is already ${to})`
      : from === 'VERIFIED'
        ? ' (a verified action item is final)'
        : to === 'VERIFIED'
          ? ' (only a DONE item can be verified)'
          : '';
  throw new DomainError('CONFLICT', `Cannot move an action item from ${from} to ${to}${why}`);
}

/** Verifying needs evidence: a link, a query or a sentence showing the criterion holds. */
export function assertVerification(evidence: string | null | undefined): void {
  if (typeof evidence === 'string' && evidence.trim() !== '') return;
  throw DomainError.validation([
    {
      field: 'evidence',
      rule: 'required',
      message: 'verifying needs evidence that the criterion holds',
    },
  ]);
}

/**
 * Throws OVER_CAP when the team already has `cap` or more open postmortem actions (`openItems`
 * are those items). The message names the cap and every open item, so the team can pick one to
 * finish instead of hunting for them.
 */
export function assertUnderCap(
  team: string,
  cap: number,
  openItems: readonly { id: string; title: string }[],
): void {
  const n = openItems.length;
  if (n < cap) return;
  const titles = openItems.map((i) => `“${i.title}”`).join(', ');
  const message =
    `Team “${team}” already has ${n} open postmortem action${n === 1 ? '' : 's'} (cap ${cap})` +
    (n > 0 ? `: ${titles}` : '');
  throw new DomainError('OVER_CAP', message, [{ field: 'team', rule: 'overCap', message }]);
}

/**
 * Overdue means still open (OPEN or IN_PROGRESS) after the due date. A DONE item awaiting
 * verification is not overdue: the work is finished, and verification often has to wait for the
 * criterion's window to pass.
 */
export function isOverdue(item: { state: ActionItemState; dueAt: Date }, now: Date): boolean {
  return isOpen(item.state) && item.dueAt.getTime() < now.getTime();
}

/**
 * The order to work in: CLASS_OF_FAILURE before ONE_OFF, then the earlier due date, then id (so
 * the order is total and repeatable). Returns a new array.
 */
export function prioritise<T extends { kind: ActionItemKind; dueAt: Date; id: string }>(
  items: readonly T[],
): T[] {
  const rank = (k: ActionItemKind) => ACTION_ITEM_KINDS.indexOf(k);
  return [...items].sort(
    (a, b) =>
      rank(a.kind) - rank(b.kind) ||
      a.dueAt.getTime() - b.dueAt.getTime() ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
