import { DataSource, QueryFailedError } from 'typeorm';
import type pg from 'pg';
import { DomainError, isRole, type Role } from '@keepwatch/domain';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { OutboxTailer, type OutboxRow } from './outbox-tailer.js';
import type { TenantReader } from './tenant-reader.js';
import { TokenCache } from './token-cache.js';
import type { Scope } from './scope.js';
import { TenantTx } from './tenant-tx.js';

/** Unique constraints and the input field each protects, for a CONFLICT that names the field. */
const UNIQUE_FIELDS: Record<string, string> = {
  tenants_slug_key: 'slug',
  members_tenant_id_email_key: 'email',
  components_tenant_id_name_key: 'name',
  tenants_status_page_host_key: 'statusPageHost',
};

function asConflict(error: unknown): unknown {
  const driver =
    error instanceof QueryFailedError
      ? (error.driverError as { code?: string; constraint?: string })
      : undefined;
  if (driver?.code !== '23505') return error;
  const field = UNIQUE_FIELDS[driver.constraint ?? ''] ?? 'input';
  return new DomainError('CONFLICT', `${field} is already taken`, [
    { field, rule: 'unique', message: `${field} is already taken` },
  ]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TokenIdentity {
  tenantId: string;
  tokenId: string;
  role: Role;
}

/**
 * The application's only way to PostgreSQL. It connects as the application role, which owns no
 * table and cannot bypass row-level security; every tenant read or write goes through
 * `transaction`, and the two look-ups that run before a tenant is known go through narrow
 * SECURITY DEFINER functions.
 */
export class Database {
  private constructor(
    private readonly source: DataSource,
    private readonly url: string,
    private readonly tokens: TokenCache,
  ) {}

  /** Transactions in progress (graceful shutdown waits for them). */
  private active = 0;

  static async connect(options: {
    url: string;
    poolMax: number;
    tokenCacheMs?: number;
  }): Promise<Database> {
    const source = new DataSource({
      type: 'postgres',
      url: options.url,
      entities: ENTITIES,
      synchronize: false,
      migrationsRun: false,
      extra: { max: options.poolMax, application_name: 'keepwatch-api' },
    });
    await source.initialize();
    return new Database(source, options.url, new TokenCache(options.tokenCacheMs ?? 0));
  }

  async transaction<T>(scope: Scope, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    if (!UUID.test(scope.tenantId)) throw new Error('A tenant transaction needs a tenant id');
    this.active += 1;
    try {
      return await this.source.transaction(async (manager) => {
        // Transaction-local (`true`): a session-level SET would leak to the next request that
        // borrows this pooled connection.
        const tx = new TenantTx(scope, manager);
        await tx.prepared('keepwatch_set_tenant', `SELECT set_config('app.tenant_id', $1, true)`, [
          scope.tenantId,
        ]);
        const result = await work(tx);
        await tx.flushEvents();
        return result;
      });
    } catch (error) {
      throw asConflict(error);
    } finally {
      this.active -= 1;
    }
  }

  /**
   * A read-only tenant transaction on a plain pooled connection, for hot reads: `BEGIN READ ONLY`
   * and the tenant setting go in one round trip, so a one-query read costs three (begin, query,
   * commit) instead of four. Row-level security applies exactly as in `transaction`.
   */
  async read<T>(scope: Scope, work: (reader: TenantReader) => Promise<T>): Promise<T> {
    // Validated, so safe to inline: the simple protocol that allows two statements takes no parameters.
    if (!UUID.test(scope.tenantId)) throw new Error('A tenant transaction needs a tenant id');
    this.active += 1;
    const client = await this.pool().connect();
    let broken: Error | undefined;
    try {
      await client.query(
        `BEGIN READ ONLY; SELECT set_config('app.tenant_id', '${scope.tenantId}', true)`,
      );
      try {
        const result = await work({
          tenantId: scope.tenantId,
          prepared: async (name, text, values) => (await client.query({ name, text, values })).rows,
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((e: Error) => (broken = e));
        throw error;
      }
    } finally {
      client.release(broken);
      this.active -= 1;
    }
  }

  async tokenIdentity(hash: Buffer): Promise<TokenIdentity | undefined> {
    const key = hash.toString('hex');
    const cached = this.tokens.get(key);
    if (cached) return cached;
    // Named: parsed and planned once per connection, not on every cache miss.
    const { rows } = await this.pool().query<{
      tenant_id: string;
      token_id: string;
      role: string;
      expires_at: Date | null;
    }>({
      name: 'keepwatch_token_identity',
      text: 'SELECT tenant_id, token_id, role, expires_at FROM lookup.token_identity($1)',
      values: [hash],
    });
    const row = rows[0];
    if (!row || !isRole(row.role)) return undefined;
    const identity = { tenantId: row.tenant_id, tokenId: row.token_id, role: row.role };
    this.tokens.set(key, identity, row.expires_at);
    return identity;
  }

  /** Drops a revoked token from this process's cache (other processes hear of it by NOTIFY). */
  forgetToken(tokenId: string): void {
    this.tokens.forget(tokenId);
  }

  /** Tenants that have at least one open incident (for the communication-reminder scan). */
  async tenantsWithOpenIncidents(): Promise<string[]> {
    const rows: { id: string }[] = await this.source.query(
      'SELECT t AS id FROM lookup.tenants_with_open_incidents() t',
    );
    return rows.map((r) => r.id);
  }

  /** Tenants with action items whose Jira sync is due at `now`. */
  async tenantsWithJiraSyncDue(now: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.source.query(
      'SELECT t AS id FROM lookup.tenants_with_jira_sync_due($1) t',
      [now],
    );
    return rows.map((r) => r.id);
  }

  async tenantIdBySlug(slug: string): Promise<string | undefined> {
    const rows: { id: string | null }[] = await this.source.query(
      'SELECT lookup.tenant_id_by_slug($1) AS id',
      [slug],
    );
    return rows[0]?.id ?? undefined;
  }

  /** The tenant whose status page is public at `slug`, if any. */
  async publicTenantIdBySlug(slug: string): Promise<string | undefined> {
    const rows: { id: string | null }[] = await this.source.query(
      'SELECT lookup.public_tenant_id_by_slug($1) AS id',
      [slug],
    );
    return rows[0]?.id ?? undefined;
  }

  /** The slug of the public status page served at the custom `host` (any case), if any. */
  async publicSlugByHost(host: string): Promise<string | undefined> {
    const rows: { slug: string | null }[] = await this.source.query(
      'SELECT lookup.public_slug_by_host($1) AS slug',
      [host],
    );
    return rows[0]?.slug ?? undefined;
  }

  /** Follows the outbox of every tenant from now on (see OutboxTailer). */
  async tailOutbox(
    listener: (rows: OutboxRow[]) => Promise<void>,
    options: { pollMs: number; onError: (error: unknown) => void },
  ): Promise<OutboxTailer> {
    const tailer = new OutboxTailer(
      this.url,
      listener,
      options.pollMs,
      options.onError,
      (tokenId) => this.tokens.forget(tokenId),
    );
    await tailer.start();
    return tailer;
  }

  async ping(): Promise<void> {
    await this.source.query('SELECT 1');
  }

  private pool(): pg.Pool {
    return (this.source.driver as unknown as { master: pg.Pool }).master;
  }

  poolStats(): { total: number; idle: number; waiting: number } {
    const pool = this.pool();
    return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
  }

  /**
   * Waits for running transactions (up to `graceMs`) before closing the pool: a request whose
   * client already hung up still finishes its work instead of failing half-way.
   */
  async close(graceMs = 5000): Promise<void> {
    const deadline = Date.now() + graceMs;
    while (this.active > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    if (this.source.isInitialized) await this.source.destroy();
  }
}

/** Applies pending migrations as the owner role. */
export async function migrate(ownerUrl: string): Promise<string[]> {
  const source = new DataSource({
    type: 'postgres',
    url: ownerUrl,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    extra: { max: 1, application_name: 'keepwatch-migrate' },
  });
  await source.initialize();
  try {
    const applied = await source.runMigrations();
    return applied.map((m) => m.name);
  } finally {
    await source.destroy();
  }
}
