import { randomUUID } from 'node:crypto';
import type { Role } from '@keepwatch/domain';
import type { TenantTx } from '../../db/tenant-tx.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { hashToken, newTokenSecret } from './token-secret.js';

export interface IssuedToken {
  /** The secret itself: returned once, never stored. */
  secret: string;
  token: ApiTokenEntity;
}

export function tokenAuditView(t: ApiTokenEntity) {
  return { id: t.id, name: t.name, role: t.role, expiresAt: t.expiresAt, revokedAt: t.revokedAt };
}

/** Creates an API token for the transaction's tenant; only its hash is stored. */
export async function issueToken(
  tx: TenantTx,
  input: { name: string; role: Role; expiresAt?: Date | null },
): Promise<IssuedToken> {
  const secret = newTokenSecret();
  const token = await tx.repo(ApiTokenEntity).insert({
    id: randomUUID(),
    name: input.name,
    role: input.role,
    tokenHash: hashToken(secret),
    createdBy: tx.scope.actor.label,
    createdAt: new Date(),
    expiresAt: input.expiresAt ?? null,
    lastUsedAt: null,
    revokedAt: null,
  });
  await tx.audit({
    action: 'api_token.create',
    targetType: 'ApiToken',
    targetId: token.id,
    after: tokenAuditView(token),
  });
  return { secret, token };
}
