import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mitigationNeedsDecision, timelineView, type OrderedEvent } from './timeline.js';

const event = (
  id: string,
  seq: number,
  minute: number,
  supersedesId: string | null = null,
): OrderedEvent => ({
  id,
  seq,
  occurredAt: new Date(Date.UTC(2026, 0, 1, 0, minute)),
  kind: supersedesId ? 'CORRECTION' : 'NOTE',
  supersedesId,
});

describe('timelineView', () => {
  const events = [event('c', 3, 5), event('a', 1, 10), event('b', 2, 5), event('fix', 4, 12, 'a')];

  it('orders by occurrence, then by recording order', () => {
    expect(timelineView(events, true).map((e) => e.id)).toEqual(['b', 'c', 'a', 'fix']);
  });

  it('hides superseded events unless asked, keeping the correction', () => {
    expect(timelineView(events, false).map((e) => e.id)).toEqual(['b', 'c', 'fix']);
  });

  it('gives the same result for any arrival order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length }), (shuffled) => {
        expect(timelineView(shuffled, true)).toEqual(timelineView(events, true));
      }),
    );
  });
});

describe('mitigationNeedsDecision', () => {
  it.each([
    [1, 'HOTFIX', true, true],
    [2, 'ROLLBACK', false, true],
    [2, 'FEATURE_FLAG', true, false],
    [3, 'HOTFIX', false, false],
  ] as const)('rank %i, %s, reversible %s → %s', (rank, type, reversible, needed) => {
    expect(mitigationNeedsDecision(rank, { type, reversible })).toBe(needed);
  });
});
