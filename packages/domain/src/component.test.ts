import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPONENT_STATUSES, worstStatus } from './component.js';

describe('worstStatus', () => {
  it('is OPERATIONAL for no components', () => {
    expect(worstStatus([])).toBe('OPERATIONAL');
  });

  it('picks the most severe status', () => {
    expect(worstStatus(['OPERATIONAL', 'MAJOR_OUTAGE', 'DEGRADED_PERFORMANCE'])).toBe(
      'MAJOR_OUTAGE',
    );
    expect(worstStatus(['UNDER_MAINTENANCE', 'OPERATIONAL'])).toBe('UNDER_MAINTENANCE');
  });

  it('never depends on order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...COMPONENT_STATUSES)), (list) => {
        expect(worstStatus(list)).toBe(worstStatus([...list].reverse()));
      }),
    );
  });
});
