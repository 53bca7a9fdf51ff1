import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PUBLIC_IMPACTS, publicImpact, type PublicImpact } from './incident-impact.js';

describe('publicImpact', () => {
  it.each([
    [1, 'CRITICAL'],
    [2, 'MAJOR'],
    [3, 'MINOR'],
    [4, 'NONE'],
    [5, 'NONE'],
    [100, 'NONE'],
  ] as [number, PublicImpact][])('rank %i → %s', (rank, impact) => {
    expect(publicImpact(rank)).toBe(impact);
  });

  it('never rates a less severe incident higher than a more severe one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), (a, b) => {
        const [severe, mild] = [Math.min(a, b), Math.max(a, b)];
        expect(PUBLIC_IMPACTS.indexOf(publicImpact(severe))).toBeGreaterThanOrEqual(
          PUBLIC_IMPACTS.indexOf(publicImpact(mild)),
        );
      }),
    );
  });
});
