import { request as httpRequest } from 'node:http';
import { randomUUID } from 'node:crypto';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, makeTenant, type TestApi, type TestTenant } from '../support/api.js';
import { makeIncident } from '../support/incidents.js';
import { startStatusSite, type StatusSite } from '../support/status-site.js';
import {
  PAGE_KEYS,
  COMPONENT_KEYS,
  GROUP_COMPONENT_KEYS,
  INCIDENT_KEYS,
  MAINTENANCE_KEYS,
  UPDATE_KEYS,
  STATUS_KEYS,
  OPEN_INCIDENT_KEYS,
} from '../support/statuspage-fields.js';

/** Each endpoint, relative to the page root, with its top-level keys in order. */
const ENDPOINTS: Record<string, string[]> = {
  'api/v2/summary.json': ['page', 'components', 'incidents', 'scheduled_maintenances', 'status'],
  'api/v2/status.json': ['page', 'status'],
  'api/v2/components.json': ['page', 'components'],
  'api/v2/incidents.json': ['page', 'incidents'],
  'api/v2/incidents/unresolved.json': ['page', 'incidents'],
  'api/v2/scheduled-maintenances.json': ['page', 'scheduled_maintenances'],
  'api/v2/scheduled-maintenances/upcoming.json': ['page', 'scheduled_maintenances'],
  'api/v2/scheduled-maintenances/active.json': ['page', 'scheduled_maintenances'],
};
const FEEDS = { 'history.rss': 'application/rss+xml', 'history.atom': 'application/atom+xml' };

type Json = Record<string, unknown>;
const sorted = (keys: readonly string[]) => [...keys].sort();
const keysOf = (value: unknown) => Object.keys(value as object).sort();
const list = (value: unknown) => value as Json[];
const ids = (value: unknown) => list(value).map((x) => x.id);

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * GET `path` exactly as written (no URL normalisation or escaping) from `site`, optionally as
 * another host: fetch refuses to set `Host`, and would escape the malformed paths we send.
 */
function get(site: StatusSite, path: string, host?: string, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(site.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { hostname, port, path, method, headers: host ? { host } : {}, timeout: 10_000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

async function getJson(site: StatusSite, path: string, host?: string) {
  const reply = await get(site, path, host);
  expect(reply.headers['content-type'], `${path}: ${reply.body}`).toMatch(/^application\/json\b/);
  return { ...reply, json: JSON.parse(reply.body) as Json };
}

const h1 = (html: string) => /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.trim();

/** Polls `check` until it passes (changes reach the site through its live stream). */
async function eventually(check: () => Promise<void>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

const SETTINGS = 'mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { id } }';

async function gql(api: TestApi, tenant: TestTenant, query: string, input: Json) {
  const res = await api.gql(query, { input }, tenant.admin);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data as Record<string, { id: string }>;
}

const component = async (api: TestApi, tenant: TestTenant, input: Json) =>
  (
    await gql(
      api,
      tenant,
      'mutation($input: CreateComponentInput!) { createComponent(input: $input) { id } }',
      input,
    )
  ).createComponent!.id;

const post = (api: TestApi, tenant: TestTenant, input: Json) =>
  gql(
    api,
    tenant,
    'mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }',
    input,
  );

const maintenance = async (api: TestApi, tenant: TestTenant, input: Json) =>
  (
    await gql(
      api,
      tenant,
      'mutation($input: ScheduleMaintenanceInput!) { scheduleMaintenance(input: $input) { id } }',
      input,
    )
  ).scheduleMaintenance!.id;

describe('status site: Statuspage API v2, feeds and host routing (built site, real API)', () => {
  let api: TestApi;
  let site: StatusSite;
  let hostSite: StatusSite;
  let a: TestTenant;
  let b: TestTenant;
  const tag = randomUUID().slice(0, 8);
  // Tenant A: a grouped and an ungrouped component, an open SEV1 incident with a public and an
  // internal update, a resolved incident, an upcoming and an in-progress maintenance.
  const A = {
    group: `Core ${tag}`,
    grouped: `Checkout ${tag}`,
    plain: `Billing ${tag}`,
    open: `Card payments fail ${tag}`,
    resolved: `Slow search ${tag}`,
    publicBody: `We are investigating failed card payments ${tag}.`,
    internalBody: `INTERNAL-ONLY provider B returns 502 ${tag}`,
    upcoming: `Database upgrade ${tag}`,
    active: `Backup storage migration ${tag}`,
    ids: { grouped: '', plain: '', open: '', resolved: '', upcoming: '', active: '' },
  };
  // Tenant B: everything distinctive, none of which may show on A's outputs.
  const B = {
    component: `Globex-only component ${tag}`,
    title: `Globex-only incident ${tag}`,
    body: `Globex-only update body ${tag}`,
    internal: `Globex-only internal note ${tag}`,
    id: '',
  };

  const pageOf = (tenant: TestTenant) => `${site.url}/${tenant.slug}`;

  beforeAll(async () => {
    api = await startTestApi();
    const apiUrl = `${await api.listen()}/graphql`;
    [a, b] = await Promise.all([
      makeTenant(api, { riskProfile: 'CONSUMER' }),
      makeTenant(api, { riskProfile: 'CONSUMER' }),
    ]);

    A.ids.grouped = await component(api, a, { name: A.grouped, group: A.group, position: 1 });
    A.ids.plain = await component(api, a, { name: A.plain, position: 2 });
    A.ids.open = await makeIncident(api, a, {
      title: A.open,
      severity: 'SEV1',
      componentIds: [A.ids.grouped],
      componentStatus: 'MAJOR_OUTAGE',
    });
    await post(api, a, { incidentId: A.ids.open, visibility: 'PUBLIC', body: A.publicBody });
    await post(api, a, { incidentId: A.ids.open, visibility: 'INTERNAL', body: A.internalBody });
    A.ids.resolved = await makeIncident(api, a, { title: A.resolved, severity: 'SEV3' });
    await post(api, a, {
      incidentId: A.ids.resolved,
      visibility: 'PUBLIC',
      body: `Search is fast again ${tag}.`,
      state: 'RESOLVED',
    });
    const hour = 3_600_000;
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    A.ids.upcoming = await maintenance(api, a, {
      title: A.upcoming,
      componentIds: [A.ids.grouped],
      scheduledFor: at(24 * hour),
      scheduledUntil: at(26 * hour),
    });
    A.ids.active = await maintenance(api, a, {
      title: A.active,
      componentIds: [A.ids.plain],
      scheduledFor: at(-hour),
      scheduledUntil: at(hour),
    });

    const bComponent = await component(api, b, { name: B.component, group: B.component });
    B.id = await makeIncident(api, b, {
      title: B.title,
      severity: 'SEV1',
      componentIds: [bComponent],
      componentStatus: 'PARTIAL_OUTAGE',
    });
    await post(api, b, { incidentId: B.id, visibility: 'PUBLIC', body: B.body });
    await post(api, b, { incidentId: B.id, visibility: 'INTERNAL', body: B.internal });

    // Custom hosts are looked up once and remembered: set before the site first sees them.
    await gql(api, a, SETTINGS, { statusPageHost: `status.${a.slug}.example` });

    [site, hostSite] = await Promise.all([
      startStatusSite(apiUrl, { KEEPWATCH_SNAPSHOT_TTL_MS: '0' }),
      startStatusSite(apiUrl, {
        KEEPWATCH_SNAPSHOT_TTL_MS: '0',
        KEEPWATCH_BASE_DOMAIN: 'status.test',
        // As behind a TLS-terminating proxy: readers' links are https although this hop is not.
        KEEPWATCH_PUBLIC_PROTOCOL: 'https',
      }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([site?.stop(), hostSite?.stop()]);
    await api?.close();
  });

  describe('JSON endpoints', () => {
    it('answer every documented path with JSON, CDN caching and exactly the Statuspage keys', async () => {
      for (const [path, topLevel] of Object.entries(ENDPOINTS)) {
        const { status, headers, json } = await getJson(site, `/${a.slug}/${path}`);
        expect(status, path).toBe(200);
        expect(headers['cache-control'], path).toContain('s-maxage');
        expect(headers['cache-control'], path).toContain('stale-if-error');
        expect(Object.keys(json), path).toEqual(topLevel);
        expect(keysOf(json.page), path).toEqual(sorted(PAGE_KEYS));
        expect(json.page, path).toMatchObject({
          id: a.slug,
          url: pageOf(a),
          name: `Tenant ${a.slug}`,
        });
        if ('status' in json) expect(keysOf(json.status), path).toEqual(sorted(STATUS_KEYS));
        const components = list(json.components ?? []);
        const incidents = list(json.incidents ?? []);
        const maintenances = list(json.scheduled_maintenances ?? []);
        for (const c of [
          ...components,
          ...incidents.flatMap((i) => list(i.components)),
          ...maintenances.flatMap((m) => list(m.components)),
        ]) {
          expect(keysOf(c), path).toEqual(sorted(c.group ? GROUP_COMPONENT_KEYS : COMPONENT_KEYS));
          expect(c.page_id, path).toBe(a.slug);
        }
        for (const i of incidents) {
          const open = i.status !== 'resolved' && i.status !== 'postmortem';
          expect(keysOf(i), path).toEqual(sorted(open ? OPEN_INCIDENT_KEYS : INCIDENT_KEYS));
          expect(i.shortlink, path).toBe(`${pageOf(a)}/incidents/${String(i.id)}`);
        }
        for (const m of maintenances) {
          expect(keysOf(m), path).toEqual(sorted(MAINTENANCE_KEYS));
          expect(m.shortlink, path).toBe(`${pageOf(a)}/maintenances/${String(m.id)}`);
        }
        for (const u of [...incidents, ...maintenances].flatMap((x) => list(x.incident_updates))) {
          expect(keysOf(u), path).toEqual(sorted(UPDATE_KEYS));
        }
      }
    });

    it('hold the right components, incidents and maintenances', async () => {
      const at = async (path: string) => (await getJson(site, `/${a.slug}/${path}`)).json;

      const summary = await at('api/v2/summary.json');
      const components = list(summary.components);
      const group = components.find((c) => c.group === true);
      expect(components.map((c) => [c.name, c.status])).toEqual([
        [A.group, 'major_outage'],
        [A.grouped, 'major_outage'],
        [A.plain, 'under_maintenance'],
      ]);
      expect(group?.components).toEqual([A.ids.grouped]);
      expect(components.find((c) => c.id === A.ids.grouped)?.group_id).toBe(group?.id);
      expect(ids(summary.incidents)).toEqual([A.ids.open]);
      expect(sorted(ids(summary.scheduled_maintenances) as string[])).toEqual(
        sorted([A.ids.upcoming, A.ids.active]),
      );
      expect(summary.status).toEqual({ indicator: 'critical', description: 'Major System Outage' });
      expect((await at('api/v2/components.json')).components).toEqual(summary.components);
      expect((await at('api/v2/status.json')).status).toEqual(summary.status);

      const [open] = list((await at('api/v2/incidents/unresolved.json')).incidents);
      expect(ids((await at('api/v2/incidents/unresolved.json')).incidents)).toEqual([A.ids.open]);
      expect(open).toMatchObject({ name: A.open, status: 'investigating', impact: 'critical' });
      expect(Date.parse(String(open!.next_update_due_at))).toBeGreaterThan(Date.now());
      expect(open!.update_overdue_by_seconds).toBe(0);
      expect(list(open!.incident_updates).map((u) => u.body)).toContain(A.publicBody);
      expect(ids(open!.components)).toEqual([A.ids.grouped]);

      const recent = list((await at('api/v2/incidents.json')).incidents);
      expect(recent.map((i) => [i.id, i.status])).toEqual([
        [A.ids.resolved, 'resolved'],
        [A.ids.open, 'investigating'],
      ]);
      expect(recent[0]).not.toHaveProperty('next_update_due_at');
      expect(recent[1]).toHaveProperty('next_update_due_at', open!.next_update_due_at);

      const upcoming = list(
        (await at('api/v2/scheduled-maintenances/upcoming.json')).scheduled_maintenances,
      );
      const active = list(
        (await at('api/v2/scheduled-maintenances/active.json')).scheduled_maintenances,
      );
      expect(upcoming.map((m) => [m.id, m.status, m.name])).toEqual([
        [A.ids.upcoming, 'scheduled', A.upcoming],
      ]);
      expect(active.map((m) => [m.id, m.status, m.name])).toEqual([
        [A.ids.active, 'in_progress', A.active],
      ]);
      expect(ids(active[0]!.components)).toEqual([A.ids.plain]);
      expect(
        sorted(
          ids((await at('api/v2/scheduled-maintenances.json')).scheduled_maintenances) as string[],
        ),
      ).toEqual(sorted([A.ids.upcoming, A.ids.active]));
    });

    it('answers 404 JSON for an unknown page or endpoint', async () => {
      const paths = [
        '/no-such-tenant-here/api/v2/summary.json',
        `/${a.slug}/api/v2/nope.json`,
        `/${a.slug}/api/v2/constructor`,
        `/${a.slug}/api/v2/__proto__`,
        `/${a.slug}/api/v2/toString`,
        `/${a.slug}/api/v2/summary`,
      ];
      for (const path of paths) {
        const { status, json } = await getJson(site, path);
        expect(status, path).toBe(404);
        expect(json, path).toEqual({ error: 'not found' });
      }
    });
  });

  describe('feeds', () => {
    for (const [path, type] of Object.entries(FEEDS)) {
      it(`${path} parses and links both incidents to their pages`, async () => {
        const { status, headers, body } = await get(site, `/${a.slug}/${path}`);
        expect(status).toBe(200);
        expect(headers['content-type']).toBe(`${type}; charset=utf-8`);
        expect(headers['cache-control']).toContain('s-maxage');
        const feed = parseFeed(body);
        expect(feed.meta.type).toBe(path.endsWith('.rss') ? 'rss' : 'atom');
        expect(feed.url).toBe(pageOf(a));
        expect(feed.self).toBe(`${pageOf(a)}/${path}`);
        expect(feed.items.map((i) => [i.title, i.url])).toEqual([
          [A.resolved, `${pageOf(a)}/incidents/${A.ids.resolved}`],
          [A.open, `${pageOf(a)}/incidents/${A.ids.open}`],
        ]);
        expect(body).toContain(A.publicBody);
      });
    }
  });

  describe('isolation', () => {
    /** Everything public the site serves for `tenant`, by path. */
    async function outputs(tenant: TestTenant, extra: string[] = []) {
      const paths = [
        `/${tenant.slug}`,
        `/${tenant.slug}/history`,
        ...extra,
        ...Object.keys(ENDPOINTS).map((p) => `/${tenant.slug}/${p}`),
        ...Object.keys(FEEDS).map((p) => `/${tenant.slug}/${p}`),
      ];
      const replies = await Promise.all(paths.map((p) => get(site, p)));
      replies.forEach((r, n) => expect(r.status, paths[n]).toBe(200));
      return paths.map((path, n) => ({ path, body: replies[n]!.body }));
    }

    it("never shows another tenant's components, incidents or updates, nor any internal update", async () => {
      const mine = await outputs(a, [
        `/${a.slug}/incidents/${A.ids.open}`,
        `/${a.slug}/incidents/${A.ids.resolved}`,
        `/${a.slug}/maintenances/${A.ids.active}`,
      ]);
      for (const { path, body } of mine) {
        for (const foreign of [B.component, B.title, B.body, B.internal, A.internalBody]) {
          expect(body, path).not.toContain(foreign);
        }
      }
      // The checks above can fail: A's own public text is there, and B's on B's outputs.
      const all = mine.map((o) => o.body).join('\n');
      for (const text of [A.grouped, A.open, A.publicBody]) expect(all).toContain(text);
      const theirs = (await outputs(b)).map((o) => o.body).join('\n');
      for (const text of [B.component, B.title, B.body]) expect(theirs).toContain(text);
      expect(theirs).not.toContain(B.internal);
      expect(theirs).not.toContain(A.open);

      // Another tenant's incident is not found under this tenant's page.
      expect((await get(site, `/${a.slug}/incidents/${B.id}`)).status).toBe(404);
    });
  });

  describe('host routing', () => {
    const port = () => new URL(hostSite.url).port;

    it('serves <slug>.<base domain> at its root', async () => {
      const host = `${a.slug}.status.test:${port()}`;
      const page = await get(hostSite, '/', host);
      expect(page.status, page.body).toBe(200);
      expect(h1(page.body)).toBe(`Tenant ${a.slug}`);

      const { status, json } = await getJson(hostSite, '/api/v2/summary.json', host);
      expect(status).toBe(200);
      const origin = `https://${host}`;
      expect(json.page).toMatchObject({ id: a.slug, url: origin });
      expect(list(json.incidents)[0]?.shortlink).toBe(`${origin}/incidents/${A.ids.open}`);

      const atom = await get(hostSite, '/history.atom', host);
      expect(atom.status).toBe(200);
      const feed = parseFeed(atom.body);
      // The page's root is the origin itself; the parser spells it with its path, `/`.
      expect(feed.url).toBe(`${origin}/`);
      expect(feed.self).toBe(`${origin}/history.atom`);
      expect(feed.items.map((i) => i.url)).toContain(`${origin}/incidents/${A.ids.open}`);

      // The shortlinks lead to pages on this host.
      for (const path of [
        `/incidents/${A.ids.open}`,
        `/maintenances/${A.ids.active}`,
        '/history',
      ]) {
        expect((await get(hostSite, path, host)).status, path).toBe(200);
      }

      // Uptime monitors ask with HEAD: routed alike.
      for (const path of ['/', '/api/v2/status.json', '/history.rss']) {
        expect((await get(hostSite, path, host, 'HEAD')).status, `HEAD ${path}`).toBe(200);
      }

      // Each subdomain is its own tenant's; an unknown one is not found.
      expect(h1((await get(hostSite, '/', `${b.slug}.status.test:${port()}`)).body)).toBe(
        `Tenant ${b.slug}`,
      );
      expect((await get(hostSite, '/', `no-such-tenant.status.test:${port()}`)).status).toBe(404);
    });

    it("serves a tenant's custom host at its root", async () => {
      const host = `status.${a.slug}.example:${port()}`;
      const page = await get(hostSite, '/', host);
      expect(page.status, page.body).toBe(200);
      expect(h1(page.body)).toBe(`Tenant ${a.slug}`);
      const { status, json } = await getJson(hostSite, '/api/v2/status.json', host);
      expect(status).toBe(200);
      expect(json.page).toMatchObject({ id: a.slug, url: `https://${host}` });
      const rss = await get(hostSite, '/history.rss', host);
      expect(rss.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
      expect(parseFeed(rss.body).url).toBe(`https://${host}/`);
      expect(parseFeed(rss.body).items.map((i) => i.url)).toContain(
        `https://${host}/incidents/${A.ids.open}`,
      );
    });

    it('serves pages by path on any other host', async () => {
      const host = `elsewhere.example:${port()}`;
      const page = await get(hostSite, `/${a.slug}`, host);
      expect(page.status).toBe(200);
      expect(h1(page.body)).toBe(`Tenant ${a.slug}`);
      const { json } = await getJson(hostSite, `/${a.slug}/api/v2/status.json`, host);
      expect(json.page).toMatchObject({ url: `https://${host}/${a.slug}` });
      expect((await get(hostSite, '/', host)).status).toBeLessThan(500);
    });

    it('serves a kept page gzipped to readers who accept it, whatever the query string', async () => {
      const url = `${hostSite.url}/${a.slug}`;
      await fetch(url);
      // fetch asks for gzip and decodes it. The first request after a new snapshot read (or a
      // new 15 s bucket) renders; the ones after it are the kept, gzipped rendering.
      let kept: Response | undefined;
      for (let i = 0; i < 5 && !kept; i++) {
        const response = await fetch(`${url}?utm_source=${Math.random()}`);
        if (response.headers.get('content-encoding') === 'gzip') kept = response;
        else await response.text();
      }
      expect(kept?.headers.get('vary')).toBe('accept-encoding');
      expect(h1((await kept?.text()) ?? '')).toBe(`Tenant ${a.slug}`);
      const plain = await get(hostSite, `/${a.slug}`, `127.0.0.1:${port()}`);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(h1(plain.body)).toBe(`Tenant ${a.slug}`);
    });
  });

  describe('incident history by month', () => {
    it('lists the months with incidents and serves each month, never another tenant or month', async () => {
      const month = new Date().toISOString().slice(0, 7);
      const history = await get(site, `/${a.slug}/history`);
      expect(history.status).toBe(200);
      expect(history.body).toContain(`href="/${a.slug}/history/${month}"`);
      const page = await get(site, `/${a.slug}/history/${month}`);
      expect(page.status).toBe(200);
      expect(page.body).toContain(A.open);
      expect(page.body).toContain(A.resolved);
      expect(page.body).not.toContain(B.title);
      expect(page.body).not.toContain(A.internalBody);
      for (const other of ['2001-01', 'garbage', '2026-13', `${month}x`]) {
        expect((await get(site, `/${a.slug}/history/${other}`)).status, other).toBe(404);
      }
    });
  });

  describe('bad input', () => {
    it('never answers 5xx to malformed paths or query strings', async () => {
      const paths = [
        '/%ZZ',
        '/%',
        `/${a.slug}/incidents/%E0%A4%A`,
        `/${a.slug}/%E0%A4%A/api/v2/summary.json`,
        `/${a.slug}?x=%`,
        `/${a.slug}/api/v2/summary.json?callback=<script>alert(1)</script>`,
        `/${a.slug}/history.rss?x=%ZZ`,
        `/${'a'.repeat(3000)}`,
        `/${'a'.repeat(3000)}/api/v2/summary.json`,
        `/${a.slug}/incidents/not-a-uuid`,
        `/${a.slug}/maintenances/not-a-uuid`,
        `/${a.slug}/api/v2/%2e%2e/%2e%2e/summary.json`,
      ];
      for (const path of paths) {
        const reply = await get(site, path);
        expect(reply.status, `${path}: ${reply.body.slice(0, 300)}`).toBeLessThan(500);
      }
      for (const path of ['/%ZZ', '/incidents/%E0%A4%A', '/?x=%']) {
        const reply = await get(hostSite, path, `${a.slug}.status.test`);
        expect(reply.status, `${path} on the tenant's host`).toBeLessThan(500);
      }
      const jsonp = await get(site, `/${a.slug}/api/v2/summary.json?callback=<script>`);
      expect(jsonp.status).toBe(200);
      expect(jsonp.headers['content-type']).toMatch(/^application\/json\b/);
      expect(jsonp.body.startsWith('{')).toBe(true);
      expect(jsonp.body).not.toContain('<script>');
      expect(site.output()).not.toMatch(/URIError/);
    });
  });

  // Last: it takes tenant A's page away.
  describe('a private page', () => {
    it('is not found anywhere: page, JSON and feeds', async () => {
      expect((await get(site, `/${a.slug}`)).status).toBe(200);
      await gql(api, a, SETTINGS, { statusPagePublic: false });
      await eventually(async () => expect((await get(site, `/${a.slug}`)).status).toBe(404));
      for (const path of [
        '',
        '/history',
        `/incidents/${A.ids.open}`,
        ...Object.keys(ENDPOINTS).map((p) => `/${p}`),
        ...Object.keys(FEEDS).map((p) => `/${p}`),
      ]) {
        const reply = await get(site, `/${a.slug}${path}`);
        expect(reply.status, path).toBe(404);
        expect(reply.body, path).not.toContain(A.open);
      }
      for (const path of ['/', '/api/v2/summary.json', '/history.rss']) {
        const reply = await get(hostSite, path, `${a.slug}.status.test`);
        expect(reply.status, `${path} on the tenant's host`).toBe(404);
      }
    });
  });
});
