import { DomainError, type Role } from '@keepwatch/domain';
import type { Database } from '../db/database.js';
import type { Actor, Scope } from '../db/scope.js';
import { hashToken, looksLikeToken, secretsEqual } from '../modules/access/token-secret.js';

/** Who is calling. The tenant comes from here only — never from GraphQL input. */
export type TokenAuth = { kind: 'token'; tenantId: string; tokenId: string; role: Role };
export type Auth = { kind: 'anonymous' } | { kind: 'operator' } | TokenAuth;

const UNAUTHENTICATED = () =>
  new DomainError(
    'UNAUTHENTICATED',
    'A valid API token is required (Authorization: Bearer <token>)',
  );

/**
 * Resolves an `Authorization` value. No header means anonymous (public queries still work); a
 * header that does not resolve — malformed, unknown, expired or revoked — fails the same way for
 * all, so a caller learns nothing about which it was.
 */
export async function authenticate(
  header: string | undefined,
  db: Database,
  operatorSecret: string | undefined,
): Promise<Auth> {
  if (header === undefined || header === '') return { kind: 'anonymous' };
  const match = /^Bearer (\S+)$/.exec(header);
  if (!match?.[1]) throw UNAUTHENTICATED();
  const secret = match[1];
  if (operatorSecret && secretsEqual(secret, operatorSecret)) return { kind: 'operator' };
  if (!looksLikeToken(secret)) throw UNAUTHENTICATED();
  const identity = await db.tokenIdentity(hashToken(secret));
  if (!identity) throw UNAUTHENTICATED();
  return { kind: 'token', ...identity };
}

/** The caller as a tenant token; anyone else is refused as unauthenticated. */
export function requireToken(auth: Auth): TokenAuth {
  if (auth.kind !== 'token') throw UNAUTHENTICATED();
  return auth;
}

/** The tenant scope of a token caller. */
export function tenantScope(auth: Auth, requestId?: string): Scope {
  const { tenantId, tokenId, role } = requireToken(auth);
  const actor: Actor = { kind: 'TOKEN', id: tokenId, label: `token:${tokenId}` };
  return { tenantId, actor, role, requestId };
}
