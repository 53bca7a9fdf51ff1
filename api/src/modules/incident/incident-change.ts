import { randomUUID } from 'node:crypto';
import type { TimelineKind } from '@keepwatch/domain';
import type { TenantTx } from '../../db/tenant-tx.js';
import { eventHash } from '../timeline/hash-chain.js';
import { TimelineEventEntity, type Visibility } from '../timeline/timeline-event.entity.js';
import { timelineEventView } from '../timeline/timeline-event-view.js';
import { IncidentComponentEntity } from './incident-component.entity.js';
import { incidentView, type IncidentView } from './incident-view.js';
import { IncidentEntity } from './incident.entity.js';

export interface NewTimelineEvent {
  kind: TimelineKind;
  occurredAt?: Date;
  visibility?: Visibility;
  details: Record<string, unknown>;
  supersedesId?: string | null;
}

/**
 * One change to one incident inside a tenant transaction: the incident row is locked for the
 * whole change (so two responders racing are serialised, and the loser sees the winner's state),
 * timeline events get consecutive sequence numbers (hash-chained for REGULATED tenants), and
 * `commit` writes the row, the audit record and one outbox event per timeline event.
 */
export class IncidentChange {
  private readonly appended: TimelineEventEntity[] = [];
  private lastHash: Buffer | null | undefined;

  private constructor(
    private readonly tx: TenantTx,
    readonly incident: IncidentEntity,
    private readonly before: IncidentView | null,
    public componentIds: string[],
    private readonly chained: boolean,
  ) {}

  static async open(tx: TenantTx, id: string): Promise<IncidentChange> {
    const incident = await tx.repo(IncidentEntity).getForUpdate({ id }, 'Incident');
    const links = await tx.repo(IncidentComponentEntity).find({ incidentId: id });
    const componentIds = links.map((l) => l.componentId);
    const chained = (await tx.tenant()).riskProfile === 'REGULATED';
    return new IncidentChange(
      tx,
      incident,
      incidentView(incident, componentIds),
      componentIds,
      chained,
    );
  }

  static async create(
    tx: TenantTx,
    incident: IncidentEntity,
    componentIds: string[],
  ): Promise<IncidentChange> {
    await tx.repo(IncidentEntity).insert(incident);
    const chained = (await tx.tenant()).riskProfile === 'REGULATED';
    const change = new IncidentChange(tx, incident, null, componentIds, chained);
    await change.linkComponents();
    return change;
  }

  /** Records every id in `componentIds` as affected (those already linked are kept). */
  async linkComponents(): Promise<void> {
    const links = this.tx.repo(IncidentComponentEntity);
    const linked = new Set(
      (await links.find({ incidentId: this.incident.id })).map((l) => l.componentId),
    );
    for (const componentId of this.componentIds) {
      if (!linked.has(componentId))
        await links.insert({ incidentId: this.incident.id, componentId });
    }
  }

  async append(event: NewTimelineEvent): Promise<TimelineEventEntity> {
    const seq = this.incident.lastSeq + 1;
    const actor = this.tx.scope.actor;
    const row: Omit<TimelineEventEntity, 'tenantId'> = {
      id: randomUUID(),
      incidentId: this.incident.id,
      seq,
      kind: event.kind,
      occurredAt: event.occurredAt ?? new Date(),
      recordedAt: new Date(),
      authorId: actor.id ?? null,
      authorLabel: actor.label,
      visibility: event.visibility ?? 'INTERNAL',
      payload: event.details,
      supersedesId: event.supersedesId ?? null,
      prevHash: null,
      hash: null,
    };
    if (this.chained) {
      row.prevHash = await this.previousHash();
      row.hash = eventHash(row, row.prevHash);
      this.lastHash = row.hash;
    }
    const saved = await this.tx.repo(TimelineEventEntity).insert(row);
    this.incident.lastSeq = seq;
    this.appended.push(saved);
    return saved;
  }

  private async previousHash(): Promise<Buffer | null> {
    if (this.lastHash !== undefined) return this.lastHash;
    if (this.incident.lastSeq === 0) return null;
    const prev = await this.tx
      .repo(TimelineEventEntity)
      .findOne({ incidentId: this.incident.id, seq: this.incident.lastSeq });
    return prev?.hash ?? null;
  }

  /** Saves the incident, audits the change and queues its events. Returns the new view. */
  async commit(action: string): Promise<IncidentView> {
    this.incident.updatedAt = new Date();
    const { tenantId: _t, id, ...fields } = this.incident;
    if (this.before) await this.tx.repo(IncidentEntity).update({ id }, fields);
    else
      await this.tx
        .repo(IncidentEntity)
        .update({ id }, { lastSeq: fields.lastSeq, updatedAt: fields.updatedAt });
    const after = incidentView(this.incident, this.componentIds);
    await this.tx.audit({
      action,
      targetType: 'Incident',
      targetId: id,
      ...(this.before ? { before: this.before } : {}),
      after,
    });
    for (const event of this.appended) {
      this.tx.emit({
        type: event.kind,
        incidentId: id,
        payload: { incident: after, timelineEvent: timelineEventView(event) },
      });
    }
    return after;
  }
}
