import { describe, it, expect } from 'vitest';
import type { ComponentStatus, SnapshotPage } from './snapshot-types.ts';
import {
  STATUSPAGE_ENDPOINTS,
  STATUS_INDICATOR,
  activeMaintenancesJson,
  componentsJson,
  groupComponentId,
  incidentsJson,
  notFoundJson,
  scheduledMaintenancesJson,
  statusJson,
  statuspageEndpoint,
  summaryJson,
  unresolvedIncidentsJson,
  upcomingMaintenancesJson,
  uuidV5,
} from './statuspage-json.ts';
import {
  PAGE_KEYS,
  COMPONENT_KEYS,
  GROUP_COMPONENT_KEYS,
  INCIDENT_KEYS,
  MAINTENANCE_KEYS,
  UPDATE_KEYS,
  STATUS_KEYS,
  EXTRA_INCIDENT_KEYS,
  COMPONENT_STATUSES,
  INDICATORS,
  INCIDENT_STATUSES,
  MAINTENANCE_STATUSES,
  IMPACTS,
} from '../../../test/support/statuspage-fields.ts';

const TOP_LEVEL_KEYS: Record<string, string[]> = {
  'summary.json': ['page', 'components', 'incidents', 'scheduled_maintenances', 'status'],
  'status.json': ['page', 'status'],
  'components.json': ['page', 'components'],
  'incidents.json': ['page', 'incidents'],
  'incidents/unresolved.json': ['page', 'incidents'],
  'scheduled-maintenances.json': ['page', 'scheduled_maintenances'],
  'scheduled-maintenances/upcoming.json': ['page', 'scheduled_maintenances'],
  'scheduled-maintenances/active.json': ['page', 'scheduled_maintenances'],
};

const PAGE_URL = 'https://status.example.com/acme';

const openIncident = {
  id: '0b7e6d1a-1111-4c1e-9a55-000000000001',
  title: 'Elevated API error rates',
  state: 'IDENTIFIED',
  impact: 'MAJOR',
  declaredAt: '2025-11-28T09:02:00.000Z',
  startedAt: '2025-11-28T08:55:00.000Z',
  updatedAt: '2025-11-28T09:40:00.000Z',
  monitoringAt: null,
  resolvedAt: null,
  nextUpdateDueAt: '2025-11-28T10:10:00.000Z',
  updateOverdueBySeconds: 0,
  components: [{ id: 'c-api', name: 'API' }],
  updates: [
    {
      id: 'u-open-2',
      body: 'A faulty deploy was identified; rolling back. Next update by 10:10 UTC.',
      state: 'IDENTIFIED',
      postedAt: '2025-11-28T09:40:00.000Z',
      correctedAt: null,
    },
    {
      id: 'u-open-1',
      body: 'We are investigating elevated error rates on the API.',
      state: 'INVESTIGATING',
      postedAt: '2025-11-28T09:02:00.000Z',
      correctedAt: null,
    },
  ],
} satisfies SnapshotPage['incidents'][number];

const resolvedIncident = {
  id: '0b7e6d1a-1111-4c1e-9a55-000000000002',
  title: 'Slow database queries',
  state: 'RESOLVED',
  impact: 'MINOR',
  declaredAt: '2025-11-20T14:00:00.000Z',
  startedAt: '2025-11-20T13:50:00.000Z',
  updatedAt: '2025-11-20T15:30:00.000Z',
  monitoringAt: '2025-11-20T15:00:00.000Z',
  resolvedAt: '2025-11-20T15:30:00.000Z',
  nextUpdateDueAt: null,
  updateOverdueBySeconds: 0,
  components: [
    { id: 'c-db', name: 'Database' },
    { id: 'c-gone', name: 'Deleted since' },
  ],
  updates: [
    {
      id: 'u-res-3',
      body: 'Resolved.',
      state: 'RESOLVED',
      postedAt: '2025-11-20T15:30:00.000Z',
      correctedAt: null,
    },
    {
      id: 'u-res-2',
      body: 'A fix is in place; monitoring.',
      state: 'MONITORING',
      postedAt: '2025-11-20T15:00:00.000Z',
      correctedAt: null,
    },
    {
      id: 'u-res-1',
      body: 'Queries are slow.',
      state: 'INVESTIGATING',
      postedAt: '2025-11-20T14:00:00.000Z',
      correctedAt: null,
    },
  ],
} satisfies SnapshotPage['incidents'][number];

const fixture: SnapshotPage = {
  slug: 'acme',
  name: 'Acme',
  host: null,
  timeZone: 'Europe/Berlin',
  status: 'PARTIAL_OUTAGE',
  asOf: '2025-11-28T12:00:00.000Z',
  uptimeMethod: 'component-status',
  historyMonths: [],
  components: [
    // Deliberately out of order: the output is in position order.
    {
      id: 'c-db',
      name: 'Database',
      description: 'Primary PostgreSQL cluster',
      group: 'Data',
      position: 3,
      status: 'DEGRADED_PERFORMANCE',
      createdAt: '2025-01-03T00:00:00.000Z',
      updatedAt: '2025-11-27T08:00:00.000Z',
    },
    {
      id: 'c-api',
      name: 'API',
      description: 'Public REST and GraphQL API',
      group: 'Core',
      position: 1,
      status: 'PARTIAL_OUTAGE',
      createdAt: '2025-01-02T00:00:00.000Z',
      updatedAt: '2025-11-28T09:02:00.000Z',
    },
    {
      id: 'c-docs',
      name: 'Documentation',
      description: '',
      group: null,
      position: 0,
      status: 'OPERATIONAL',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    },
    {
      id: 'c-web',
      name: 'Web app',
      description: 'Dashboard',
      group: 'Core',
      position: 2,
      status: 'OPERATIONAL',
      createdAt: '2025-01-01T12:00:00.000Z',
      updatedAt: '2025-06-01T00:00:00.000Z',
    },
    {
      id: 'c-backups',
      name: 'Backups',
      description: 'Nightly backups',
      group: 'Data',
      position: 4,
      status: 'UNDER_MAINTENANCE',
      createdAt: '2025-02-01T00:00:00.000Z',
      updatedAt: '2025-11-28T11:00:00.000Z',
    },
  ],
  uptime: ['c-api', 'c-web', 'c-db'].map((componentId) => ({
    componentId,
    ratio: 0.999,
    days: [{ date: '2025-11-28', ratio: 0.99, worstStatus: 'PARTIAL_OUTAGE' as const }],
  })),
  incidents: [openIncident],
  recentIncidents: [openIncident, resolvedIncident],
  maintenances: [
    {
      id: 'm-upcoming',
      title: 'Database upgrade',
      description: 'Upgrading PostgreSQL to 18.',
      state: 'SCHEDULED',
      scheduledFor: '2025-12-01T02:00:00.000Z',
      scheduledUntil: '2025-12-01T04:00:00.000Z',
      createdAt: '2025-11-25T10:00:00.000Z',
      updatedAt: '2025-11-25T10:00:00.000Z',
      completedAt: null,
      components: [{ id: 'c-db', name: 'Database' }],
    },
    {
      id: 'm-active',
      title: 'Backup storage migration',
      description: 'Moving backups to new storage.',
      state: 'IN_PROGRESS',
      scheduledFor: '2025-11-28T11:00:00.000Z',
      scheduledUntil: '2025-11-28T13:00:00.000Z',
      createdAt: '2025-11-21T10:00:00.000Z',
      updatedAt: '2025-11-28T11:00:00.000Z',
      completedAt: null,
      components: [{ id: 'c-backups', name: 'Backups' }],
    },
    {
      id: 'm-done',
      title: 'Certificate rotation',
      description: 'Rotating TLS certificates.',
      state: 'COMPLETED',
      scheduledFor: '2025-11-10T02:00:00.000Z',
      scheduledUntil: '2025-11-10T03:00:00.000Z',
      createdAt: '2025-11-05T10:00:00.000Z',
      updatedAt: '2025-11-10T02:40:00.000Z',
      completedAt: '2025-11-10T02:40:00.000Z',
      components: [{ id: 'c-api', name: 'API' }],
    },
  ],
};

type Json = Record<string, unknown>;
const asJson = (value: object): Json => JSON.parse(JSON.stringify(value)) as Json;
const list = (value: unknown): Json[] => {
  expect(Array.isArray(value)).toBe(true);
  return value as Json[];
};
const keysOf = (value: unknown) => Object.keys(value as object).sort();
const sorted = (keys: string[]) => [...keys].sort();

function checkComponent(c: Json) {
  expect(keysOf(c)).toEqual(sorted(c.group === true ? GROUP_COMPONENT_KEYS : COMPONENT_KEYS));
  expect(COMPONENT_STATUSES).toContain(c.status);
  expect(c.page_id).toBe('acme');
}

function checkUpdate(u: Json, statuses: string[], incidentId: unknown) {
  expect(keysOf(u)).toEqual(sorted(UPDATE_KEYS));
  expect(statuses).toContain(u.status);
  expect(u.incident_id).toBe(incidentId);
}

function checkIncident(i: Json) {
  const open = i.status !== 'resolved' && i.status !== 'postmortem';
  expect(keysOf(i)).toEqual(
    sorted(open ? [...INCIDENT_KEYS, ...EXTRA_INCIDENT_KEYS] : INCIDENT_KEYS),
  );
  expect(INCIDENT_STATUSES).toContain(i.status);
  expect(IMPACTS).toContain(i.impact);
  for (const u of list(i.incident_updates)) checkUpdate(u, INCIDENT_STATUSES, i.id);
  for (const c of list(i.components)) checkComponent(c);
}

function checkMaintenance(m: Json) {
  expect(keysOf(m)).toEqual(sorted(MAINTENANCE_KEYS));
  expect(MAINTENANCE_STATUSES).toContain(m.status);
  expect(m.impact).toBe('maintenance');
  for (const u of list(m.incident_updates)) checkUpdate(u, MAINTENANCE_STATUSES, m.id);
  for (const c of list(m.components)) checkComponent(c);
}

describe('Statuspage API v2 endpoints', () => {
  it('serves exactly the documented paths', () => {
    expect(Object.keys(STATUSPAGE_ENDPOINTS).sort()).toEqual(Object.keys(TOP_LEVEL_KEYS).sort());
    expect(STATUSPAGE_ENDPOINTS['summary.json']).toBe(summaryJson);
    expect(STATUSPAGE_ENDPOINTS['incidents/unresolved.json']).toBe(unresolvedIncidentsJson);
    expect(STATUSPAGE_ENDPOINTS['scheduled-maintenances/active.json']).toBe(activeMaintenancesJson);
  });

  it('finds nothing at paths that are Object members', () => {
    for (const path of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'summary']) {
      expect(STATUSPAGE_ENDPOINTS[path]).toBeUndefined();
      expect(statuspageEndpoint(path)).toBeUndefined();
    }
    expect(statuspageEndpoint('status.json')).toBe(statusJson);
    expect(notFoundJson()).toEqual({ error: 'not found' });
  });

  for (const [path, endpoint] of Object.entries(TOP_LEVEL_KEYS)) {
    it(`${path}: every object has exactly Statuspage's keys and values in its enums`, () => {
      const body = STATUSPAGE_ENDPOINTS[path]!(fixture, PAGE_URL);
      // JSON-safe: nothing lost or changed by serialisation (no undefined, Date or Map).
      expect(asJson(body)).toEqual(body);
      const json = asJson(body);
      expect(Object.keys(json)).toEqual(endpoint);
      expect(keysOf(json.page)).toEqual(sorted(PAGE_KEYS));
      if ('status' in json) {
        expect(keysOf(json.status)).toEqual(sorted(STATUS_KEYS));
        expect(INDICATORS).toContain((json.status as Json).indicator);
      }
      if ('components' in json) list(json.components).forEach(checkComponent);
      if ('incidents' in json) list(json.incidents).forEach(checkIncident);
      if ('scheduled_maintenances' in json) {
        list(json.scheduled_maintenances).forEach(checkMaintenance);
      }
    });
  }

  it('describes the page', () => {
    expect(statusJson(fixture, PAGE_URL).page).toEqual({
      id: 'acme',
      name: 'Acme',
      url: PAGE_URL,
      time_zone: 'Europe/Berlin',
      // The newest change on the page: the in-progress maintenance and Backups, at 11:00.
      updated_at: '2025-11-28T11:00:00.000Z',
    });
    const quiet = {
      ...fixture,
      components: [],
      incidents: [],
      recentIncidents: [],
      maintenances: [],
    };
    expect(statusJson(quiet, 'https://acme.example.com').page).toMatchObject({
      url: 'https://acme.example.com',
      updated_at: fixture.asOf,
    });
  });
});

describe('status indicator', () => {
  const table: [ComponentStatus, string, string][] = [
    ['OPERATIONAL', 'none', 'All Systems Operational'],
    ['UNDER_MAINTENANCE', 'none', 'Service Under Maintenance'],
    ['DEGRADED_PERFORMANCE', 'minor', 'Partially Degraded Service'],
    ['PARTIAL_OUTAGE', 'major', 'Partial System Outage'],
    ['MAJOR_OUTAGE', 'critical', 'Major System Outage'],
  ];
  it.each(table)('%s reads %s, "%s"', (status, indicator, description) => {
    const page = { ...fixture, status };
    expect(statusJson(page, PAGE_URL).status).toEqual({ indicator, description });
    expect(summaryJson(page, PAGE_URL).status).toEqual({ indicator, description });
    expect(STATUS_INDICATOR[status]).toEqual({ indicator, description });
  });
});

describe('components', () => {
  const components = componentsJson(fixture, PAGE_URL).components;
  const core = groupComponentId('acme', 'Core');
  const data = groupComponentId('acme', 'Data');

  it('lists a group component before its components, in position order', () => {
    expect(components.map((c) => c.id)).toEqual([
      'c-docs',
      core,
      'c-api',
      'c-web',
      data,
      'c-db',
      'c-backups',
    ]);
  });

  it('links groups and their components both ways', () => {
    const groups = components.filter((c) => c.group);
    expect(groups.map((g) => [g.name, g.components])).toEqual([
      ['Core', ['c-api', 'c-web']],
      ['Data', ['c-db', 'c-backups']],
    ]);
    for (const g of groups) {
      expect(g.group_id).toBeNull();
      for (const childId of g.components!) {
        const child = components.find((c) => c.id === childId)!;
        expect(child.group).toBe(false);
        expect(child.group_id).toBe(g.id);
      }
    }
    const children = components.filter((c) => !c.group && c.group_id !== null);
    for (const child of children) {
      expect(groups.find((g) => g.id === child.group_id)?.components).toContain(child.id);
    }
    expect(components.find((c) => c.id === 'c-docs')).toMatchObject({
      group: false,
      group_id: null,
      description: null,
    });
    expect(components.filter((c) => !c.group).every((c) => !('components' in c))).toBe(true);
  });

  it("gives a group its worst component's status and its first component's position", () => {
    expect(components.find((c) => c.id === core)).toMatchObject({
      status: 'partial_outage',
      position: 1,
      created_at: '2025-01-01T12:00:00.000Z',
      updated_at: '2025-11-28T09:02:00.000Z',
    });
    // Degraded performance is worse than maintenance.
    expect(components.find((c) => c.id === data)).toMatchObject({
      status: 'degraded_performance',
      position: 3,
    });
  });

  it('derives stable group ids from the slug and the group name', () => {
    const uuidV5Shape = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(core).toMatch(uuidV5Shape);
    expect(groupComponentId('acme', 'Core')).toBe(core);
    expect(componentsJson(fixture, PAGE_URL).components[1]!.id).toBe(core);
    expect(groupComponentId('other', 'Core')).not.toBe(core);
    expect(groupComponentId('acme', 'Data')).not.toBe(core);
  });

  it('computes UUID v5 as RFC 9562 does', () => {
    // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('maps each component', () => {
    expect(components.find((c) => c.id === 'c-backups')).toEqual({
      id: 'c-backups',
      name: 'Backups',
      status: 'under_maintenance',
      created_at: '2025-02-01T00:00:00.000Z',
      updated_at: '2025-11-28T11:00:00.000Z',
      position: 4,
      description: 'Nightly backups',
      // No uptime bar on the page.
      showcase: false,
      start_date: null,
      group_id: data,
      page_id: 'acme',
      group: false,
      only_show_if_degraded: false,
    });
    expect(components.find((c) => c.id === 'c-api')?.showcase).toBe(true);
  });
});

describe('incidents', () => {
  it('incidents.json lists the recent incidents, open and resolved, newest first', () => {
    const incidents = incidentsJson(fixture, PAGE_URL).incidents;
    expect(incidents.map((i) => [i.id, i.status])).toEqual([
      [openIncident.id, 'identified'],
      [resolvedIncident.id, 'resolved'],
    ]);
  });

  it('unresolved.json and summary.json exclude resolved incidents', () => {
    const stale = { ...resolvedIncident, id: 'resolved-but-listed-as-open' };
    const page = { ...fixture, incidents: [openIncident, stale] };
    for (const body of [unresolvedIncidentsJson(page, PAGE_URL), summaryJson(page, PAGE_URL)]) {
      expect(body.incidents.map((i) => i.id)).toEqual([openIncident.id]);
    }
  });

  it('maps an open incident, with our extras', () => {
    const [incident] = unresolvedIncidentsJson(fixture, PAGE_URL).incidents;
    expect(incident).toMatchObject({
      id: openIncident.id,
      name: 'Elevated API error rates',
      status: 'identified',
      created_at: '2025-11-28T09:02:00.000Z',
      updated_at: '2025-11-28T09:40:00.000Z',
      monitoring_at: null,
      resolved_at: null,
      impact: 'major',
      shortlink: `${PAGE_URL}/incidents/${openIncident.id}`,
      started_at: '2025-11-28T08:55:00.000Z',
      page_id: 'acme',
      next_update_due_at: '2025-11-28T10:10:00.000Z',
      update_overdue_by_seconds: 0,
    });
    expect(incident!.components.map((c) => [c.id, c.group_id])).toEqual([
      ['c-api', groupComponentId('acme', 'Core')],
    ]);
    expect(incident!.incident_updates).toEqual([
      {
        id: 'u-open-2',
        status: 'identified',
        body: openIncident.updates[0]!.body,
        incident_id: openIncident.id,
        created_at: '2025-11-28T09:40:00.000Z',
        updated_at: '2025-11-28T09:40:00.000Z',
        display_at: '2025-11-28T09:40:00.000Z',
        affected_components: null,
        deliver_notifications: true,
        custom_tweet: null,
        tweet_id: null,
      },
      expect.objectContaining({ id: 'u-open-1', status: 'investigating' }),
    ]);
  });

  it('reports an overdue promise', () => {
    const overdue = { ...openIncident, updateOverdueBySeconds: 420 };
    const [incident] = unresolvedIncidentsJson(
      { ...fixture, incidents: [overdue] },
      PAGE_URL,
    ).incidents;
    expect(incident).toMatchObject({
      next_update_due_at: '2025-11-28T10:10:00.000Z',
      update_overdue_by_seconds: 420,
    });
    const unpromised = { ...openIncident, nextUpdateDueAt: null };
    const [plain] = unresolvedIncidentsJson(
      { ...fixture, incidents: [unpromised] },
      PAGE_URL,
    ).incidents;
    expect(plain).toHaveProperty('next_update_due_at', null);
  });

  it('maps a resolved incident without our extras, leaving out deleted components', () => {
    const incident = incidentsJson(fixture, PAGE_URL).incidents[1]!;
    expect(incident).toMatchObject({
      status: 'resolved',
      impact: 'minor',
      monitoring_at: '2025-11-20T15:00:00.000Z',
      resolved_at: '2025-11-20T15:30:00.000Z',
    });
    expect(incident).not.toHaveProperty('next_update_due_at');
    expect(incident).not.toHaveProperty('update_overdue_by_seconds');
    expect(incident.components.map((c) => c.id)).toEqual(['c-db']);
    expect(incident.incident_updates.map((u) => u.status)).toEqual([
      'resolved',
      'monitoring',
      'investigating',
    ]);
  });
});

describe('scheduled maintenances', () => {
  const ids = (body: { scheduled_maintenances: { id: string }[] }) =>
    body.scheduled_maintenances.map((m) => m.id);

  it('splits upcoming from active, and lists both in summary.json', () => {
    expect(ids(scheduledMaintenancesJson(fixture, PAGE_URL))).toEqual([
      'm-upcoming',
      'm-active',
      'm-done',
    ]);
    expect(ids(upcomingMaintenancesJson(fixture, PAGE_URL))).toEqual(['m-upcoming']);
    expect(ids(activeMaintenancesJson(fixture, PAGE_URL))).toEqual(['m-active']);
    expect(ids(summaryJson(fixture, PAGE_URL))).toEqual(['m-upcoming', 'm-active']);
  });

  it('never lists a cancelled maintenance', () => {
    const cancelled = {
      ...fixture.maintenances[0]!,
      id: 'm-cancelled',
      state: 'CANCELLED' as const,
    };
    const page = { ...fixture, maintenances: [...fixture.maintenances, cancelled] };
    expect(ids(scheduledMaintenancesJson(page, PAGE_URL))).not.toContain('m-cancelled');
  });

  it('maps a maintenance as an incident announced once', () => {
    const [m] = activeMaintenancesJson(fixture, PAGE_URL).scheduled_maintenances;
    expect(m).toMatchObject({
      id: 'm-active',
      name: 'Backup storage migration',
      status: 'in_progress',
      created_at: '2025-11-21T10:00:00.000Z',
      updated_at: '2025-11-28T11:00:00.000Z',
      monitoring_at: null,
      resolved_at: null,
      impact: 'maintenance',
      shortlink: `${PAGE_URL}/maintenances/m-active`,
      page_id: 'acme',
      scheduled_for: '2025-11-28T11:00:00.000Z',
      scheduled_until: '2025-11-28T13:00:00.000Z',
    });
    expect(m!.components.map((c) => c.id)).toEqual(['c-backups']);
    expect(m!.incident_updates).toEqual([
      expect.objectContaining({
        status: 'scheduled',
        body: 'Moving backups to new storage.',
        incident_id: 'm-active',
        created_at: '2025-11-21T10:00:00.000Z',
        display_at: '2025-11-21T10:00:00.000Z',
      }),
    ]);
    const done = scheduledMaintenancesJson(fixture, PAGE_URL).scheduled_maintenances[2]!;
    expect(done).toMatchObject({ status: 'completed', resolved_at: '2025-11-10T02:40:00.000Z' });
  });
});
