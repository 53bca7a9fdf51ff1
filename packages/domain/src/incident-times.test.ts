import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timestampProblems, type IncidentTimes } from './incident-times.js';

const now = new Date('2026-06-01T12:00:00Z');
const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);
const times = (t: Partial<IncidentTimes>): IncidentTimes => ({
  impactStartedAt: null,
  detectedAt: null,
  declaredAt: now,
  mitigatedAt: null,
  resolvedAt: null,
  ...t,
});

describe('timestampProblems', () => {
  it('accepts times in their real order', () => {
    expect(
      timestampProblems(
        times({
          impactStartedAt: at(30),
          detectedAt: at(20),
          declaredAt: at(10),
          mitigatedAt: at(5),
          resolvedAt: at(1),
        }),
        now,
      ),
    ).toEqual([]);
  });

  it.each([
    [{ impactStartedAt: at(10), detectedAt: at(20) }, 'detectedAt', 'order'],
    [{ detectedAt: at(5), declaredAt: at(10) }, 'declaredAt', 'order'],
    [{ impactStartedAt: at(10), mitigatedAt: at(20) }, 'mitigatedAt', 'order'],
    [{ mitigatedAt: at(5), resolvedAt: at(10) }, 'resolvedAt', 'order'],
    [{ detectedAt: new Date(now.getTime() + 5 * 60_000) }, 'detectedAt', 'notInFuture'],
  ] as [Partial<IncidentTimes>, string, string][])('%j → %s %s', (t, field, rule) => {
    expect(timestampProblems(times(t), now)).toContainEqual(
      expect.objectContaining({ field, rule }),
    );
  });

  it('tolerates a minute of clock skew', () => {
    expect(timestampProblems(times({ declaredAt: new Date(now.getTime() + 30_000) }), now)).toEqual(
      [],
    );
  });

  it('finds no problem in any ordered set of past times, and one whenever a pair is swapped', () => {
    const past = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(past, fc.integer({ min: 0, max: 3 }), (offsets, swap) => {
        const [a, b, c, d, e] = offsets
          .sort((x, y) => y - x)
          .map((ms) => new Date(now.getTime() - ms));
        const ordered = {
          impactStartedAt: a!,
          detectedAt: b!,
          declaredAt: c!,
          mitigatedAt: d!,
          resolvedAt: e!,
        };
        expect(timestampProblems(ordered, now)).toEqual([]);
        const pairs = [
          ['impactStartedAt', 'detectedAt'],
          ['detectedAt', 'declaredAt'],
          ['impactStartedAt', 'mitigatedAt'],
          ['mitigatedAt', 'resolvedAt'],
        ] as const;
        const [x, y] = pairs[swap]!;
        if (ordered[x].getTime() === ordered[y].getTime()) return;
        const swapped = { ...ordered, [x]: ordered[y], [y]: ordered[x] };
        expect(timestampProblems(swapped, now).length).toBeGreaterThan(0);
      }),
    );
  });
});
