import {
  DomainError,
  effectiveStatus,
  isValidSlug,
  overallUptime,
  publicImpact,
  uptimeByDay,
  UPTIME_DAYS,
  UPTIME_METHOD,
  worstStatus,
  type ComponentStatus,
  type IncidentState,
  type StatusChange,
} from '@keepwatch/domain';
import { And, In, LessThan, MoreThanOrEqual } from 'typeorm';
import type { Database } from '../../db/database.js';
import type { TenantTx } from '../../db/tenant-tx.js';
import { contractHistory } from '../communication/communication-contract.service.js';
import { incidentCommunication } from '../communication/incident-communication.js';
import { listComponents } from '../component/component.service.js';
import type { ComponentEntity } from '../component/component.entity.js';
import { Component } from '../component/component.type.js';
import { IncidentComponentEntity } from '../incident/incident-component.entity.js';
import { IncidentEntity } from '../incident/incident.entity.js';
import { componentsInMaintenance, publicMaintenances } from '../maintenance/maintenance.service.js';
import { SeverityLevelEntity } from '../severity/severity-level.entity.js';
import { TimelineEventEntity } from '../timeline/timeline-event.entity.js';
import type { PublicIncident, PublicUpdate } from './public-incident.type.js';
import type { ComponentUptime, StatusPage } from './status-page.type.js';

const RECENT_INCIDENTS = 50;
const HISTORY_MONTHS = 36;
const PUBLIC_ACTOR = { kind: 'SYSTEM' as const, label: 'public status page' };

/** The UTC months (YYYY-MM) with incidents, newest first: the pages of the incident history. */
async function historyMonths(tx: TenantTx): Promise<string[]> {
  const rows = await tx.query<{ month: string }>(
    `SELECT DISTINCT to_char(declared_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month
       FROM incidents ORDER BY month DESC LIMIT ${HISTORY_MONTHS}`,
  );
  return rows.map((r) => r.month);
}
const DAY_MS = 24 * 3600_000;

const isPublicUpdate = (e: TimelineEventEntity) =>
  e.kind === 'STATUS_UPDATE' && e.visibility === 'PUBLIC';

/**
 * An incident's public updates, oldest first. An update a (public) correction supersedes reads
 * as corrected: the corrected text, and when; the correction's reason stays internal.
 */
function publicUpdates(events: readonly TimelineEventEntity[]): PublicUpdate[] {
  const corrections = new Map(
    events
      .filter((e) => e.kind === 'CORRECTION' && e.visibility === 'PUBLIC' && e.supersedesId)
      .map((e) => [e.supersedesId!, e]),
  );
  return events.filter(isPublicUpdate).map((e) => {
    const details = e.payload as { body: string; state: IncidentState };
    const correction = corrections.get(e.id);
    return {
      id: e.id,
      body: correction
        ? String((correction.payload as { correction: unknown }).correction)
        : details.body,
      state: details.state,
      postedAt: e.occurredAt,
      correctedAt: correction?.occurredAt ?? null,
    };
  });
}

/**
 * The most recent incidents with what the public may see of them: public updates and, while open,
 * the promised next update. Internal updates, notes and people never leave here.
 */
async function publicIncidents(
  tx: TenantTx,
  components: readonly ComponentEntity[],
  now: Date,
  declared?: { from: Date; to: Date },
): Promise<PublicIncident[]> {
  const recent = await tx
    .repo(IncidentEntity)
    .find(
      declared ? { declaredAt: And(MoreThanOrEqual(declared.from), LessThan(declared.to)) } : {},
      { order: { declaredAt: 'DESC', id: 'DESC' }, take: declared ? undefined : RECENT_INCIDENTS },
    );
  if (recent.length === 0) return [];
  const ids = recent.map((i) => i.id);
  const open = recent.filter((i) => i.state !== 'RESOLVED');
  // One connection per transaction: these run one after the other.
  const events = await tx
    .repo(TimelineEventEntity)
    .find({ incidentId: In(ids) }, { order: { seq: 'ASC' } });
  const links = await tx.repo(IncidentComponentEntity).find({ incidentId: In(ids) });
  const severities = await tx.repo(SeverityLevelEntity).find({});
  const history = open.length > 0 ? await contractHistory(tx) : [];
  const rank = new Map(severities.map((s) => [s.key, s.rank]));
  const names = new Map(components.map((c) => [c.id, c.name]));
  return recent.map((incident) => {
    const own = events.filter((e) => e.incidentId === incident.id);
    const updates = publicUpdates(own);
    const promise =
      incident.state === 'RESOLVED'
        ? null
        : incidentCommunication(history, incident, own, now).nextPublicUpdate;
    return {
      id: incident.id,
      title: incident.title,
      state: incident.state,
      impact: publicImpact(rank.get(incident.severity) ?? Number.MAX_SAFE_INTEGER),
      declaredAt: incident.declaredAt,
      startedAt: incident.impactStartedAt ?? incident.declaredAt,
      updatedAt: incident.updatedAt,
      monitoringAt: updates.find((u) => u.state === 'MONITORING')?.postedAt ?? null,
      resolvedAt: incident.resolvedAt,
      components: links
        .filter((l) => l.incidentId === incident.id)
        .map((l) => ({ id: l.componentId, name: names.get(l.componentId) ?? '' })),
      updates: updates.reverse(),
      nextUpdateDueAt: promise?.dueAt ?? null,
      updateOverdueBySeconds: promise ? Math.round(promise.overdueByMs / 1000) : 0,
    };
  });
}

/** Each component's status changes in the window, plus the one in force when it began. */
async function statusHistory(tx: TenantTx, from: Date): Promise<Map<string, StatusChange[]>> {
  const rows = await tx.query<{ componentId: string; status: ComponentStatus; since: Date }>(
    `SELECT component_id AS "componentId", status, since
       FROM component_status_changes WHERE since >= $1
     UNION ALL
     (SELECT DISTINCT ON (component_id) component_id, status, since
        FROM component_status_changes WHERE since < $1
       ORDER BY component_id, since DESC)`,
    [from],
  );
  const byComponent = new Map<string, StatusChange[]>();
  for (const row of rows) {
    const list = byComponent.get(row.componentId) ?? [];
    list.push({ status: row.status, since: new Date(row.since) });
    byComponent.set(row.componentId, list);
  }
  return byComponent;
}

async function uptime(
  tx: TenantTx,
  components: readonly ComponentEntity[],
  now: Date,
): Promise<ComponentUptime[]> {
  const history = await statusHistory(tx, new Date(now.getTime() - UPTIME_DAYS * DAY_MS));
  return components.map((c) => {
    const days = uptimeByDay(history.get(c.id) ?? [], c.createdAt, now);
    return { componentId: c.id, ratio: overallUptime(days), days };
  });
}

export class StatusPageService {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
  ) {}

  /** The public view of the tenant at `slug`, or null when there is none or it is private. */
  async bySlug(slug: string): Promise<StatusPage | null> {
    if (!isValidSlug(slug)) return null;
    const tenantId = await this.db.publicTenantIdBySlug(slug);
    if (!tenantId) return null;
    return this.db.transaction({ tenantId, actor: PUBLIC_ACTOR, role: 'VIEWER' }, async (tx) => {
      const now = this.clock();
      const tenant = await tx.tenant();
      const entities = await listComponents(tx);
      const maintenances = await publicMaintenances(tx, now);
      const inMaintenance = componentsInMaintenance(maintenances);
      const components = entities.map((e) =>
        Object.assign(Component.from(e), {
          status: effectiveStatus(e.status, inMaintenance.has(e.id)),
        }),
      );
      const recentIncidents = await publicIncidents(tx, entities, now);
      return {
        slug: tenant.slug,
        name: tenant.name,
        host: tenant.statusPageHost,
        timeZone: tenant.timeZone,
        status: worstStatus(components.map((c) => c.status)),
        components,
        uptime: await uptime(tx, entities, now),
        uptimeMethod: UPTIME_METHOD,
        incidents: recentIncidents.filter((i) => i.state !== 'RESOLVED'),
        recentIncidents,
        historyMonths: await historyMonths(tx),
        maintenances,
        asOf: now,
      };
    });
  }

  /**
   * Every incident declared in `month` (YYYY-MM, UTC) as the public sees it, newest first; null when
   * there is no public page at `slug`.
   */
  async history(slug: string, month: string): Promise<PublicIncident[] | null> {
    const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
    if (!match) {
      throw DomainError.validation([
        {
          field: 'month',
          rule: 'format',
          message: 'month must be a month as YYYY-MM, e.g. 2026-11',
        },
      ]);
    }
    if (!isValidSlug(slug)) return null;
    const tenantId = await this.db.publicTenantIdBySlug(slug);
    if (!tenantId) return null;
    const from = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
    const to = new Date(Date.UTC(Number(match[1]), Number(match[2]), 1));
    return this.db.transaction({ tenantId, actor: PUBLIC_ACTOR, role: 'VIEWER' }, async (tx) =>
      publicIncidents(tx, await listComponents(tx), this.clock(), { from, to }),
    );
  }

  /** The slug of the public page served at a custom host, or null. */
  async slugByHost(host: string): Promise<string | null> {
    return (await this.db.publicSlugByHost(host)) ?? null;
  }
}
