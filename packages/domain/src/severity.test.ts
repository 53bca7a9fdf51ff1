import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPONENT_STATUSES } from './component.js';
import {
  DEFAULT_SEVERITY_LEVELS,
  NO_IMPACT,
  suggestSeverity,
  type ImpactFacts,
} from './severity.js';

const suggest = (facts: Partial<ImpactFacts>) =>
  suggestSeverity(DEFAULT_SEVERITY_LEVELS, { ...NO_IMPACT, ...facts })?.key ?? null;

describe('suggestSeverity', () => {
  it.each([
    [{}, null],
    [{ componentStatuses: ['OPERATIONAL', 'UNDER_MAINTENANCE'] }, null],
    [{ usersAffectedPct: 0.5 }, 'SEV4'],
    [{ usersAffectedPct: 5 }, 'SEV3'],
    [{ componentStatuses: ['DEGRADED_PERFORMANCE'] }, 'SEV3'],
    [{ usersAffectedPct: 20 }, 'SEV2'],
    [{ criticalJourneyBroken: true, usersAffectedPct: 1 }, 'SEV2'],
    [{ componentStatuses: ['OPERATIONAL', 'PARTIAL_OUTAGE'] }, 'SEV2'],
    [{ usersAffectedPct: 50 }, 'SEV1'],
    [{ dataAtRisk: true }, 'SEV1'],
    [{ componentStatuses: ['MAJOR_OUTAGE'], usersAffectedPct: 1 }, 'SEV1'],
  ] as [Partial<ImpactFacts>, string | null][])('%j → %s', (facts, expected) => {
    expect(suggest(facts)).toBe(expected);
  });

  const facts = fc.record({
    usersAffectedPct: fc.double({ min: 0, max: 100, noNaN: true }),
    criticalJourneyBroken: fc.boolean(),
    dataAtRisk: fc.boolean(),
    componentStatuses: fc.array(fc.constantFrom(...COMPONENT_STATUSES), { maxLength: 4 }),
  });
  const rank = (f: ImpactFacts) => suggestSeverity(DEFAULT_SEVERITY_LEVELS, f)?.rank ?? 99;

  it('never suggests a less severe level for more impact', () => {
    fc.assert(
      fc.property(facts, facts, (a, b) => {
        const more: ImpactFacts = {
          usersAffectedPct: Math.max(a.usersAffectedPct, b.usersAffectedPct),
          criticalJourneyBroken: a.criticalJourneyBroken || b.criticalJourneyBroken,
          dataAtRisk: a.dataAtRisk || b.dataAtRisk,
          componentStatuses: [...a.componentStatuses, ...b.componentStatuses],
        };
        expect(rank(more)).toBeLessThanOrEqual(Math.min(rank(a), rank(b)));
      }),
    );
  });

  it('suggests a level exactly when a user can see something', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const visible =
          f.usersAffectedPct > 0 ||
          f.criticalJourneyBroken ||
          f.dataAtRisk ||
          f.componentStatuses.some((s) => s !== 'OPERATIONAL' && s !== 'UNDER_MAINTENANCE');
        expect(suggestSeverity(DEFAULT_SEVERITY_LEVELS, f) !== null).toBe(visible);
      }),
    );
  });
});
