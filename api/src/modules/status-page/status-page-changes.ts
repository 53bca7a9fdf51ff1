import { EventEmitter, on } from 'node:events';
import { DomainError, isValidSlug } from '@keepwatch/domain';
import type { Database } from '../../db/database.js';
import type { OutboxRow } from '../../db/outbox-tailer.js';
import type { StatusPageChange } from './status-page-change.type.js';

/** Outbox events that change what a status page shows, whatever their payload. */
const PUBLIC_TYPES = new Set([
  'DECLARATION',
  'STATE_CHANGE',
  'SEVERITY_CHANGE',
  'MAINTENANCE_SCHEDULED',
  'MAINTENANCE_CHANGED',
  'TENANT_UPDATED',
]);

/**
 * Whether an event changes the public page. Only those are announced: the stream is anonymous, so
 * it must not reveal when internal work (notes, decisions, internal updates) happens.
 */
function isPublicChange(row: OutboxRow): boolean {
  if (PUBLIC_TYPES.has(row.type)) return true;
  const event = (row.payload as { timelineEvent?: { visibility?: string } }).timelineEvent;
  return (
    (row.type === 'STATUS_UPDATE' || row.type === 'CORRECTION') && event?.visibility === 'PUBLIC'
  );
}

/**
 * Tells status sites when a tenant's public page changed, so they refresh their snapshot instead
 * of polling. It carries no content: the page itself is read through `statusPage`.
 */
export class StatusPageChanges {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  constructor(private readonly db: Database) {}

  /** Called by the outbox tailer with committed rows, in position order. */
  publish(rows: OutboxRow[]): void {
    for (const row of rows) {
      if (isPublicChange(row)) {
        this.emitter.emit(row.tenantId, { position: String(row.position), type: row.type });
      }
    }
  }

  /** Changes of the public page at `slug` from now on; NOT_FOUND when there is none. */
  async open(slug: string): Promise<AsyncIterableIterator<StatusPageChange>> {
    const tenantId = isValidSlug(slug) ? await this.db.publicTenantIdBySlug(slug) : undefined;
    if (!tenantId) throw DomainError.notFound('Status page');
    // `on` removes its listener when the subscription ends (return()).
    const events = on(this.emitter, tenantId);
    const changes: AsyncIterableIterator<StatusPageChange> = {
      async next() {
        const result = await events.next();
        if (result.done) return { done: true, value: undefined };
        const [change] = result.value as [Omit<StatusPageChange, 'slug'>];
        return { done: false, value: { slug, ...change } };
      },
      async return() {
        await events.return?.();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => changes,
    };
    return changes;
  }
}
