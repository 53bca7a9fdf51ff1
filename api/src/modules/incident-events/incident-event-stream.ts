import { execute, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { toDomainError } from '../../graphql/errors.js';
import type { IncidentEvent } from './incident-event.type.js';

interface Delivery {
  event: IncidentEvent;
  /** The response already computed for this subscriber's group, if any. */
  result?: ExecutionResult;
}

/**
 * One subscriber's stream of incident events. It first replays what the subscriber missed (from
 * the outbox, after its cursor) while buffering live events, then continues live; positions at or
 * below the last one delivered are dropped, so there is no gap and no duplicate.
 *
 * It is a genuine source stream (an AsyncIterable of events) for GraphQL's own `subscribe`; the
 * WebSocket server instead asks for `results`, so one execution can serve a whole group of
 * subscribers with the same query (see EventHub).
 */
export class IncidentEventStream implements AsyncIterable<IncidentEvent> {
  private last: number;
  private replaying = true;
  private readonly buffered: Delivery[] = [];
  private readonly queue: Delivery[] = [];
  private wakeUp: (() => void) | undefined;
  private ended = false;
  private failure: Error | undefined;
  /** Set by `results`: how to execute, and the key of subscribers that share the execution. */
  execution: { args: ExecutionArgs; key: string } | undefined;

  constructor(
    readonly tenantId: string,
    readonly incidentId: string | null,
    readonly tokenHash: Buffer | undefined,
    after: number,
    private readonly onEnd: (stream: IncidentEventStream) => void,
  ) {
    this.last = after;
  }

  accepts(event: IncidentEvent): boolean {
    return (
      event.tenantId === this.tenantId &&
      (this.incidentId === null || event.incident.id === this.incidentId)
    );
  }

  deliver(delivery: Delivery): void {
    if (this.ended) return;
    if (this.replaying) this.buffered.push(delivery);
    else this.enqueue(delivery);
  }

  /** Hands over the replayed events, then everything buffered meanwhile. */
  replayed(events: IncidentEvent[]): void {
    for (const event of events) this.enqueue({ event });
    this.replaying = false;
    for (const delivery of this.buffered.splice(0)) this.enqueue(delivery);
  }

  /** Ends the stream with an error, after what is already queued. */
  fail(error: Error): void {
    this.failure = error;
    this.end();
  }

  private enqueue(delivery: Delivery): void {
    const position = Number(delivery.event.position);
    if (position <= this.last) return;
    this.last = position;
    this.queue.push(delivery);
    this.wakeUp?.();
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd(this);
    this.wakeUp?.();
  }

  /** The next delivery; undefined once the stream ended; throws the failure that ended it. */
  private async take(): Promise<Delivery | undefined> {
    for (;;) {
      const next = this.queue.shift();
      if (next) return next;
      if (this.failure) throw this.failure;
      if (this.ended) return undefined;
      await new Promise<void>((resolve) => (this.wakeUp = resolve));
      this.wakeUp = undefined;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<IncidentEvent> {
    try {
      for (let d = await this.take(); d; d = await this.take()) yield d.event;
    } finally {
      this.end();
    }
  }

  /**
   * Responses for `args`, shared with subscribers of the same `key` when the hub can. A failure
   * (such as a revoked token) arrives as a last response carrying the error, then the end.
   */
  async *results(args: ExecutionArgs, key: string): AsyncGenerator<ExecutionResult> {
    this.execution = { args, key };
    try {
      for (let d = await this.take(); d; d = await this.take()) {
        yield d.result ?? (await execute({ ...args, rootValue: d.event }));
      }
    } catch (error) {
      const domain = toDomainError(error);
      const message = domain?.message ?? 'Internal server error';
      const code = domain?.code ?? 'INTERNAL_SERVER_ERROR';
      yield { errors: [new GraphQLError(message, { extensions: { code } })] };
    } finally {
      this.end();
    }
  }
}
