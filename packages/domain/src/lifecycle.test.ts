import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertTransition, canTransition, INCIDENT_STATES } from './lifecycle.js';

describe('incident lifecycle', () => {
  it.each([
    ['INVESTIGATING', 'IDENTIFIED'],
    ['IDENTIFIED', 'MONITORING'],
    ['MONITORING', 'RESOLVED'],
    ['INVESTIGATING', 'RESOLVED'],
    ['MONITORING', 'INVESTIGATING'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it('never leaves RESOLVED and never stays in place', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INCIDENT_STATES), (to) => {
        expect(canTransition('RESOLVED', to)).toBe(false);
        expect(canTransition(to, to)).toBe(false);
      }),
    );
  });

  it('names both states when refusing', () => {
    expect(() => assertTransition('RESOLVED', 'INVESTIGATING')).toThrow(
      'Cannot move an incident from RESOLVED to INVESTIGATING',
    );
  });
});
