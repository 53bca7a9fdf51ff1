import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeJira, type FakeJira } from '../../../../../test/support/fake-jira.js';
import { adfDocument, JiraClient, JiraError, type JiraSite } from './jira-client.js';

const EMAIL = 'automation@keepwatch.test';
const TOKEN = 'ATATT-test-token-4f9c2a';

let jira: FakeJira;
let sleeps: number[];

beforeEach(async () => {
  jira = await startFakeJira({
    email: EMAIL,
    apiToken: TOKEN,
    projectKey: 'OPS',
    epicKey: 'OPS-1',
  });
  sleeps = [];
});
afterEach(() => jira.close());

function site(overrides: Partial<JiraSite> = {}): JiraSite {
  return {
    baseUrl: jira.url,
    email: EMAIL,
    apiToken: TOKEN,
    projectKey: 'OPS',
    epicKey: 'OPS-1',
    ...overrides,
  };
}

function client(overrides: Partial<JiraSite> = {}, maxAttempts = 3): JiraClient {
  return new JiraClient(site(overrides), {
    maxAttempts,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
}

const description = adfDocument([
  { heading: 'Why' },
  'The primary database failed over without paging anyone.',
  'Line one\nLine two',
]);

async function rejection(promise: Promise<unknown>): Promise<JiraError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(JiraError);
  return error as JiraError;
}

describe('adfDocument', () => {
  it('builds a minimal valid ADF document', () => {
    expect(description).toEqual({
      type: 'doc',
      version: 1,
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Why' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'The primary database failed over without paging anyone.' },
          ],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Line one' },
            { type: 'hardBreak' },
            { type: 'text', text: 'Line two' },
          ],
        },
      ],
    });
    // Empty text nodes are invalid ADF; an empty paragraph is not.
    expect(adfDocument([''])).toEqual({
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [] }],
    });
  });
});

describe('JiraClient against the fake Jira', () => {
  it('creates a Task under the epic with the ADF description, labels and due date', async () => {
    const created = await client().createIssue({
      summary: 'Page the on-call when the database fails over',
      description,
      labels: ['postmortem', 'INC-42'],
      dueDate: '2030-01-31',
    });
    expect(created).toEqual({
      id: expect.any(String),
      key: 'OPS-2',
      url: `${jira.url}/browse/OPS-2`,
    });
    expect(jira.issues.get('OPS-2')).toMatchObject({
      id: created.id,
      status: 'To Do',
      fields: {
        project: { key: 'OPS' },
        issuetype: { name: 'Task' },
        summary: 'Page the on-call when the database fails over',
        description,
        parent: { key: 'OPS-1' },
        labels: ['postmortem', 'INC-42'],
        duedate: '2030-01-31',
      },
    });
    expect(jira.requests).toEqual([
      expect.objectContaining({ method: 'POST', path: '/rest/api/3/issue' }),
    ]);

    const next = await client().createIssue({ summary: 'Second', description });
    expect(next.key).toBe('OPS-3');
    expect(jira.issues.get('OPS-3')?.fields).not.toHaveProperty('labels');
    expect(jira.issues.get('OPS-3')?.fields).not.toHaveProperty('duedate');
  });

  it('ignores a trailing slash on the base URL', async () => {
    const created = await client({ baseUrl: `${jira.url}/` }).createIssue({
      summary: 'x',
      description,
    });
    expect(created.url).toBe(`${jira.url}/browse/OPS-2`);
    expect(jira.requests[0]?.path).toBe('/rest/api/3/issue');
  });

  it('reads the status, including a change made in Jira', async () => {
    const { key } = await client().createIssue({ summary: 'x', description });
    expect(await client().getIssue(key)).toEqual({
      key,
      statusName: 'To Do',
      statusCategory: 'new',
    });
    expect(jira.requests.at(-1)).toMatchObject({
      method: 'GET',
      path: `/rest/api/3/issue/${key}`,
      search: '?fields=status',
    });
    jira.setStatus(key, 'In Progress');
    expect(await client().getIssue(key)).toMatchObject({
      statusName: 'In Progress',
      statusCategory: 'indeterminate',
    });
  });

  it('transitions to done and back to new', async () => {
    const c = client();
    const { key } = await c.createIssue({ summary: 'x', description });
    expect(await c.transitionTo(key, 'done')).toBe(true);
    expect(jira.requests.slice(-2)).toEqual([
      expect.objectContaining({ method: 'GET', path: `/rest/api/3/issue/${key}/transitions` }),
      expect.objectContaining({
        method: 'POST',
        path: `/rest/api/3/issue/${key}/transitions`,
        body: { transition: { id: '31' } },
      }),
    ]);
    expect(await c.getIssue(key)).toMatchObject({ statusName: 'Done', statusCategory: 'done' });

    expect(await c.transitionTo(key, 'new')).toBe(true);
    expect(jira.requests.at(-1)?.body).toEqual({ transition: { id: '11' } });
    expect(await c.getIssue(key)).toMatchObject({ statusName: 'To Do', statusCategory: 'new' });
  });

  it('returns false, posting nothing, when no transition leads to the category', async () => {
    const c = client();
    const { key } = await c.createIssue({ summary: 'x', description });
    jira.setStatus(key, 'Done');
    const before = jira.requests.length;
    expect(await c.transitionTo(key, 'done')).toBe(false);
    expect(jira.requests.slice(before)).toEqual([
      expect.objectContaining({ method: 'GET', path: `/rest/api/3/issue/${key}/transitions` }),
    ]);
    expect(jira.issues.get(key)?.status).toBe('Done');
  });

  it('waits out a 429 for its Retry-After, then succeeds', async () => {
    jira.failNext(429, 1, { 'Retry-After': '1' });
    const { key } = await client().createIssue({ summary: 'x', description });
    expect(key).toBe('OPS-2');
    expect(sleeps).toEqual([1000]);
    expect(jira.requests.filter((r) => r.path === '/rest/api/3/issue')).toHaveLength(2);
  });

  it('caps a long Retry-After by maxRetryAfterMs', async () => {
    jira.failNext(429, 1, { 'Retry-After': '3600' });
    const c = new JiraClient(site(), {
      maxRetryAfterMs: 2_000,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    await c.getIssue('OPS-1');
    expect(sleeps).toEqual([2_000]);
  });

  it('backs off exponentially through two 500s, then succeeds', async () => {
    jira.failNext(500, 2);
    const status = await client().getIssue('OPS-1');
    expect(status.statusCategory).toBe('new');
    expect(sleeps).toEqual([500, 1000]);
    expect(jira.requests).toHaveLength(3);
  });

  it('gives up on a persistent 500 after maxAttempts with a retryable JiraError', async () => {
    jira.failNext(500, 10);
    const error = await rejection(client().getIssue('OPS-1'));
    expect(error).toMatchObject({ status: 500, retryable: true, retryAfterMs: undefined });
    expect(error.message).toContain('500');
    expect(error.message).toContain('Internal server error');
    expect(jira.requests).toHaveLength(3);
    expect(sleeps).toEqual([500, 1000]);
  });

  it('reports the Retry-After of a 429 that outlasts the attempts', async () => {
    jira.failNext(429, 10, { 'Retry-After': '7' });
    const error = await rejection(client({}, 2).getIssue('OPS-1'));
    expect(error).toMatchObject({ status: 429, retryable: true, retryAfterMs: 7000 });
    expect(jira.requests).toHaveLength(2);
  });

  it('does not retry a 400 and names the field error Jira gave', async () => {
    const error = await rejection(client().createIssue({ summary: '  ', description }));
    expect(error).toMatchObject({ status: 400, retryable: false });
    expect(error.message).toContain('400');
    expect(error.message).toContain('summary: You must specify a summary of the issue.');
    expect(jira.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('refuses an unknown project and a parent that is not an epic', async () => {
    const project = await rejection(
      client({ projectKey: 'NOPE' }).createIssue({ summary: 'x', description }),
    );
    expect(project.message).toContain('project: Specify a valid project ID or key');

    const { key: task } = await client().createIssue({ summary: 'a task', description });
    for (const epicKey of [task, 'OPS-999']) {
      const parent = await rejection(
        client({ epicKey }).createIssue({ summary: 'x', description }),
      );
      expect(parent).toMatchObject({ status: 400, retryable: false });
      expect(parent.message).toContain('parent: ');
    }
  });

  it('does not retry a 401 and keeps the token out of the message', async () => {
    const wrong = 'ATATT-wrong-token-91b7e3';
    const error = await rejection(client({ apiToken: wrong }).getIssue('OPS-1'));
    expect(error).toMatchObject({ status: 401, retryable: false });
    expect(error.message).toContain('You are not authenticated');
    expect(error.message).not.toContain(wrong);
    expect(error.message).not.toContain(Buffer.from(`${EMAIL}:${wrong}`).toString('base64'));
    expect(error.stack ?? '').not.toContain(wrong);
    expect(jira.requests).toHaveLength(1);
  });

  it('answers an unknown key with a 404 JiraError', async () => {
    const error = await rejection(client().getIssue('OPS-404'));
    expect(error).toMatchObject({ status: 404, retryable: false });
    expect(error.message).toContain(
      'Issue does not exist or you do not have permission to see it.',
    );
    const transition = await rejection(client().transitionTo('OPS-404', 'done'));
    expect(transition.status).toBe(404);
  });

  it('treats a refused connection as a retryable JiraError', async () => {
    const gone = await startFakeJira();
    await gone.close();
    const error = await rejection(client({ baseUrl: gone.url }).getIssue('OPS-1'));
    expect(error).toMatchObject({ status: 0, retryable: true });
    expect(error.message).toContain('network error');
    expect(sleeps).toEqual([500, 1000]);
  });

  it('treats a timeout as a retryable JiraError', async () => {
    let calls = 0;
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        calls += 1;
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const c = new JiraClient(site(), {
      fetch: hanging,
      timeoutMs: 20,
      maxAttempts: 2,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    const error = await rejection(c.getIssue('OPS-1'));
    expect(error).toMatchObject({ status: 0, retryable: true });
    expect(error.message).toContain('timed out after 20 ms');
    expect(calls).toBe(2);
    expect(sleeps).toEqual([500]);
  });
});

describe('findByLabel', () => {
  it('finds the project issue carrying a label (POST /rest/api/3/search/jql), or null', async () => {
    const jira1 = client();
    const made = await jira1.createIssue({
      summary: 'Labelled',
      description,
      labels: ['keepwatch-abc'],
    });
    expect(await jira1.findByLabel('keepwatch-abc')).toEqual({
      id: made.id,
      key: made.key,
      url: `${jira.url}/browse/${made.key}`,
    });
    expect(await jira1.findByLabel('keepwatch-none')).toBeNull();
    const search = jira.requests.find((r) => r.path === '/rest/api/3/search/jql');
    expect(search).toMatchObject({
      method: 'POST',
      body: { jql: 'project = "OPS" AND labels = "keepwatch-abc"', maxResults: 1 },
    });
  });
});
