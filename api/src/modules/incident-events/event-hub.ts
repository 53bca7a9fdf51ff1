import { DomainError } from '@keepwatch/domain';
import { execute, type ExecutionResult } from 'graphql';
import { IsNull, MoreThan, Not } from 'typeorm';
import type { Database } from '../../db/database.js';
import type { OutboxRow } from '../../db/outbox-tailer.js';
import type { Scope } from '../../db/scope.js';
import { IncidentEntity } from '../incident/incident.entity.js';
import { IncidentEventStream } from './incident-event-stream.js';
import { IncidentEvent } from './incident-event.type.js';
import { OutboxEventEntity } from './outbox-event.entity.js';

const REPLAY_BATCH = 500;

/**
 * Delivers committed incident events to this process's subscribers. Each event is filtered by
 * tenant (and incident) before anything else; subscribers whose query, variables and tenant are
 * the same share one execution of the response, so fan-out costs one GraphQL execution per
 * distinct query, not one per subscriber.
 */
export class EventHub {
  private readonly byTenant = new Map<string, Set<IncidentEventStream>>();

  constructor(private readonly db: Database) {}

  get subscriberCount(): number {
    let n = 0;
    for (const set of this.byTenant.values()) n += set.size;
    return n;
  }

  /**
   * A stream of the tenant's incident events (one incident's, with `incidentId`), replaying those
   * after `after` first. Another tenant's incident is NOT_FOUND, exactly like a random id.
   */
  async open(
    scope: Scope,
    incidentId: string | null,
    after: string | null,
    tokenHash?: Buffer,
  ): Promise<IncidentEventStream> {
    if (after !== null && !/^\d{1,18}$/.test(after)) {
      throw DomainError.validation([
        { field: 'after', rule: 'position', message: 'after must be the position of an event' },
      ]);
    }
    if (incidentId !== null) {
      await this.db.transaction(scope, (tx) =>
        tx.repo(IncidentEntity).get({ id: incidentId }, 'Incident'),
      );
    }
    const stream = new IncidentEventStream(
      scope.tenantId,
      incidentId,
      tokenHash,
      after === null ? 0 : Number(after),
      (s) => this.byTenant.get(s.tenantId)?.delete(s),
    );
    // Registered before the replay reads, so nothing committed meanwhile can fall between them.
    const set = this.byTenant.get(scope.tenantId) ?? new Set();
    this.byTenant.set(scope.tenantId, set.add(stream));
    if (after === null) {
      stream.replayed([]);
      return stream;
    }
    this.replay(scope, stream, incidentId, Number(after)).catch((error: Error) =>
      stream.fail(error),
    );
    return stream;
  }

  private async replay(
    scope: Scope,
    stream: IncidentEventStream,
    incidentId: string | null,
    after: number,
  ) {
    const events: IncidentEvent[] = [];
    for (let from = after; ;) {
      const rows = await this.db.transaction(scope, (tx) =>
        tx
          .repo(OutboxEventEntity)
          .find(
            { position: MoreThan(String(from)), incidentId: incidentId ?? Not(IsNull()) },
            { order: { position: 'ASC' }, take: REPLAY_BATCH },
          ),
      );
      events.push(...rows.map((r) => IncidentEvent.from({ ...r, position: Number(r.position) })));
      if (rows.length < REPLAY_BATCH) break;
      from = Number(rows.at(-1)!.position);
    }
    stream.replayed(events);
  }

  /** Called by the outbox tailer with committed rows, in position order. */
  async publish(rows: OutboxRow[]): Promise<void> {
    for (const row of rows) {
      const streams = this.byTenant.get(row.tenantId);
      // Events of the tenant's other records (maintenance, page settings) are not incident events.
      if (!streams || streams.size === 0 || row.incidentId === null) continue;
      const event = IncidentEvent.from(row);
      const shared = new Map<string, Promise<ExecutionResult>>();
      for (const stream of streams) {
        if (!stream.accepts(event)) continue;
        const execution = stream.execution;
        if (!execution) {
          stream.deliver({ event });
          continue;
        }
        let result = shared.get(execution.key);
        if (!result) {
          result = Promise.resolve(execute({ ...execution.args, rootValue: event }));
          shared.set(execution.key, result);
        }
        stream.deliver({ event, result: await result });
      }
    }
  }

  /** Ends the streams of tokens that no longer authenticate (revoked or expired). */
  async reauthorise(): Promise<void> {
    const byToken = new Map<string, { hash: Buffer; streams: IncidentEventStream[] }>();
    for (const set of this.byTenant.values()) {
      for (const stream of set) {
        if (!stream.tokenHash) continue;
        const key = stream.tokenHash.toString('hex');
        const entry = byToken.get(key) ?? { hash: stream.tokenHash, streams: [] };
        entry.streams.push(stream);
        byToken.set(key, entry);
      }
    }
    for (const { hash, streams } of byToken.values()) {
      if (await this.db.tokenIdentity(hash)) continue;
      for (const stream of streams) {
        stream.fail(
          new DomainError('UNAUTHENTICATED', 'The token of this subscription is no longer valid'),
        );
      }
    }
  }

  endAll(): void {
    for (const set of this.byTenant.values()) for (const stream of set) stream.end();
  }
}
