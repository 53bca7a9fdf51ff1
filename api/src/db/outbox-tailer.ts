import pg from 'pg';

export interface OutboxRow {
  tenantId: string;
  position: number;
  type: string;
  incidentId: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
}

const BATCH = 500;

/** Channel on which a revoked token's id is announced, so every process drops it from its cache. */
export const TOKEN_REVOKED = 'keepwatch_token_revoked';

/**
 * Follows the outbox of all tenants from the position at start (and hears token revocations on the
 * same connection). NOTIFY (carrying only a position)
 * wakes it at once; a poll catches anything a lost notification would miss. Rows are handed over
 * strictly in position order, each exactly once, and the next batch is read only after the
 * listener has finished with the previous one.
 *
 * Positions become visible in order (writers take them under a lock held to commit, see
 * TenantTx.flushEvents), so "position > last" never skips a row that commits late.
 */
export class OutboxTailer {
  private client: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private last = 0;
  private draining: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly listener: (rows: OutboxRow[]) => Promise<void>,
    private readonly pollMs: number,
    private readonly onError: (error: unknown) => void,
    private readonly onTokenRevoked: (tokenId: string) => void,
  ) {}

  get position(): number {
    return this.last;
  }

  async start(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.url,
      application_name: 'keepwatch-outbox',
    });
    await client.connect();
    client.on('notification', (message) => {
      if (message.channel === TOKEN_REVOKED) this.onTokenRevoked(message.payload ?? '');
      else void this.wake();
    });
    client.on('error', (error) => this.onError(error));
    await client.query(`LISTEN keepwatch_outbox; LISTEN ${TOKEN_REVOKED}`);
    const head = await client.query<{ head: string }>('SELECT lookup.outbox_head()::text AS head');
    this.last = Number(head.rows[0]?.head ?? 0);
    this.client = client;
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
  }

  /** Reads until caught up; a wake-up during a drain causes one more pass. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          await this.drain();
        } while (this.again && !this.stopped);
      } catch (error) {
        this.onError(error);
      } finally {
        this.draining = undefined;
      }
    })();
    return this.draining;
  }

  private async drain(): Promise<void> {
    for (;;) {
      if (!this.client || this.stopped) return;
      const { rows } = await this.client.query<{
        tenant_id: string;
        position: string;
        type: string;
        incident_id: string | null;
        payload: Record<string, unknown>;
        created_at: Date;
      }>('SELECT * FROM lookup.outbox_after($1, $2)', [this.last, BATCH]);
      if (rows.length === 0) return;
      const batch = rows.map((r) => ({
        tenantId: r.tenant_id,
        position: Number(r.position),
        type: r.type,
        incidentId: r.incident_id,
        payload: r.payload,
        createdAt: r.created_at,
      }));
      this.last = batch.at(-1)!.position;
      await this.listener(batch);
      if (rows.length < BATCH) return;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.draining;
    await this.client?.end();
  }
}
