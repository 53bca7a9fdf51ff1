import { randomUUID } from 'node:crypto';
import { DomainError, type Role } from '@keepwatch/domain';
import type { Database } from '../../db/database.js';
import { TOKEN_REVOKED } from '../../db/outbox-tailer.js';
import type { Scope } from '../../db/scope.js';
import type { AddMemberInput, CreateApiTokenInput } from './access.input.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { issueToken, tokenAuditView, type IssuedToken } from './issue-token.js';
import { MemberEntity } from './member.entity.js';

const memberView = (m: MemberEntity) => ({ email: m.email, name: m.name, role: m.role });

export class AccessService {
  constructor(private readonly db: Database) {}

  members(scope: Scope): Promise<MemberEntity[]> {
    return this.db.transaction(scope, (tx) =>
      tx.repo(MemberEntity).find({}, { order: { createdAt: 'ASC', id: 'ASC' } }),
    );
  }

  addMember(scope: Scope, input: AddMemberInput): Promise<MemberEntity> {
    return this.db.transaction(scope, async (tx) => {
      const member = await tx.repo(MemberEntity).insert({
        id: randomUUID(),
        email: input.email.toLowerCase(),
        name: input.name.trim(),
        role: input.role,
        createdAt: new Date(),
      });
      await tx.audit({
        action: 'member.add',
        targetType: 'Member',
        targetId: member.id,
        after: memberView(member),
      });
      return member;
    });
  }

  changeMemberRole(scope: Scope, id: string, role: Role): Promise<MemberEntity> {
    return this.db.transaction(scope, async (tx) => {
      const members = tx.repo(MemberEntity);
      const before = await members.get({ id }, 'Member');
      await members.update({ id }, { role });
      const after = { ...before, role };
      await tx.audit({
        action: 'member.change_role',
        targetType: 'Member',
        targetId: id,
        before: memberView(before),
        after: memberView(after),
      });
      return after;
    });
  }

  removeMember(scope: Scope, id: string): Promise<MemberEntity> {
    return this.db.transaction(scope, async (tx) => {
      const members = tx.repo(MemberEntity);
      const before = await members.get({ id }, 'Member');
      await members.delete({ id });
      await tx.audit({
        action: 'member.remove',
        targetType: 'Member',
        targetId: id,
        before: memberView(before),
      });
      return before;
    });
  }

  tokens(scope: Scope): Promise<ApiTokenEntity[]> {
    return this.db.transaction(scope, (tx) =>
      tx.repo(ApiTokenEntity).find({}, { order: { createdAt: 'ASC', id: 'ASC' } }),
    );
  }

  createToken(scope: Scope, input: CreateApiTokenInput): Promise<IssuedToken> {
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw DomainError.validation([
        { field: 'expiresAt', rule: 'future', message: 'expiresAt must be in the future' },
      ]);
    }
    return this.db.transaction(scope, (tx) =>
      issueToken(tx, { name: input.name.trim(), role: input.role, expiresAt: input.expiresAt }),
    );
  }

  /** Revoking is idempotent: a revoked token stays revoked at its first revocation time. */
  async revokeToken(scope: Scope, id: string): Promise<ApiTokenEntity> {
    const revoked = await this.db.transaction(scope, async (tx) => {
      const tokens = tx.repo(ApiTokenEntity);
      const before = await tokens.get({ id }, 'API token');
      if (before.revokedAt) return before;
      const after = { ...before, revokedAt: new Date() };
      await tokens.update({ id }, { revokedAt: after.revokedAt });
      // Delivered on commit: every API process drops the token from its cache.
      await tx.query(`SELECT pg_notify('${TOKEN_REVOKED}', $1)`, [id]);
      await tx.audit({
        action: 'api_token.revoke',
        targetType: 'ApiToken',
        targetId: id,
        before: tokenAuditView(before),
        after: tokenAuditView(after),
      });
      return after;
    });
    this.db.forgetToken(id);
    return revoked;
  }
}
