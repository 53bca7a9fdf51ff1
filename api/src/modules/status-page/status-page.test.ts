import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../../test/support/api.js';
import { makeComponent, makeIncident } from '../../../../test/support/incidents.js';

const UPDATE =
  'mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }';
const RESOLVE =
  'mutation($input: TransitionIncidentInput!) { transitionIncident(input: $input) { id } }';
const SETTINGS = `mutation($input: UpdateTenantInput!) {
  updateTenant(input: $input) { statusPagePublic statusPageHost timeZone } }`;
const INCIDENT = `id title state impact declaredAt startedAt updatedAt monitoringAt resolvedAt
  nextUpdateDueAt updateOverdueBySeconds components { id name }
  updates { id body state postedAt correctedAt }`;
const PAGE = `query($s: String!) { statusPage(slug: $s) {
  slug name host timeZone status uptimeMethod
  components { id name status createdAt }
  uptime { componentId ratio days { date ratio worstStatus } }
  incidents { ${INCIDENT} } recentIncidents { ${INCIDENT} } } }`;

let api: TestApi;
let wsUrl: string;
let acme: TestTenant;
let globex: TestTenant;

const code = (res: { body: { errors?: { extensions: { code: string } }[] } }) =>
  res.body.errors?.[0]?.extensions.code;
const page = async (slug: string) => (await api.gql(PAGE, { s: slug })).body.data.statusPage;

async function update(tenant: TestTenant, incidentId: string, input: Record<string, unknown>) {
  const res = await api.gql(UPDATE, { input: { incidentId, ...input } }, tenant.admin);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
}

beforeAll(async () => {
  api = await startTestApi();
  wsUrl = (await api.listen()).replace('http', 'ws') + '/graphql';
  [acme, globex] = await Promise.all([makeTenant(api), makeTenant(api)]);
});
afterAll(() => api.close());

describe('statusPage', () => {
  it('shows open and recent incidents with public updates only, impact and affected components', async () => {
    const api1 = await makeComponent(api, acme, 'Public API');
    const id = await makeIncident(api, acme, {
      title: 'API errors',
      severity: 'SEV1',
      componentIds: [api1],
      componentStatus: 'MAJOR_OUTAGE',
    });
    await update(acme, id, { visibility: 'PUBLIC', body: 'We are investigating.' });
    await update(acme, id, { visibility: 'INTERNAL', body: 'db-7 is on fire, paging Sam' });
    await update(acme, id, { visibility: 'PUBLIC', body: 'Fix rolled out.', state: 'MONITORING' });

    const open = await page(acme.slug);
    expect(open.status).toBe('MAJOR_OUTAGE');
    expect(open.incidents).toHaveLength(1);
    const incident = open.incidents[0];
    expect(incident).toMatchObject({
      id,
      title: 'API errors',
      state: 'MONITORING',
      impact: 'CRITICAL',
      resolvedAt: null,
      components: [{ id: api1, name: 'Public API' }],
    });
    expect(incident.updates.map((u: { body: string }) => u.body)).toEqual([
      'Fix rolled out.',
      'We are investigating.',
    ]);
    expect(incident.monitoringAt).toBe(incident.updates[0].postedAt);
    expect(incident.nextUpdateDueAt).not.toBeNull();
    expect(JSON.stringify(open)).not.toContain('db-7');

    await api.gql(RESOLVE, { input: { incidentId: id, to: 'RESOLVED' } }, acme.admin);
    const after = await page(acme.slug);
    expect(after.incidents).toEqual([]);
    expect(after.recentIncidents[0]).toMatchObject({
      id,
      state: 'RESOLVED',
      nextUpdateDueAt: null,
      updateOverdueBySeconds: 0,
    });
    expect(after.recentIncidents[0].resolvedAt).not.toBeNull();
    expect(JSON.stringify(after)).not.toContain('db-7');
  });

  it('shows a corrected public update with the corrected text, never the reason; announcing it takes the announcer', async () => {
    const id = await makeIncident(api, globex, { title: 'Search slow' });
    const posted = await api.gql(
      `mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) {
         timeline { id kind visibility } } }`,
      { input: { incidentId: id, visibility: 'PUBLIC', body: 'Search is down in EU.' } },
      globex.admin,
    );
    const update = posted.body.data.postStatusUpdate.timeline.findLast(
      (e: { kind: string }) => e.kind === 'STATUS_UPDATE',
    );
    const CORRECT = `mutation($input: CorrectTimelineEventInput!) { correctTimelineEvent(input: $input) { id } }`;
    const input = {
      eventId: update.id,
      reason: 'On-call misread the dashboard of region eu-west-3',
      correction: 'Search is slow, not down, in EU.',
    };
    const responder = await globex.token('RESPONDER');
    expect(code(await api.gql(CORRECT, { input }, responder))).toBe('FORBIDDEN');
    expect((await api.gql(CORRECT, { input }, globex.admin)).body.errors).toBeUndefined();

    const incident = (await page(globex.slug)).incidents.find((i: { id: string }) => i.id === id);
    expect(incident.updates).toEqual([
      expect.objectContaining({
        body: 'Search is slow, not down, in EU.',
        correctedAt: expect.any(String),
      }),
    ]);
    const shown = JSON.stringify(await page(globex.slug));
    expect(shown).not.toContain('Search is down in EU.');
    expect(shown).not.toContain('misread');
  });

  it("gives 90 days of uptime per component, today's showing an outage and days before listing no data", async () => {
    const search = await makeComponent(api, globex, 'Search');
    await makeIncident(api, globex, { componentIds: [search], componentStatus: 'MAJOR_OUTAGE' });
    await new Promise((r) => setTimeout(r, 20));
    const view = await page(globex.slug);
    const uptime = view.uptime.find((u: { componentId: string }) => u.componentId === search);
    expect(uptime.days).toHaveLength(90);
    expect(uptime.days.slice(0, -1).every((d: { ratio: null }) => d.ratio === null)).toBe(true);
    const today = uptime.days.at(-1);
    expect(today.date).toBe(new Date().toISOString().slice(0, 10));
    expect(today.worstStatus).toBe('MAJOR_OUTAGE');
    expect(today.ratio).toBeLessThan(1);
    expect(view.uptimeMethod).toMatch(/major outage/i);
  });

  it('never shows another tenant: each page holds only its own incidents and components', async () => {
    await makeComponent(api, globex, 'Globex only');
    const view = JSON.stringify(await page(acme.slug));
    expect(view).not.toContain('Globex only');
    expect(view).not.toContain('Search');
  });
});

describe('statusPageHistory', () => {
  it('lists a UTC month of incidents as the public sees them; months named on the page', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const HISTORY = `query($s: String!, $m: String!) { statusPageHistory(slug: $s, month: $m) {
      id title updates { body } } }`;
    const id = await makeIncident(api, globex, { title: 'History entry' });
    const months = (
      await api.gql('query($s: String!) { statusPage(slug: $s) { historyMonths } }', {
        s: globex.slug,
      })
    ).body.data.statusPage.historyMonths;
    expect(months[0]).toBe(month);
    const listed = (await api.gql(HISTORY, { s: globex.slug, m: month })).body.data
      .statusPageHistory;
    expect(listed.map((i: { id: string }) => i.id)).toContain(id);
    expect(JSON.stringify(listed)).not.toContain('API errors');
    expect(
      (await api.gql(HISTORY, { s: globex.slug, m: '2001-01' })).body.data.statusPageHistory,
    ).toEqual([]);
    expect(
      (await api.gql(HISTORY, { s: 'no-such-page', m: month })).body.data.statusPageHistory,
    ).toBeNull();
    const bad = await api.gql(HISTORY, { s: globex.slug, m: '2026-13' });
    expect(bad.body.errors[0].extensions.problems[0]).toMatchObject({
      field: 'month',
      rule: 'format',
    });
  });
});

describe('status page settings', () => {
  it('sets a time zone, a custom host (found case-insensitively) and privacy', async () => {
    const host = `status.${acme.slug}.example.com`;
    const res = await api.gql(
      SETTINGS,
      { input: { timeZone: 'Europe/Paris', statusPageHost: host.toUpperCase() } },
      acme.admin,
    );
    expect(res.body.data.updateTenant).toEqual({
      statusPagePublic: true,
      statusPageHost: host,
      timeZone: 'Europe/Paris',
    });
    expect((await page(acme.slug)).timeZone).toBe('Europe/Paris');
    const slugOf = async (h: string) =>
      (await api.gql('query($h: String!) { statusPageSlug(host: $h) }', { h })).body.data
        .statusPageSlug;
    expect(await slugOf(host)).toBe(acme.slug);
    expect(await slugOf('Status.' + host.slice(7))).toBe(acme.slug);
    expect(await slugOf('unknown.example.com')).toBeNull();

    const taken = await api.gql(SETTINGS, { input: { statusPageHost: host } }, globex.admin);
    expect(code(taken)).toBe('CONFLICT');
    expect(taken.body.errors[0].extensions.problems).toEqual([
      expect.objectContaining({ field: 'statusPageHost', rule: 'unique' }),
    ]);

    await api.gql(SETTINGS, { input: { statusPagePublic: false } }, acme.admin);
    expect(await page(acme.slug)).toBeNull();
    expect(await slugOf(host)).toBeNull();
    await api.gql(
      SETTINGS,
      { input: { statusPagePublic: true, statusPageHost: null } },
      acme.admin,
    );
    expect(await slugOf(host)).toBeNull();
    expect((await page(acme.slug)).host).toBeNull();
  });

  it('refuses a bad time zone or host, naming the field, and non-admins', async () => {
    const zone = await api.gql(SETTINGS, { input: { timeZone: 'Mars/Olympus' } }, acme.admin);
    expect(code(zone)).toBe('VALIDATION_FAILED');
    expect(zone.body.errors[0].extensions.problems[0]).toMatchObject({ field: 'timeZone' });
    const host = await api.gql(SETTINGS, { input: { statusPageHost: 'not a host' } }, acme.admin);
    expect(host.body.errors[0].extensions.problems[0]).toMatchObject({ field: 'statusPageHost' });
    const viewer = await acme.token('VIEWER');
    expect(code(await api.gql(SETTINGS, { input: { timeZone: 'UTC' } }, viewer))).toBe('FORBIDDEN');
  });
});

describe('statusPageChanged', () => {
  function listen(slug: string) {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    const received: { slug: string; type: string }[] = [];
    const errors: unknown[] = [];
    const ready = new Promise<void>((resolve) => {
      client.on('connected', () => setTimeout(resolve, 100));
    });
    client.subscribe<{ statusPageChanged: { slug: string; type: string } }>(
      {
        query: 'subscription($s: String!) { statusPageChanged(slug: $s) { slug position type } }',
        variables: { s: slug },
      },
      {
        next: (r) => (r.data ? received.push(r.data.statusPageChanged) : errors.push(r.errors)),
        error: (e) => errors.push(e),
        complete: () => {},
      },
    );
    return { client, received, errors, ready };
  }

  async function until(check: () => boolean) {
    const deadline = Date.now() + 10_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('tells an anonymous listener when its page changed, and nothing about other tenants', async () => {
    const mine = listen(globex.slug);
    await mine.ready;
    await makeIncident(api, acme, { title: 'Acme trouble' });
    const id = await makeIncident(api, globex, { title: 'Globex trouble' });
    await until(() => mine.received.length >= 1);
    // Internal work is not announced on this anonymous stream; public updates are.
    await update(globex, id, { visibility: 'INTERNAL', body: 'Paging the database team' });
    await update(globex, id, { visibility: 'PUBLIC', body: 'Looking into it' });
    await until(() => mine.received.length >= 2);
    expect(mine.received.every((r) => r.slug === globex.slug)).toBe(true);
    expect(mine.received.map((r) => r.type)).toEqual(['DECLARATION', 'STATUS_UPDATE']);
    expect(mine.errors).toEqual([]);
    await mine.client.dispose();
  });

  it('is NOT_FOUND for an unknown slug', async () => {
    const nobody = listen('no-such-page');
    await until(() => nobody.errors.length > 0);
    expect(JSON.stringify(nobody.errors)).toContain('NOT_FOUND');
    await nobody.client.dispose();
  });
});
