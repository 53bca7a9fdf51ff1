import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeMember,
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../../test/support/api.js';
import { startFakeJira, type FakeJira } from '../../../../test/support/fake-jira.js';
import { makeIncident, makePostmortem } from '../../../../test/support/incidents.js';

const FIELDS = 'id state jira { sync key url error attempts syncedAt nextAttemptAt }';
const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { ${FIELDS} } }`;
const SYNC = `mutation($id: ID!) { syncActionItem(id: $id) { ${FIELDS} } }`;
const MOVE = `mutation($id: ID!, $to: ActionItemState!) { setActionItemState(id: $id, to: $to) { ${FIELDS} } }`;
const LIST = `{ actionItems { ${FIELDS} } }`;
const CONFIGURE = `mutation($input: ConfigureJiraInput!) { configureJira(input: $input) { baseUrl projectKey epicKey } }`;

let api: TestApi;
let jira: FakeJira;
let acme: TestTenant;
let owner: string;
let postmortemId: string;

const code = (res: { body: { errors?: { extensions: { code: string } }[] } }) =>
  res.body.errors?.[0]?.extensions.code;

async function item(id: string) {
  const all = (await api.gql(LIST, {}, acme.admin)).body.data.actionItems;
  return all.find((i: { id: string }) => i.id === id);
}

async function create(title: string) {
  const res = await api.gql(
    CREATE,
    {
      input: {
        postmortemId,
        title,
        ownerId: owner,
        team: `team-${title}`,
        dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        kind: 'CLASS_OF_FAILURE',
        slo: { name: 'checkout availability 99.9%', budgetBurnedPct: 65 },
        acceptanceCriteria: [
          {
            signal: 'checkout error rate',
            comparator: 'LT',
            target: 0.1,
            unit: '%',
            windowMinutes: 10080,
          },
        ],
      },
    },
    acme.admin,
  );
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data.createActionItem as { id: string; jira: { sync: string } };
}

beforeAll(async () => {
  jira = await startFakeJira();
  api = await startTestApi();
  acme = await makeTenant(api);
  owner = await makeMember(api, acme, 'Ana Diaz');
  const incidentId = await makeIncident(api, acme, { title: 'Checkout errors' });
  postmortemId = await makePostmortem(api, acme, incidentId);
});
afterAll(async () => {
  await api?.close();
  await jira?.close();
});

describe('Jira', () => {
  it('is configured by admins only, and its API token is never read back', async () => {
    const input = {
      baseUrl: jira.url,
      email: 'automation@example.com',
      apiToken: 'fake-jira-api-token',
      projectKey: 'OPS',
      epicKey: 'OPS-1',
    };
    expect(code(await api.gql(CONFIGURE, { input }, await acme.token('RESPONDER')))).toBe(
      'FORBIDDEN',
    );
    const bad = await api.gql(CONFIGURE, { input: { ...input, epicKey: 'nope' } }, acme.admin);
    expect(bad.body.errors[0].extensions.problems[0]).toMatchObject({ field: 'epicKey' });
    const res = await api.gql(CONFIGURE, { input }, acme.admin);
    expect(res.body.data.configureJira).toEqual({
      baseUrl: jira.url,
      projectKey: 'OPS',
      epicKey: 'OPS-1',
    });
    const read = await api.gql('{ jiraSettings { baseUrl email } }', {}, acme.admin);
    expect(JSON.stringify(read.body)).not.toContain('fake-jira-api-token');
    // At rest it is sealed under SECRETS_KEY, bound to the tenant.
    const [row] = await api.db.transaction(
      { tenantId: acme.id, actor: { kind: 'SYSTEM', label: 'test' }, role: 'ADMIN' },
      (tx) => tx.query<{ api_token: string }>('SELECT api_token FROM jira_settings'),
    );
    expect(row!.api_token).toMatch(/^v1\./);
    expect(row!.api_token).not.toContain('fake-jira-api-token');
  });

  it('creates each action item as an issue under the epic, with the criterion and SLO context', async () => {
    const created = await create('dedupe-retries');
    expect(created.jira.sync).toBe('PENDING');
    await api.services.jira.settled();
    const synced = await item(created.id);
    expect(synced.jira).toMatchObject({ sync: 'SYNCED', key: 'OPS-2', error: null, attempts: 0 });
    expect(synced.jira.url).toBe(`${jira.url}/browse/OPS-2`);
    const issue = jira.issues.get('OPS-2')!;
    expect(issue.fields).toMatchObject({
      summary: 'dedupe-retries',
      parent: { key: 'OPS-1' },
      project: { key: 'OPS' },
      labels: ['keepwatch', 'postmortem', `keepwatch-${created.id}`],
    });
    const description = JSON.stringify(issue.fields.description);
    expect(description).toContain('checkout error rate < 0.1% over 7 days');
    expect(description).toContain('checkout availability 99.9%: 65% of the error budget burned');
  });

  it('retries a 429 when Jira asks (Retry-After), and on demand waits it out', async () => {
    jira.failNext(429, 1, { 'Retry-After': '2' });
    const created = await create('rate-limited');
    await api.services.jira.settled();
    const limited = await item(created.id);
    expect(limited.jira).toMatchObject({ sync: 'FAILED', attempts: 1 });
    const retryIn = Date.parse(limited.jira.nextAttemptAt) - Date.now();
    expect(retryIn).toBeGreaterThan(500);
    expect(retryIn).toBeLessThanOrEqual(2_000);
    await api.services.jira.tick(new Date(Date.parse(limited.jira.nextAttemptAt) + 1));
    expect((await item(created.id)).jira).toMatchObject({ sync: 'SYNCED', attempts: 0 });

    // On demand the caller waits: the 429 is waited out within the call.
    const second = await create('rate-limited-on-demand');
    await api.services.jira.settled();
    jira.failNext(429, 1, { 'Retry-After': '1' });
    const started = Date.now();
    const res = await api.gql(SYNC, { id: second.id }, acme.admin);
    expect(res.body.data.syncActionItem.jira.sync).toBe('SYNCED');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    const key = res.body.data.syncActionItem.jira.key as string;
    const gets = jira.requests.filter((r) => r.method === 'GET' && r.path.endsWith(key));
    expect(gets.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the item when Jira fails (500), shows the failure, and retries until it works', async () => {
    jira.failNext(500, 1);
    const created = await create('jira-down');
    await api.services.jira.settled();
    const failed = await item(created.id);
    expect(failed.state).toBe('OPEN');
    expect(failed.jira).toMatchObject({ sync: 'FAILED', key: null, attempts: 1 });
    expect(failed.jira.error).toMatch(/500/);
    expect(Date.parse(failed.jira.nextAttemptAt)).toBeGreaterThan(Date.now());

    // The retry timer's pass at the due time (driven here rather than waited for).
    await api.services.jira.tick(new Date(Date.parse(failed.jira.nextAttemptAt) + 1));
    expect((await item(created.id)).jira).toMatchObject({ sync: 'SYNCED', attempts: 0 });
  });

  it('syncs status both ways on demand', async () => {
    const created = await create('two-way');
    await api.services.jira.settled();
    const key = (await item(created.id)).jira.key as string;

    await api.gql(MOVE, { id: created.id, to: 'IN_PROGRESS' }, acme.admin);
    await api.services.jira.settled();
    expect(jira.issues.get(key)!.status).toBe('In Progress');

    jira.setStatus(key, 'Done');
    const pulled = await api.gql(SYNC, { id: created.id }, acme.admin);
    expect(pulled.body.data.syncActionItem).toMatchObject({
      state: 'DONE',
      jira: { sync: 'SYNCED' },
    });
    const audit = await api.gql('{ auditLog(first: 3) { action targetId } }', {}, acme.admin);
    expect(audit.body.data.auditLog[0]).toEqual({
      action: 'action_item.jira_pull',
      targetId: created.id,
    });
  });

  it('never makes an issue twice: a create whose answer was lost is found by its label', async () => {
    jira.failNext(500, 1);
    const created = await create('answer-lost');
    await api.services.jira.settled();
    expect((await item(created.id)).jira.sync).toBe('FAILED');
    // As if Jira had made the issue before the failure reached us.
    jira.issues.set('OPS-900', {
      id: '90900',
      key: 'OPS-900',
      fields: {
        project: { key: 'OPS' },
        issuetype: { name: 'Task' },
        summary: 'answer-lost',
        parent: { key: 'OPS-1' },
        labels: ['keepwatch', 'postmortem', `keepwatch-${created.id}`],
      },
      status: 'To Do',
    });
    const creates = () =>
      jira.requests.filter((r) => r.method === 'POST' && r.path === '/rest/api/3/issue').length;
    const before = creates();
    const res = await api.gql(SYNC, { id: created.id }, acme.admin);
    expect(res.body.data.syncActionItem.jira).toMatchObject({ sync: 'SYNCED', key: 'OPS-900' });
    expect(creates()).toBe(before);
  });

  it('reports a refusal (400) without retrying it on its own', async () => {
    jira.failNext(400, 1);
    const created = await create('refused');
    await api.services.jira.settled();
    const refused = await item(created.id);
    expect(refused.jira).toMatchObject({ sync: 'FAILED', nextAttemptAt: null, attempts: 1 });
    // Fixed (here: the fake answers normally again): an on-demand sync creates it.
    const res = await api.gql(SYNC, { id: created.id }, acme.admin);
    expect(res.body.data.syncActionItem.jira.sync).toBe('SYNCED');
  });
});
