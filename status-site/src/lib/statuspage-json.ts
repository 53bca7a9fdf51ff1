/**
 * The tenant's status page as the Atlassian Statuspage public API v2 (`/api/v2/*.json`), so that
 * tools which read Statuspage pages (dashboards, chat bots, aggregators, status-page monitors)
 * read ours unchanged. Pure functions of a snapshot: no I/O, no clock.
 *
 * Field names, their order and the enum values follow Statuspage's documented responses
 * (metastatuspage.com/api/v2 and the pages it hosts) and the real responses of hosted pages:
 *
 * - component status: operational | degraded_performance | partial_outage | major_outage |
 *   under_maintenance
 * - status indicator: none | minor | major | critical (the documented set; see STATUS_INDICATOR)
 * - incident status: investigating | identified | monitoring | resolved | postmortem
 * - maintenance status: scheduled | in_progress | verifying | completed
 * - impact: none | minor | major | critical | maintenance (maintenance for maintenances)
 *
 * Our own additions (a contract of Keepwatch, not of Statuspage, which clients ignore as unknown
 * keys): every incident that is not resolved carries `next_update_due_at` (ISO 8601 or null: the
 * time the next public update was promised for) and `update_overdue_by_seconds` (0 when none is
 * overdue).
 *
 * Times are emitted exactly as the snapshot gives them (ISO 8601, UTC).
 */
import { createHash } from 'node:crypto';
import type {
  ComponentStatus,
  IncidentState,
  MaintenanceState,
  PublicImpact,
  SnapshotComponent,
  SnapshotIncident,
  SnapshotMaintenance,
  SnapshotPage,
  SnapshotUpdate,
} from './snapshot-types.ts';

export type StatuspageComponentStatus =
  'operational' | 'degraded_performance' | 'partial_outage' | 'major_outage' | 'under_maintenance';
export type StatuspageIndicator = 'none' | 'minor' | 'major' | 'critical';
export type StatuspageIncidentStatus =
  'investigating' | 'identified' | 'monitoring' | 'resolved' | 'postmortem';
export type StatuspageMaintenanceStatus = 'scheduled' | 'in_progress' | 'verifying' | 'completed';
export type StatuspageImpact = 'none' | 'minor' | 'major' | 'critical' | 'maintenance';

export interface StatuspagePage {
  id: string;
  name: string;
  url: string;
  time_zone: string;
  updated_at: string;
}

export interface StatuspageComponent {
  id: string;
  name: string;
  status: StatuspageComponentStatus;
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
  /** Only on group components: the ids of the group's components. */
  components?: string[];
}

export interface StatuspageIncidentUpdate {
  id: string;
  status: StatuspageIncidentStatus | StatuspageMaintenanceStatus;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  /** Statuspage lists old and new component statuses here; we don't record them per update. */
  affected_components: null;
  deliver_notifications: boolean;
  custom_tweet: null;
  tweet_id: null;
}

interface StatuspageIncidentBase {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
  impact: StatuspageImpact;
  shortlink: string;
  started_at: string;
  page_id: string;
  incident_updates: StatuspageIncidentUpdate[];
  components: StatuspageComponent[];
}

export interface StatuspageIncident extends StatuspageIncidentBase {
  status: StatuspageIncidentStatus;
  /** Keepwatch extra, on unresolved incidents only. */
  next_update_due_at?: string | null;
  /** Keepwatch extra, on unresolved incidents only. */
  update_overdue_by_seconds?: number;
}

export interface StatuspageScheduledMaintenance extends StatuspageIncidentBase {
  status: StatuspageMaintenanceStatus;
  scheduled_for: string;
  scheduled_until: string;
}

export interface StatuspageStatus {
  indicator: StatuspageIndicator;
  description: string;
}

export interface SummaryJson {
  page: StatuspagePage;
  components: StatuspageComponent[];
  incidents: StatuspageIncident[];
  scheduled_maintenances: StatuspageScheduledMaintenance[];
  status: StatuspageStatus;
}
export interface StatusJson {
  page: StatuspagePage;
  status: StatuspageStatus;
}
export interface ComponentsJson {
  page: StatuspagePage;
  components: StatuspageComponent[];
}
export interface IncidentsJson {
  page: StatuspagePage;
  incidents: StatuspageIncident[];
}
export interface ScheduledMaintenancesJson {
  page: StatuspagePage;
  scheduled_maintenances: StatuspageScheduledMaintenance[];
}

const COMPONENT_STATUS: Record<ComponentStatus, StatuspageComponentStatus> = {
  OPERATIONAL: 'operational',
  UNDER_MAINTENANCE: 'under_maintenance',
  DEGRADED_PERFORMANCE: 'degraded_performance',
  PARTIAL_OUTAGE: 'partial_outage',
  MAJOR_OUTAGE: 'major_outage',
};

/**
 * The page's status rollup from its overall status (the worst component's). The descriptions are
 * the top-level statuses Statuspage shows for a page whose one component has that status
 * ("Top-level status and incident impact calculations", Atlassian support). Statuspage documents
 * the indicator as one of none, minor, major or critical, so maintenance reads `none` here, with
 * its own description; hosted pages have been seen answering `maintenance` there, which clients
 * written against the documentation may not expect.
 */
export const STATUS_INDICATOR: Record<ComponentStatus, StatuspageStatus> = {
  OPERATIONAL: { indicator: 'none', description: 'All Systems Operational' },
  UNDER_MAINTENANCE: { indicator: 'none', description: 'Service Under Maintenance' },
  DEGRADED_PERFORMANCE: { indicator: 'minor', description: 'Partially Degraded Service' },
  PARTIAL_OUTAGE: { indicator: 'major', description: 'Partial System Outage' },
  MAJOR_OUTAGE: { indicator: 'critical', description: 'Major System Outage' },
};

const INCIDENT_STATUS: Record<IncidentState, StatuspageIncidentStatus> = {
  INVESTIGATING: 'investigating',
  IDENTIFIED: 'identified',
  MONITORING: 'monitoring',
  RESOLVED: 'resolved',
};

// Statuspage has no cancelled maintenance in its public API; the snapshot never holds one, and
// the endpoints drop any that slips through (see `listedMaintenances`).
const MAINTENANCE_STATUS: Record<
  Exclude<MaintenanceState, 'CANCELLED'>,
  StatuspageMaintenanceStatus
> = {
  SCHEDULED: 'scheduled',
  IN_PROGRESS: 'in_progress',
  COMPLETED: 'completed',
};

const IMPACT: Record<PublicImpact, StatuspageImpact> = {
  NONE: 'none',
  MINOR: 'minor',
  MAJOR: 'major',
  CRITICAL: 'critical',
};

/** Worst last: a group's status is its worst component's. */
const SEVERITY: Record<ComponentStatus, number> = {
  OPERATIONAL: 0,
  UNDER_MAINTENANCE: 1,
  DEGRADED_PERFORMANCE: 2,
  PARTIAL_OUTAGE: 3,
  MAJOR_OUTAGE: 4,
};

const worst = (statuses: readonly ComponentStatus[]): ComponentStatus =>
  statuses.reduce<ComponentStatus>(
    (acc, s) => (SEVERITY[s] > SEVERITY[acc] ? s : acc),
    'OPERATIONAL',
  );

/** Our own fixed namespace for the ids of derived objects (RFC 9562 name-based, SHA-1). */
const KEEPWATCH_NAMESPACE = '6f1c3b0e-7a51-4b8e-9d0c-2f4e8a6b5c13';

/** A UUID v5 (RFC 9562 §5.5) of `name` in our namespace: stable across builds and hosts. */
export function uuidV5(name: string, namespace: string = KEEPWATCH_NAMESPACE): string {
  const ns = Buffer.from(namespace.replaceAll('-', ''), 'hex');
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of the Statuspage group component standing for the group `name` of the page `slug`.
 * Our components carry only a group name, so the id is derived from it: renaming a group gives
 * it a new id, as deleting and recreating a group would on Statuspage.
 */
export const groupComponentId = (slug: string, name: string): string =>
  uuidV5(`component-group:${slug}:${name}`);

const byPosition = (a: SnapshotComponent, b: SnapshotComponent) =>
  a.position - b.position || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

const time = (iso: string) => Date.parse(iso);
const latest = (isos: readonly string[]): string | undefined =>
  isos.reduce<string | undefined>(
    (acc, t) => (acc === undefined || time(t) > time(acc) ? t : acc),
    undefined,
  );
const earliest = (isos: readonly string[]): string | undefined =>
  isos.reduce<string | undefined>(
    (acc, t) => (acc === undefined || time(t) < time(acc) ? t : acc),
    undefined,
  );

/** What every endpoint answers under `page`. */
function pageObject(page: SnapshotPage, pageUrl: string): StatuspagePage {
  // Statuspage's updated_at is when anything on the page last changed; without any change
  // recorded, the time the snapshot was taken.
  const updatedAt =
    latest([
      ...page.components.map((c) => c.updatedAt),
      ...page.recentIncidents.map((i) => i.updatedAt),
      ...page.incidents.map((i) => i.updatedAt),
      ...page.maintenances.map((m) => m.updatedAt),
    ]) ?? page.asOf;
  return {
    id: page.slug,
    name: page.name,
    url: pageUrl,
    time_zone: page.timeZone,
    updated_at: updatedAt,
  };
}

function component(
  c: SnapshotComponent,
  page: SnapshotPage,
  groupId: string | null,
  showcase: boolean,
): StatuspageComponent {
  return {
    id: c.id,
    name: c.name,
    status: COMPONENT_STATUS[c.status],
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    position: c.position,
    description: c.description === '' ? null : c.description,
    showcase,
    start_date: null,
    group_id: groupId,
    page_id: page.slug,
    group: false,
    only_show_if_degraded: false,
  };
}

/**
 * The page's components as Statuspage lists them: a flat list in display order in which each
 * group is a component of its own (`group: true`, its components' ids in `components`, the worst
 * of their statuses) standing just before its components, which point back at it by `group_id`.
 * Ungrouped components and groups are ordered by position, a group where its first component is.
 */
function componentList(page: SnapshotPage): StatuspageComponent[] {
  // `showcase` is whether the page shows the component's uptime bar.
  const withUptime = new Set(page.uptime.map((u) => u.componentId));
  const sorted = [...page.components].sort(byPosition);
  const groups = new Map<string, SnapshotComponent[]>();
  for (const c of sorted) {
    if (c.group === null) continue;
    const list = groups.get(c.group) ?? [];
    list.push(c);
    groups.set(c.group, list);
  }
  const out: StatuspageComponent[] = [];
  const emitted = new Set<string>();
  for (const c of sorted) {
    if (c.group === null) {
      out.push(component(c, page, null, withUptime.has(c.id)));
      continue;
    }
    if (emitted.has(c.group)) continue;
    emitted.add(c.group);
    const children = groups.get(c.group) ?? [];
    const id = groupComponentId(page.slug, c.group);
    out.push({
      id,
      name: c.group,
      status: COMPONENT_STATUS[worst(children.map((child) => child.status))],
      created_at: earliest(children.map((child) => child.createdAt)) ?? c.createdAt,
      updated_at: latest(children.map((child) => child.updatedAt)) ?? c.updatedAt,
      position: c.position,
      description: null,
      showcase: false,
      start_date: null,
      group_id: null,
      page_id: page.slug,
      group: true,
      only_show_if_degraded: false,
      components: children.map((child) => child.id),
    });
    for (const child of children) out.push(component(child, page, id, withUptime.has(child.id)));
  }
  return out;
}

/** Statuspage lists an incident's components as full (non-group) component objects. */
function componentsOf(
  refs: readonly { id: string }[],
  all: ReadonlyMap<string, StatuspageComponent>,
): StatuspageComponent[] {
  // A component deleted since is no longer on the page, and Statuspage lists none such.
  return refs.flatMap((ref) => {
    const c = all.get(ref.id);
    return c ? [c] : [];
  });
}

function incidentUpdate(u: SnapshotUpdate, incidentId: string): StatuspageIncidentUpdate {
  return {
    id: u.id,
    status: INCIDENT_STATUS[u.state],
    body: u.body,
    incident_id: incidentId,
    created_at: u.postedAt,
    updated_at: u.correctedAt ?? u.postedAt,
    display_at: u.postedAt,
    affected_components: null,
    deliver_notifications: true,
    custom_tweet: null,
    tweet_id: null,
  };
}

/** Where an incident is shown on the tenant's page. */
export const incidentUrl = (pageUrl: string, id: string): string => `${pageUrl}/incidents/${id}`;
/** Where a maintenance is shown on the tenant's page. */
const maintenanceUrl = (pageUrl: string, id: string): string => `${pageUrl}/maintenances/${id}`;

interface Context {
  page: SnapshotPage;
  pageUrl: string;
  components: ReadonlyMap<string, StatuspageComponent>;
}

function context(page: SnapshotPage, pageUrl: string): Context {
  const components = new Map(
    componentList(page)
      .filter((c) => !c.group)
      .map((c) => [c.id, c]),
  );
  return { page, pageUrl, components };
}

function incident(i: SnapshotIncident, ctx: Context): StatuspageIncident {
  const out: StatuspageIncident = {
    id: i.id,
    name: i.title,
    status: INCIDENT_STATUS[i.state],
    created_at: i.declaredAt,
    updated_at: i.updatedAt,
    monitoring_at: i.monitoringAt,
    resolved_at: i.resolvedAt,
    impact: IMPACT[i.impact],
    shortlink: incidentUrl(ctx.pageUrl, i.id),
    started_at: i.startedAt,
    page_id: ctx.page.slug,
    incident_updates: i.updates.map((u) => incidentUpdate(u, i.id)),
    components: componentsOf(i.components, ctx.components),
  };
  if (i.state !== 'RESOLVED') {
    out.next_update_due_at = i.nextUpdateDueAt;
    out.update_overdue_by_seconds = i.updateOverdueBySeconds;
  }
  return out;
}

function maintenance(m: SnapshotMaintenance, ctx: Context): StatuspageScheduledMaintenance {
  return {
    id: m.id,
    name: m.title,
    status: MAINTENANCE_STATUS[m.state === 'CANCELLED' ? 'COMPLETED' : m.state],
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    monitoring_at: null,
    resolved_at: m.completedAt,
    impact: 'maintenance',
    shortlink: maintenanceUrl(ctx.pageUrl, m.id),
    // Statuspage sets a maintenance's started_at when it is created, as it does an incident's.
    started_at: m.createdAt,
    page_id: ctx.page.slug,
    // One update: the announcement, at creation, with the description as its body.
    incident_updates: [
      {
        id: uuidV5(`maintenance-update:${m.id}:scheduled`),
        status: 'scheduled',
        body: m.description,
        incident_id: m.id,
        created_at: m.createdAt,
        updated_at: m.createdAt,
        display_at: m.createdAt,
        affected_components: null,
        deliver_notifications: true,
        custom_tweet: null,
        tweet_id: null,
      },
    ],
    components: componentsOf(m.components, ctx.components),
    scheduled_for: m.scheduledFor,
    scheduled_until: m.scheduledUntil,
  };
}

const listedMaintenances = (page: SnapshotPage, states: readonly MaintenanceState[]) =>
  page.maintenances.filter((m) => m.state !== 'CANCELLED' && states.includes(m.state));

const openIncidents = (page: SnapshotPage) => page.incidents.filter((i) => i.state !== 'RESOLVED');

/** `status.json`: the rollup indicator and its description. */
export function statusJson(page: SnapshotPage, pageUrl: string): StatusJson {
  return { page: pageObject(page, pageUrl), status: { ...STATUS_INDICATOR[page.status] } };
}

/** `components.json`: every component, group components included. */
export function componentsJson(page: SnapshotPage, pageUrl: string): ComponentsJson {
  return { page: pageObject(page, pageUrl), components: componentList(page) };
}

/** `incidents.json`: the 50 most recent incidents, open and resolved, newest first. */
export function incidentsJson(page: SnapshotPage, pageUrl: string): IncidentsJson {
  const ctx = context(page, pageUrl);
  return {
    page: pageObject(page, pageUrl),
    incidents: page.recentIncidents.map((i) => incident(i, ctx)),
  };
}

/** `incidents/unresolved.json`: the open incidents, newest first. */
export function unresolvedIncidentsJson(page: SnapshotPage, pageUrl: string): IncidentsJson {
  const ctx = context(page, pageUrl);
  return {
    page: pageObject(page, pageUrl),
    incidents: openIncidents(page).map((i) => incident(i, ctx)),
  };
}

function maintenancesJson(
  page: SnapshotPage,
  pageUrl: string,
  states: readonly MaintenanceState[],
): ScheduledMaintenancesJson {
  const ctx = context(page, pageUrl);
  return {
    page: pageObject(page, pageUrl),
    scheduled_maintenances: listedMaintenances(page, states).map((m) => maintenance(m, ctx)),
  };
}

/** `scheduled-maintenances.json`: upcoming, in progress and recently completed maintenances. */
export const scheduledMaintenancesJson = (page: SnapshotPage, pageUrl: string) =>
  maintenancesJson(page, pageUrl, ['SCHEDULED', 'IN_PROGRESS', 'COMPLETED']);

/** `scheduled-maintenances/upcoming.json`: maintenances still to start. */
export const upcomingMaintenancesJson = (page: SnapshotPage, pageUrl: string) =>
  maintenancesJson(page, pageUrl, ['SCHEDULED']);

/** `scheduled-maintenances/active.json`: maintenances in progress. */
export const activeMaintenancesJson = (page: SnapshotPage, pageUrl: string) =>
  maintenancesJson(page, pageUrl, ['IN_PROGRESS']);

/**
 * `summary.json`: as Statuspage documents it, the status indicator, every component, the
 * unresolved incidents and the upcoming or in-progress maintenances.
 */
export function summaryJson(page: SnapshotPage, pageUrl: string): SummaryJson {
  const ctx = context(page, pageUrl);
  return {
    page: pageObject(page, pageUrl),
    components: componentList(page),
    incidents: openIncidents(page).map((i) => incident(i, ctx)),
    scheduled_maintenances: listedMaintenances(page, ['SCHEDULED', 'IN_PROGRESS']).map((m) =>
      maintenance(m, ctx),
    ),
    status: { ...STATUS_INDICATOR[page.status] },
  };
}

type Endpoint = (page: SnapshotPage, pageUrl: string) => object;

/**
 * Each endpoint by its path after `api/v2/`. Without a prototype, so that a request path such as
 * `constructor` or `__proto__` finds nothing rather than an Object method.
 */
export const STATUSPAGE_ENDPOINTS: Record<string, Endpoint> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, Endpoint>, {
    'summary.json': summaryJson,
    'status.json': statusJson,
    'components.json': componentsJson,
    'incidents.json': incidentsJson,
    'incidents/unresolved.json': unresolvedIncidentsJson,
    'scheduled-maintenances.json': scheduledMaintenancesJson,
    'scheduled-maintenances/upcoming.json': upcomingMaintenancesJson,
    'scheduled-maintenances/active.json': activeMaintenancesJson,
  }),
);

/** The endpoint at `path` (after `api/v2/`), or undefined for any other path. */
export const statuspageEndpoint = (path: string): Endpoint | undefined =>
  Object.hasOwn(STATUSPAGE_ENDPOINTS, path) ? STATUSPAGE_ENDPOINTS[path] : undefined;

/** The body of a 404 under `api/v2/`. */
export const notFoundJson = (): { error: string } => ({ error: 'not found' });
