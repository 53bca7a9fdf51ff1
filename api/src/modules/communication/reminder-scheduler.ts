import type { CommunicationPromise, PromiseState } from '@keepwatch/domain';
import { Not } from 'typeorm';
import type { Database } from '../../db/database.js';
import type { TenantTx } from '../../db/tenant-tx.js';
import { IncidentComponentEntity } from '../incident/incident-component.entity.js';
import { incidentView } from '../incident/incident-view.js';
import { IncidentEntity } from '../incident/incident.entity.js';
import { TimelineEventEntity } from '../timeline/timeline-event.entity.js';
import { contractHistory } from './communication-contract.service.js';
import { incidentCommunication } from './incident-communication.js';

export type ReminderKind = 'DUE_SOON' | 'OVERDUE';

const SYSTEM = { kind: 'SYSTEM' as const, label: 'communication reminders' };

/**
 * Sends COMMUNICATION_DUE_SOON (within `leadMs` of a promise) and COMMUNICATION_OVERDUE events
 * through the outbox. Every API process runs it; the reminders table's primary key, written in the
 * same transaction as the event, makes each reminder go out exactly once, and because what was sent
 * is stored (not held in timers), a restart neither repeats nor loses one.
 */
export class ReminderScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
    private readonly leadMs: number,
  ) {}

  /** One pass at `now`; returns how many reminders this pass sent. */
  async tick(now: Date = this.clock()): Promise<number> {
    let sent = 0;
    for (const tenantId of await this.db.tenantsWithOpenIncidents()) {
      sent += await this.db.transaction({ tenantId, actor: SYSTEM, role: 'ADMIN' }, (tx) =>
        this.remindTenant(tx, now),
      );
    }
    return sent;
  }

  private async remindTenant(tx: TenantTx, now: Date): Promise<number> {
    let sent = 0;
    // A fixed order, so processes scanning at once claim rows in the same order (no deadlock).
    const open = await tx
      .repo(IncidentEntity)
      .find({ state: Not('RESOLVED' as const) }, { order: { id: 'ASC' } });
    const history = await contractHistory(tx);
    for (const incident of open) {
      const events = await tx
        .repo(TimelineEventEntity)
        .find({ incidentId: incident.id }, { order: { seq: 'ASC' } });
      const status = incidentCommunication(history, incident, events, now);
      const promises: [CommunicationPromise, PromiseState][] = [
        ['PUBLIC_UPDATE', status.nextPublicUpdate],
        ['INTERNAL_UPDATE', status.nextInternalUpdate],
        ['EXEC_SUMMARY', status.execSummary],
      ];
      for (const [promise, state] of promises) {
        if (!state.dueAt) continue;
        const due = state.dueAt.getTime();
        const kind: ReminderKind | null =
          now.getTime() >= due ? 'OVERDUE' : now.getTime() >= due - this.leadMs ? 'DUE_SOON' : null;
        if (!kind) continue;
        const [claimed] = await tx.query<{ n: number }>(
          `WITH claimed AS (
             INSERT INTO communication_reminders (tenant_id, incident_id, promise, due_at, kind)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1)
           SELECT count(*)::int AS n FROM claimed`,
          [tx.tenantId, incident.id, promise, state.dueAt, kind],
        );
        if (!claimed?.n) continue;
        const links = await tx.repo(IncidentComponentEntity).find({ incidentId: incident.id });
        tx.emit({
          type: `COMMUNICATION_${kind}`,
          incidentId: incident.id,
          payload: {
            incident: incidentView(
              incident,
              links.map((l) => l.componentId),
            ),
            reminder: { promise, kind, dueAt: state.dueAt.toISOString() },
          },
        });
        sent += 1;
      }
    }
    return sent;
  }

  start(intervalMs: number, onError: (error: unknown) => void): void {
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.tick()
        .catch((error) => {
          onError(error);
          return 0;
        })
        .finally(() => (this.running = undefined));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
