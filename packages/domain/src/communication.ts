import type { Role } from './access.js';
import type { FieldProblem } from './errors.js';
import type { RiskProfile } from './tenant.js';

/**
 * A communication contract: for one severity, who announces, who owns technical decisions, and
 * the promises made to readers — first public update, public and internal cadence, executive
 * summary. Durations are whole minutes of UTC time (no calendar arithmetic, so DST is irrelevant).
 */
export interface CommunicationContract {
  severity: string;
  announcerRole: Role;
  decisionOwnerRole: Role;
  firstPublicUpdateMinutes: number;
  publicCadenceMinutes: number;
  internalCadenceMinutes: number;
  /** Minutes after declaration; null when no executive summary is required. */
  execSummaryMinutes: number | null;
  /** Whether incidents of this severity must have a published postmortem. */
  postmortemRequired: boolean;
}

type Numbers = [first: number, publicCadence: number, internal: number, exec: number | null];

/** Presets per risk profile and severity rank (SEV1…SEV4), documented in the README. */
const PRESET_NUMBERS: Record<RiskProfile, Numbers[]> = {
  // Communication latency first: readers hear fast and often.
  CONSUMER: [
    [10, 30, 15, null],
    [15, 60, 30, null],
    [30, 120, 60, null],
    [60, 240, 120, null],
  ],
  // Evidence first: strict internal cadence, executive summaries for SEV1–SEV2.
  REGULATED: [
    [15, 30, 15, 60],
    [30, 60, 30, 120],
    [60, 120, 60, null],
    [120, 240, 120, null],
  ],
  STANDARD: [
    [15, 30, 30, 120],
    [30, 60, 60, null],
    [60, 120, 120, null],
    [120, 240, 240, null],
  ],
};

/** The preset contract of a risk profile for the severity of the given rank (1 = most severe). */
export function presetContract(
  profile: RiskProfile,
  severity: string,
  rank: number,
): CommunicationContract {
  const table = PRESET_NUMBERS[profile];
  const [first, cadence, internal, exec] = table[Math.min(Math.max(rank, 1), table.length) - 1]!;
  return {
    severity,
    announcerRole: 'COMMUNICATIONS',
    decisionOwnerRole: 'COMMANDER',
    firstPublicUpdateMinutes: first,
    publicCadenceMinutes: cadence,
    internalCadenceMinutes: internal,
    execSummaryMinutes: exec,
    // Every profile: the two most severe levels always get a postmortem.
    postmortemRequired: rank <= 2,
  };
}

const WEEK_MINUTES = 7 * 24 * 60;

/** Durations must be whole minutes, at least one, at most seven days. */
export function contractProblems(c: CommunicationContract): FieldProblem[] {
  const durations: [keyof CommunicationContract, number | null][] = [
    ['firstPublicUpdateMinutes', c.firstPublicUpdateMinutes],
    ['publicCadenceMinutes', c.publicCadenceMinutes],
    ['internalCadenceMinutes', c.internalCadenceMinutes],
    ['execSummaryMinutes', c.execSummaryMinutes],
  ];
  const problems: FieldProblem[] = [];
  for (const [field, value] of durations) {
    if (value === null) continue;
    if (!Number.isInteger(value) || value < 1) {
      problems.push({
        field,
        rule: 'min',
        message: `${field} must be a whole number of minutes, at least 1`,
      });
    } else if (value > WEEK_MINUTES) {
      problems.push({
        field,
        rule: 'max',
        message: `${field} must be at most 7 days (${WEEK_MINUTES} minutes)`,
      });
    }
  }
  return problems;
}

/** What happened to an incident that matters to its promises, at the time it happened. */
export type CommunicationFact =
  | { kind: 'DECLARED'; at: Date; contract: CommunicationContract }
  | { kind: 'SEVERITY_CHANGED'; at: Date; contract: CommunicationContract }
  | { kind: 'PUBLIC_UPDATE' | 'INTERNAL_UPDATE' | 'EXEC_SUMMARY' | 'RESOLVED'; at: Date };

export type CommunicationPromise = 'PUBLIC_UPDATE' | 'INTERNAL_UPDATE' | 'EXEC_SUMMARY';

/** A promise missed: due then, kept then (or not, yet), late by that much. */
export interface Breach {
  promise: CommunicationPromise;
  dueAt: Date;
  keptAt: Date | null;
  lateByMs: number;
  /** Still not kept, and the incident is open: it keeps growing. */
  open: boolean;
}

export interface PromiseState {
  dueAt: Date | null;
  overdueByMs: number;
}

export interface CommunicationStatus {
  nextPublicUpdate: PromiseState;
  nextInternalUpdate: PromiseState;
  execSummary: PromiseState;
  breaches: Breach[];
}

const MINUTE = 60_000;

/**
 * Folds an incident's facts (any order; ties keep input order) into its promises as of `now`.
 *
 * - The first public update is due `firstPublicUpdateMinutes` after declaration, each next one
 *   `publicCadenceMinutes` after the previous public update. Any update (public or internal) keeps
 *   the internal cadence. The executive summary, when required, is due once.
 * - An update after its deadline records a breach (late by the difference).
 * - A severity change re-derives every promise not yet overdue from the new contract, counted from
 *   the moment of the change; a promise already overdue stays due (and becomes a breach when kept).
 * - Facts after `now` are not known yet and are ignored.
 * - Resolution stops the clocks: every promise overdue at that moment becomes a breach, late until
 *   the resolution; nothing is due afterwards. While open, overdue promises are listed as open
 *   breaches, late until `now`.
 */
export function communicationStatus(
  facts: readonly CommunicationFact[],
  now: Date,
): CommunicationStatus {
  const ordered = [...facts].sort((a, b) => a.at.getTime() - b.at.getTime());
  const breaches: Breach[] = [];
  const due: Record<CommunicationPromise, number | null> = {
    PUBLIC_UPDATE: null,
    INTERNAL_UPDATE: null,
    EXEC_SUMMARY: null,
  };
  let contract: CommunicationContract | null = null;
  let publicSeen = false;
  let summarySeen = false;
  let resolvedAt: number | null = null;

  const keep = (promise: CommunicationPromise, at: number) => {
    const dueAt = due[promise];
    if (dueAt !== null && at > dueAt) {
      breaches.push({
        promise,
        dueAt: new Date(dueAt),
        keptAt: new Date(at),
        lateByMs: at - dueAt,
        open: false,
      });
    }
  };
  const derive = (at: number, c: CommunicationContract, force: boolean) => {
    const fresh = (promise: CommunicationPromise) =>
      force || due[promise] === null || due[promise]! > at;
    if (fresh('PUBLIC_UPDATE')) {
      due.PUBLIC_UPDATE =
        at + (publicSeen ? c.publicCadenceMinutes : c.firstPublicUpdateMinutes) * MINUTE;
    }
    if (fresh('INTERNAL_UPDATE')) due.INTERNAL_UPDATE = at + c.internalCadenceMinutes * MINUTE;
    if (!summarySeen && fresh('EXEC_SUMMARY')) {
      due.EXEC_SUMMARY = c.execSummaryMinutes === null ? null : at + c.execSummaryMinutes * MINUTE;
    }
  };

  for (const fact of ordered) {
    const at = fact.at.getTime();
    if (resolvedAt !== null || at > now.getTime()) break;
    switch (fact.kind) {
      case 'DECLARED':
        contract = fact.contract;
        derive(at, contract, true);
        break;
      case 'SEVERITY_CHANGED':
        contract = fact.contract;
        derive(at, contract, false);
        break;
      case 'PUBLIC_UPDATE':
        if (!contract) break;
        keep('PUBLIC_UPDATE', at);
        keep('INTERNAL_UPDATE', at);
        publicSeen = true;
        due.PUBLIC_UPDATE = at + contract.publicCadenceMinutes * MINUTE;
        due.INTERNAL_UPDATE = at + contract.internalCadenceMinutes * MINUTE;
        break;
      case 'INTERNAL_UPDATE':
        if (!contract) break;
        keep('INTERNAL_UPDATE', at);
        due.INTERNAL_UPDATE = at + contract.internalCadenceMinutes * MINUTE;
        break;
      case 'EXEC_SUMMARY':
        if (summarySeen) break;
        keep('EXEC_SUMMARY', at);
        summarySeen = true;
        due.EXEC_SUMMARY = null;
        break;
      case 'RESOLVED':
        resolvedAt = at;
        break;
    }
  }

  const end = resolvedAt ?? now.getTime();
  const state = (promise: CommunicationPromise): PromiseState => {
    const dueAt = due[promise];
    if (dueAt === null) return { dueAt: null, overdueByMs: 0 };
    if (dueAt < end) {
      breaches.push({
        promise,
        dueAt: new Date(dueAt),
        keptAt: null,
        lateByMs: end - dueAt,
        open: resolvedAt === null,
      });
    }
    if (resolvedAt !== null) return { dueAt: null, overdueByMs: 0 };
    return { dueAt: new Date(dueAt), overdueByMs: Math.max(0, end - dueAt) };
  };
  return {
    nextPublicUpdate: state('PUBLIC_UPDATE'),
    nextInternalUpdate: state('INTERNAL_UPDATE'),
    execSummary: state('EXEC_SUMMARY'),
    breaches,
  };
}
