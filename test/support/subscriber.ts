import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export const EVENTS = `subscription($incidentId: ID, $after: ID) {
  incidentEvents(incidentId: $incidentId, after: $after) {
    position type incident { id title state } timelineEvent { kind seq details }
  }
}`;

export interface ReceivedEvent {
  position: string;
  type: string;
  incident: { id: string; title: string; state: string };
  timelineEvent: { kind: string; seq: number; details: Record<string, unknown> };
}

/** A real graphql-ws subscriber collecting what it receives. */
export class Subscriber {
  readonly events: ReceivedEvent[] = [];
  readonly errors: unknown[] = [];
  completed = false;
  private readonly client: Client;
  private readonly waiters: (() => void)[] = [];

  constructor(
    wsUrl: string,
    token: string,
    variables: { incidentId?: string; after?: string } = {},
  ) {
    this.client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: true,
    });
    this.client.subscribe<{ incidentEvents: ReceivedEvent }>(
      { query: EVENTS, variables },
      {
        next: (result) => {
          if (result.errors) this.errors.push(...result.errors);
          if (result.data) this.events.push(result.data.incidentEvents);
          this.notify();
        },
        error: (error) => {
          this.errors.push(error);
          this.notify();
        },
        complete: () => {
          this.completed = true;
          this.notify();
        },
      },
    );
  }

  private notify() {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Waits until `predicate` holds (or fails after `ms`). */
  async until(predicate: (s: Subscriber) => boolean, ms = 15_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!predicate(this)) {
      if (Date.now() > deadline) {
        throw new Error(
          `timed out: ${this.events.length} events, errors ${JSON.stringify(this.errors)}`,
        );
      }
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  close(): Promise<void> {
    return this.client.dispose() as Promise<void>;
  }
}
