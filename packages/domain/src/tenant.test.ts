import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSlug } from './tenant.js';

describe('isValidSlug', () => {
  it.each(['acme', 'a', 'acme-corp', 'x1', 'a'.repeat(40)])('accepts %s', (slug) => {
    expect(isValidSlug(slug)).toBe(true);
  });

  it.each(['', 'Acme', '-acme', 'acme-', 'ac me', 'a'.repeat(41), 'acmé', 'a_b', 'api', 'www'])(
    'rejects %j',
    (slug) => {
      expect(isValidSlug(slug)).toBe(false);
    },
  );

  it('accepts only DNS labels of at most 40 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 45 }), (s) => {
        if (isValidSlug(s)) {
          expect(s).toMatch(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/);
          expect(s.length).toBeLessThanOrEqual(40);
        }
      }),
    );
  });
});
