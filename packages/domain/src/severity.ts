import type { ComponentStatus } from './component.js';

/**
 * What qualifies an incident for a severity level. Only user-visible impact counts: deployment
 * pain or internal inconvenience with no customer impact matches no level and pages nobody.
 * A level matches when ANY of its criteria is met.
 */
export interface SeverityCriteria {
  /** Share of users affected (0–100) at or above which the level applies. */
  minUsersAffectedPct: number | null;
  /** The level applies when a critical user journey (sign-in, checkout…) is broken. */
  criticalJourneyBroken: boolean;
  /** The level applies when customer data is at risk. */
  dataAtRisk: boolean;
  /** The level applies when an affected component is in one of these states. */
  componentStatuses: ComponentStatus[];
}

export interface SeverityLevel {
  /** Stable key, e.g. SEV1. */
  key: string;
  /** 1 is the most severe. */
  rank: number;
  name: string;
  description: string;
  criteria: SeverityCriteria;
}

/** Facts about user-visible impact, as responders know them. */
export interface ImpactFacts {
  usersAffectedPct: number;
  criticalJourneyBroken: boolean;
  dataAtRisk: boolean;
  componentStatuses: ComponentStatus[];
}

export const NO_IMPACT: ImpactFacts = {
  usersAffectedPct: 0,
  criticalJourneyBroken: false,
  dataAtRisk: false,
  componentStatuses: [],
};

export const DEFAULT_SEVERITY_LEVELS: readonly SeverityLevel[] = [
  {
    key: 'SEV1',
    rank: 1,
    name: 'Critical',
    description: 'Most users cannot use the product, or customer data is at risk.',
    criteria: {
      minUsersAffectedPct: 50,
      criticalJourneyBroken: false,
      dataAtRisk: true,
      componentStatuses: ['MAJOR_OUTAGE'],
    },
  },
  {
    key: 'SEV2',
    rank: 2,
    name: 'Major',
    description: 'A critical journey is broken or a large share of users is affected.',
    criteria: {
      minUsersAffectedPct: 20,
      criticalJourneyBroken: true,
      dataAtRisk: false,
      componentStatuses: ['PARTIAL_OUTAGE'],
    },
  },
  {
    key: 'SEV3',
    rank: 3,
    name: 'Minor',
    description: 'Some users see degraded behaviour; workarounds exist.',
    criteria: {
      minUsersAffectedPct: 5,
      criticalJourneyBroken: false,
      dataAtRisk: false,
      componentStatuses: ['DEGRADED_PERFORMANCE'],
    },
  },
  {
    key: 'SEV4',
    rank: 4,
    name: 'Low',
    description: 'Any other user-visible impact, however small.',
    criteria: {
      minUsersAffectedPct: 0,
      criticalJourneyBroken: false,
      dataAtRisk: false,
      componentStatuses: [],
    },
  },
];

/** Whether the facts show any impact a user could see. */
export function hasUserVisibleImpact(facts: ImpactFacts): boolean {
  return (
    facts.usersAffectedPct > 0 ||
    facts.criticalJourneyBroken ||
    facts.dataAtRisk ||
    facts.componentStatuses.some((s) => s !== 'OPERATIONAL' && s !== 'UNDER_MAINTENANCE')
  );
}

function matches(criteria: SeverityCriteria, facts: ImpactFacts): boolean {
  return (
    (criteria.minUsersAffectedPct !== null &&
      facts.usersAffectedPct > 0 &&
      facts.usersAffectedPct >= criteria.minUsersAffectedPct) ||
    (criteria.criticalJourneyBroken && facts.criticalJourneyBroken) ||
    (criteria.dataAtRisk && facts.dataAtRisk) ||
    facts.componentStatuses.some((s) => criteria.componentStatuses.includes(s))
  );
}

/**
 * The most severe level whose criteria the facts meet, or null when nothing user-visible is
 * affected. A suggestion only: the commander decides, and the decision is a timeline event.
 */
export function suggestSeverity(
  levels: readonly SeverityLevel[],
  facts: ImpactFacts,
): SeverityLevel | null {
  if (!hasUserVisibleImpact(facts)) return null;
  const byRank = [...levels].sort((a, b) => a.rank - b.rank);
  return byRank.find((level) => matches(level.criteria, facts)) ?? byRank.at(-1) ?? null;
}
