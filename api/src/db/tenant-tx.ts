import type { EntityManager, EntityTarget } from 'typeorm';
import { AuditRecordEntity } from '../modules/audit/audit-record.entity.js';
import { TenantEntity } from '../modules/tenant/tenant.entity.js';
import type { Scope } from './scope.js';
import { ScopedRepository, type TenantOwned } from './scoped-repository.js';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string;
  before?: object;
  after?: object;
}

/**
 * One database transaction bound to one tenant. PostgreSQL's row-level security sees the tenant
 * through `app.tenant_id`, set transaction-locally before anything else runs.
 */
export class TenantTx {
  constructor(
    readonly scope: Scope,
    private readonly manager: EntityManager,
  ) {}

  get tenantId(): string {
    return this.scope.tenantId;
  }

  repo<E extends TenantOwned>(entity: EntityTarget<E>): ScopedRepository<E> {
    return new ScopedRepository(this.manager.getRepository(entity), this.scope.tenantId);
  }

  /** The tenant row itself (keyed by the tenant id, so not a ScopedRepository). */
  async tenant(): Promise<TenantEntity> {
    const row = await this.manager.findOneBy(TenantEntity, { id: this.scope.tenantId });
    if (!row)
      throw new Error(`Tenant ${this.scope.tenantId} is not visible in its own transaction`);
    return row;
  }

  async saveTenant(row: TenantEntity): Promise<TenantEntity> {
    if (row.id !== this.scope.tenantId)
      throw new Error('A tenant transaction saves only its tenant');
    return this.manager.save(TenantEntity, row);
  }

  /** SQL for what repositories do not express; row-level security still applies. */
  query<T = unknown>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.manager.query(sql, params);
  }

  /** Records who changed what, in the same transaction as the change. */
  async audit(entry: AuditEntry): Promise<void> {
    await this.manager.insert(AuditRecordEntity, {
      tenantId: this.scope.tenantId,
      actorKind: this.scope.actor.kind,
      actorId: this.scope.actor.id ?? null,
      actorLabel: this.scope.actor.label,
      requestId: this.scope.requestId ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      before: entry.before ?? null,
      after: entry.after ?? null,
    });
  }
}
