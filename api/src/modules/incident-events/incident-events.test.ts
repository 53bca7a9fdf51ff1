import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../../../test/setup/global-setup.js';
import {
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../../test/support/api.js';
import { makeIncident } from '../../../../test/support/incidents.js';
import { Subscriber } from '../../../../test/support/subscriber.js';

const NOTE = 'mutation($input: AddNoteInput!) { addTimelineNote(input: $input) { id } }';

let api: TestApi;
let wsUrl: string;
let acme: TestTenant;
let globex: TestTenant;
const open: Subscriber[] = [];

beforeAll(async () => {
  api = await startTestApi({ SUBSCRIPTION_REAUTH_MS: '200' });
  wsUrl = (await api.listen()).replace('http', 'ws') + '/graphql';
  [acme, globex] = await Promise.all([makeTenant(api), makeTenant(api)]);
});
afterAll(async () => {
  await Promise.all(open.map((s) => s.close()));
  await api.close();
});

/** A subscriber on this process, returned once the hub has registered it. */
async function subscribe(
  token: string,
  variables: { incidentId?: string; after?: string } = {},
  server = api,
) {
  const before = server.services.events.subscriberCount;
  const s = new Subscriber(wsUrl, token, variables);
  open.push(s);
  await s.until(
    () => server.services.events.subscriberCount > before || s.errors.length > 0 || s.completed,
  );
  return s;
}

async function note(tenant: TestTenant, incidentId: string, body: string) {
  const res = await api.gql(NOTE, { input: { incidentId, body } }, tenant.admin);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
}

describe('incidentEvents subscription', () => {
  it('delivers committed events live, in position order', async () => {
    const viewer = await acme.token('VIEWER');
    const s = await subscribe(viewer);
    const id = await makeIncident(api, acme, { title: 'Search is slow' });
    await note(acme, id, 'Cache hit rate dropped');
    await s.until((x) => x.events.length >= 2);
    expect(s.events.map((e) => [e.type, e.incident.title])).toEqual([
      ['DECLARATION', 'Search is slow'],
      ['NOTE', 'Search is slow'],
    ]);
    expect(s.events[1]!.timelineEvent.details).toEqual({ body: 'Cache hit rate dropped' });
    expect(Number(s.events[1]!.position)).toBeGreaterThan(Number(s.events[0]!.position));
  });

  it("never delivers another tenant's events, even for that tenant's incident id", async () => {
    const all = await subscribe(acme.admin);
    const theirs = await makeIncident(api, globex);
    const random = new Subscriber(wsUrl, acme.admin, { incidentId: randomUUID() });
    const targeted = new Subscriber(wsUrl, acme.admin, { incidentId: theirs });
    open.push(random, targeted);
    await random.until((x) => x.completed);
    await targeted.until((x) => x.completed);
    expect(targeted.errors).toEqual(random.errors);
    expect(targeted.errors).toEqual([
      expect.objectContaining({ message: 'Incident not found', extensions: { code: 'NOT_FOUND' } }),
    ]);

    await note(globex, theirs, 'secret');
    const mine = await makeIncident(api, acme, { title: 'Ours' });
    await all.until((x) => x.events.some((e) => e.incident.id === mine));
    expect(all.events.every((e) => e.incident.id !== theirs)).toBe(true);
    expect(targeted.events).toEqual([]);
  });

  it('resumes after a disconnect with no gap and no duplicate', async () => {
    const id = await makeIncident(api, acme);
    const first = await subscribe(acme.admin, { incidentId: id });
    await note(acme, id, 'one');
    await first.until((x) => x.events.length === 1);
    const cursor = first.events[0]!.position;
    await first.close();

    for (const body of ['two', 'three', 'four']) await note(acme, id, body);
    const resumed = await subscribe(acme.admin, { incidentId: id, after: cursor });
    await resumed.until((x) => x.events.length === 3);
    await note(acme, id, 'five');
    await resumed.until((x) => x.events.length === 4);
    expect(resumed.events.map((e) => e.timelineEvent.details.body)).toEqual([
      'two',
      'three',
      'four',
      'five',
    ]);
  });

  it('refuses a malformed cursor, naming it', async () => {
    const s = new Subscriber(wsUrl, acme.admin, { after: 'yesterday' });
    open.push(s);
    await s.until((x) => x.completed);
    expect(s.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'VALIDATION_FAILED' }),
      }),
    ]);
  });

  it('ends the subscription once its token is revoked', async () => {
    const created = await api.gql(
      'mutation { createApiToken(input: { name: "pager", role: VIEWER }) { secret token { id } } }',
      {},
      acme.admin,
    );
    const { secret, token } = created.body.data.createApiToken;
    const s = await subscribe(secret);
    await api.gql(
      'mutation($id: ID!) { revokeApiToken(id: $id) { id } }',
      { id: token.id },
      acme.admin,
    );
    await s.until((x) => x.errors.length > 0 || x.completed);
    expect(JSON.stringify(s.errors)).toContain('UNAUTHENTICATED');
  });

  it('delivers every committed event exactly once, in order, under 20 concurrent writers', async () => {
    const tenant = await makeTenant(api);
    const incidents = await Promise.all(
      Array.from({ length: 20 }, () => makeIncident(api, tenant)),
    );
    const subscribers = [
      await subscribe(tenant.admin),
      await subscribe(tenant.admin),
      await subscribe(await tenant.token('VIEWER')),
    ];
    await Promise.all(
      incidents.map(async (id, writer) => {
        for (let n = 0; n < 50; n++) await note(tenant, id, `${writer}:${n}`);
      }),
    );
    for (const s of subscribers) {
      await s.until((x) => x.events.length >= 1000, 60_000);
      const positions = s.events.map((e) => Number(e.position));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(new Set(positions).size).toBe(1000);
      const bodies = new Set(s.events.map((e) => e.timelineEvent.details.body));
      expect(bodies.size).toBe(1000);
    }
  }, 120_000);
});

describe('two API processes on one database', () => {
  let second: ChildProcess;
  let secondWs: string;

  beforeAll(async () => {
    const port = await freePort();
    second = spawn(process.execPath, ['api/dist/main.js'], {
      cwd: path.resolve(import.meta.dirname, '../../../..'),
      env: {
        ...process.env,
        DATABASE_URL: inject('databaseUrl'),
        API_PORT: String(port),
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
      },
      stdio: 'inherit',
    });
    secondWs = `ws://127.0.0.1:${port}/graphql`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
      } catch {
        if (i > 300) throw new Error('second API process did not start');
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(async () => {
    const exited = new Promise((r) => second.on('exit', r));
    second.kill('SIGTERM');
    await exited;
  });

  it('refuses a token on the other process as soon as it is revoked, despite its cache', async () => {
    const created = await api.gql(
      'mutation { createApiToken(input: { name: "roaming", role: VIEWER }) { secret token { id } } }',
      {},
      acme.admin,
    );
    const { secret, token } = created.body.data.createApiToken;
    const viewer = () =>
      fetch(secondWs.replace('ws', 'http'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: '{ viewer { role } }' }),
      });
    expect((await viewer()).status).toBe(200);
    await api.gql(
      'mutation($id: ID!) { revokeApiToken(id: $id) { id } }',
      { id: token.id },
      acme.admin,
    );
    const deadline = Date.now() + 2000;
    let status = 200;
    while (status === 200 && Date.now() < deadline) {
      status = (await viewer()).status;
      if (status === 200) await new Promise((r) => setTimeout(r, 20));
    }
    expect(status).toBe(401);
  });

  it('delivers an event written through one process to a subscriber of the other', async () => {
    const id = await makeIncident(api, acme, { title: 'Cross-process' });
    // Resume from the start: nothing can slip between connecting and the first live event.
    const s = new Subscriber(secondWs, acme.admin, { incidentId: id, after: '0' });
    open.push(s);
    await s.until((x) => x.events.length === 1);
    await note(acme, id, 'from process one');
    await s.until((x) => x.events.length === 2);
    expect(s.events.map((e) => e.type)).toEqual(['DECLARATION', 'NOTE']);
    expect(s.events[1]!.timelineEvent.details.body).toBe('from process one');
  });
});
