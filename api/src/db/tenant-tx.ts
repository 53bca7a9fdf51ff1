import type { EntityManager, EntityTarget } from 'typeorm';
import { AuditRecordEntity } from '../modules/audit/audit-record.entity.js';
import { TenantEntity } from '../modules/tenant/tenant.entity.js';
import type { Scope } from './scope.js';
import type { TenantReader } from './tenant-reader.js';
import { ScopedRepository, type TenantOwned } from './scoped-repository.js';

/** An event for subscribers, written to the outbox in the same transaction as the change. */
export interface OutboxEntry {
  type: string;
  incidentId: string | null;
  payload: object;
}

/** Serialises outbox writers until commit, so positions become visible in increasing order. */
const OUTBOX_LOCK = 7_294_001;

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
export class TenantTx implements TenantReader {
  private readonly pending: OutboxEntry[] = [];

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

  /** The next per-tenant incident number (INC-1, INC-2, …), taken under the tenant row's lock. */
  async nextIncidentNumber(): Promise<number> {
    const rows: { n: number }[] = await this.manager.query(
      `WITH bumped AS (
         UPDATE tenants SET incident_count = incident_count + 1 WHERE id = $1 RETURNING incident_count)
       SELECT incident_count AS n FROM bumped`,
      [this.scope.tenantId],
    );
    if (!rows[0]) throw new Error('Tenant row not visible in its own transaction');
    return rows[0].n;
  }

  /**
   * A hot read as a named prepared statement: PostgreSQL parses and plans it once per connection
   * instead of on every request. Row-level security applies as to any query.
   */
  async prepared<T>(name: string, sql: string, params: unknown[]): Promise<T[]> {
    const client: import('pg').PoolClient = await this.manager.queryRunner!.connect();
    const result = await client.query({ name, text: sql, values: params });
    return result.rows as T[];
  }

  /** SQL for what repositories do not express; row-level security still applies. */
  query<T = unknown>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.manager.query(sql, params);
  }

  /** Queues an event; it is written when the work is done, just before commit. */
  emit(entry: OutboxEntry): void {
    this.pending.push(entry);
  }

  /**
   * Writes the queued events. Runs last in the transaction: the advisory lock it takes is held
   * until commit, so a position is never visible before every lower position is (a tailer reading
   * "position > last" cannot skip one that commits late). NOTIFY carries only the position and is
   * delivered on commit, never for a rolled-back change.
   */
  async flushEvents(): Promise<string | undefined> {
    if (this.pending.length === 0) return undefined;
    await this.manager.query('SELECT pg_advisory_xact_lock($1)', [OUTBOX_LOCK]);
    const rows: { last: string }[] = await this.manager.query(
      `WITH written AS (
         INSERT INTO outbox (tenant_id, type, incident_id, payload)
         SELECT $1, e.type, e.incident_id, e.payload
           FROM ROWS FROM (jsonb_to_recordset($2::jsonb) AS (type text, incident_id uuid, payload jsonb))
                WITH ORDINALITY AS e(type, incident_id, payload, ord)
          ORDER BY e.ord
         RETURNING position)
       SELECT max(position)::text AS last, pg_notify('keepwatch_outbox', max(position)::text)
         FROM written`,
      [
        this.scope.tenantId,
        JSON.stringify(
          this.pending.map((e) => ({
            type: e.type,
            incident_id: e.incidentId,
            payload: e.payload,
          })),
        ),
      ],
    );
    this.pending.length = 0;
    return rows[0]?.last;
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
