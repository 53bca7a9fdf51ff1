import { assertRole, DomainError, isRole } from '@keepwatch/domain';
import type { AuthCheckerFn } from 'type-graphql';
import type { Context } from './context.js';
import { requireToken } from './auth.js';

/** Pseudo-role for the platform operator, who holds the operator secret and no tenant token. */
export const OPERATOR = 'OPERATOR';

/**
 * The coarse check on each operation: `@Authorized()` needs any tenant token,
 * `@Authorized('ADMIN', …)` one of those roles, `@Authorized(OPERATOR)` the operator secret.
 * Per-id access is the service's job (another tenant's id is NOT_FOUND there).
 */
export const authChecker: AuthCheckerFn<Context> = ({ context }, roles) => {
  if (roles.includes(OPERATOR)) {
    if (context.auth.kind !== 'operator') {
      throw new DomainError('FORBIDDEN', 'This operation requires the operator secret');
    }
    return true;
  }
  const { role } = requireToken(context.auth);
  if (roles.length > 0) assertRole(role, roles.filter(isRole));
  return true;
};
