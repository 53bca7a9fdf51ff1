import { isValidSlug, worstStatus, type IncidentState } from '@keepwatch/domain';
import { Not } from 'typeorm';
import type { Database } from '../../db/database.js';
import type { TenantTx } from '../../db/tenant-tx.js';
import { contractHistory } from '../communication/communication-contract.service.js';
import { incidentCommunication } from '../communication/incident-communication.js';
import { IncidentEntity } from '../incident/incident.entity.js';
import { TimelineEventEntity } from '../timeline/timeline-event.entity.js';
import type { PublicIncident } from './public-incident.type.js';
import { listComponents } from '../component/component.service.js';
import { Component } from '../component/component.type.js';
import type { StatusPage } from './status-page.type.js';

/** Open incidents with their public updates and promise; internal updates never leave here. */
async function publicIncidents(tx: TenantTx, now: Date): Promise<PublicIncident[]> {
  const open = await tx
    .repo(IncidentEntity)
    .find({ state: Not('RESOLVED' as const) }, { order: { declaredAt: 'DESC', id: 'DESC' } });
  const history = open.length > 0 ? await contractHistory(tx) : [];
  const incidents: PublicIncident[] = [];
  for (const incident of open) {
    const events = await tx
      .repo(TimelineEventEntity)
      .find({ incidentId: incident.id }, { order: { seq: 'ASC' } });
    const promise = incidentCommunication(history, incident, events, now).nextPublicUpdate;
    const updates = events
      .filter((e) => e.kind === 'STATUS_UPDATE' && e.visibility === 'PUBLIC')
      .reverse()
      .map((e) => {
        const details = e.payload as { body: string; state: IncidentState };
        return { body: details.body, state: details.state, postedAt: e.occurredAt };
      });
    incidents.push({
      id: incident.id,
      title: incident.title,
      state: incident.state,
      declaredAt: incident.declaredAt,
      updates,
      nextUpdateDueAt: promise.dueAt,
      updateOverdueBySeconds: Math.round(promise.overdueByMs / 1000),
    });
  }
  return incidents;
}

export class StatusPageService {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
  ) {}

  /** The public view of the tenant at `slug`, or null when there is none. */
  async bySlug(slug: string): Promise<StatusPage | null> {
    if (!isValidSlug(slug)) return null;
    const tenantId = await this.db.tenantIdBySlug(slug);
    if (!tenantId) return null;
    const actor = { kind: 'SYSTEM' as const, label: 'public status page' };
    return this.db.transaction({ tenantId, actor, role: 'VIEWER' }, async (tx) => {
      const now = this.clock();
      const tenant = await tx.tenant();
      const components = await listComponents(tx);
      return {
        slug: tenant.slug,
        name: tenant.name,
        status: worstStatus(components.map((c) => c.status)),
        components: components.map(Component.from),
        incidents: await publicIncidents(tx, now),
        asOf: now,
      };
    });
  }
}
