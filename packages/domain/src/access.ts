import { DomainError } from './errors.js';

/** What a member or an API token may do. ADMIN may do everything the others may. */
export const ROLES = ['VIEWER', 'RESPONDER', 'COMMANDER', 'COMMUNICATIONS', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that may change incident data (everything but read-only viewers). */
export const WRITE_ROLES: readonly Role[] = ['RESPONDER', 'COMMANDER', 'COMMUNICATIONS', 'ADMIN'];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function roleAllows(role: Role, allowed: readonly Role[]): boolean {
  return role === 'ADMIN' || allowed.includes(role);
}

export function assertRole(role: Role, allowed: readonly Role[]): void {
  if (!roleAllows(role, allowed)) {
    throw new DomainError(
      'FORBIDDEN',
      `This operation requires one of the roles ${[...new Set([...allowed, 'ADMIN'])].join(', ')}; the caller has ${role}`,
    );
  }
}

/** Decide severity and incident roles (decisions and public updates follow the contract). */
export const COMMAND_ROLES: readonly Role[] = ['COMMANDER'];
