import { describe, expect, it } from 'vitest';
import { assertRole, roleAllows, ROLES } from './access.js';

describe('roleAllows', () => {
  it('lets ADMIN do anything', () => {
    for (const role of ROLES) expect(roleAllows('ADMIN', [role])).toBe(true);
    expect(roleAllows('ADMIN', [])).toBe(true);
  });

  it('allows only the listed roles otherwise', () => {
    expect(roleAllows('COMMANDER', ['COMMANDER'])).toBe(true);
    expect(roleAllows('VIEWER', ['RESPONDER', 'COMMANDER'])).toBe(false);
  });

  it('names the required roles when it refuses', () => {
    expect(() => assertRole('VIEWER', ['COMMUNICATIONS'])).toThrow(
      /requires one of the roles COMMUNICATIONS, ADMIN; the caller has VIEWER/,
    );
  });
});
