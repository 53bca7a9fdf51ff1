import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for a Jira Cloud site, speaking the four REST API v3 endpoints the action-item
 * client uses with Jira's request and response shapes, status codes and error bodies
 * (`{ errorMessages: string[], errors: Record<string, string> }`):
 *
 *   POST /rest/api/3/issue                      → 201 { id, key, self }
 *   GET  /rest/api/3/issue/{key}?fields=status  → 200 { id, key, self, fields: { status } }
 *   GET  /rest/api/3/issue/{key}/transitions    → 200 { expand, transitions: [...] }
 *   POST /rest/api/3/issue/{key}/transitions    → 204
 *
 * One project with one epic; new issues are numbered after it. The workflow is Jira's simplified
 * one: To Do, In Progress and Done, each reachable from the others by a global transition
 * (ids 11, 21, 31); the transition to the status an issue is already in is not offered.
 */

export interface FakeJiraOptions {
  email?: string;
  apiToken?: string;
  /** Default `OPS`. */
  projectKey?: string;
  /** Default `${projectKey}-1`; it must be in the project. */
  epicKey?: string;
}

/** The fields as the client sent them (the epic's are the fake's own). */
export interface FakeJiraFields {
  project: { key: string };
  issuetype: { name: string };
  summary: string;
  description?: unknown;
  parent?: { key: string };
  labels?: string[];
  duedate?: string | null;
  [field: string]: unknown;
}

export interface FakeJiraIssue {
  id: string;
  key: string;
  fields: FakeJiraFields;
  /** The status name: `To Do`, `In Progress` or `Done`. */
  status: string;
}

export interface FakeJiraRequest {
  method: string;
  /** Without the query string. */
  path: string;
  /** `?fields=status` or ''. */
  search: string;
  /** The parsed JSON body, if any. */
  body?: unknown;
}

export interface FakeJira {
  url: string;
  readonly issues: Map<string, FakeJiraIssue>;
  readonly requests: FakeJiraRequest[];
  /** Answers the next `times` requests with `status` and a Jira-shaped error body. */
  failNext(status: number, times?: number, headers?: Record<string, string>): void;
  /** Moves an issue as someone in Jira would. */
  setStatus(key: string, statusName: string): void;
  close(): Promise<void>;
}

type CategoryKey = 'new' | 'indeterminate' | 'done';

const CATEGORIES: Record<CategoryKey, { id: number; colorName: string; name: string }> = {
  new: { id: 2, colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, colorName: 'green', name: 'Done' },
};

const STATUSES = [
  { id: '10000', name: 'To Do', category: 'new', transitionId: '11' },
  { id: '3', name: 'In Progress', category: 'indeterminate', transitionId: '21' },
  { id: '10001', name: 'Done', category: 'done', transitionId: '31' },
] as const satisfies readonly {
  id: string;
  name: string;
  category: CategoryKey;
  transitionId: string;
}[];

type Status = (typeof STATUSES)[number];

const ISSUE_TYPES: Record<string, { id: string; hierarchyLevel: number }> = {
  Task: { id: '10001', hierarchyLevel: 0 },
  Epic: { id: '10000', hierarchyLevel: 1 },
};

// Jira's wording for these refusals.
const NOT_AUTHENTICATED =
  'You are not authenticated. Authentication required to perform this operation.';
const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';
const NO_SUMMARY = 'You must specify a summary of the issue.';
const BAD_PROJECT = 'Specify a valid project ID or key';
const BAD_ISSUE_TYPE = 'Specify a valid issue type';
const BAD_PARENT = 'Given parent work item does not belong to appropriate hierarchy.';
const NOT_ADF = 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';

const FAILURE_MESSAGES: Record<number, string> = {
  429: 'Rate limit exceeded.',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

class Reply {
  constructor(
    readonly status: number,
    readonly body?: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

function jiraError(
  status: number,
  errorMessages: string[],
  errors: Record<string, string> = {},
  headers: Record<string, string> = {},
): Reply {
  return new Reply(status, { errorMessages, errors }, headers);
}

export async function startFakeJira(options: FakeJiraOptions = {}): Promise<FakeJira> {
  const email = options.email ?? 'automation@example.com';
  const apiToken = options.apiToken ?? 'fake-jira-api-token';
  const projectKey = options.projectKey ?? 'OPS';
  const epicKey = options.epicKey ?? `${projectKey}-1`;
  const epicNumber = Number(/^(.+)-(\d+)$/.exec(epicKey)?.[2]);
  if (!epicKey.startsWith(`${projectKey}-`) || !Number.isInteger(epicNumber)) {
    throw new Error(`epicKey ${epicKey} is not a key in project ${projectKey}`);
  }
  const expectedAuth = `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}`;

  const issues = new Map<string, FakeJiraIssue>();
  const requests: FakeJiraRequest[] = [];
  const failures: { status: number; headers: Record<string, string> }[] = [];
  let nextNumber = epicNumber + 1;
  let nextId = 10_001;
  let url = '';

  issues.set(epicKey, {
    id: String(nextId++),
    key: epicKey,
    fields: {
      project: { key: projectKey },
      issuetype: { name: 'Epic' },
      summary: 'Postmortem action items',
    },
    status: 'To Do',
  });

  const statusByName = (name: string): Status | undefined => STATUSES.find((s) => s.name === name);

  function statusJson(status: Status) {
    const category = CATEGORIES[status.category];
    return {
      self: `${url}/rest/api/3/status/${status.id}`,
      description: '',
      iconUrl: `${url}/`,
      name: status.name,
      id: status.id,
      statusCategory: {
        self: `${url}/rest/api/3/statuscategory/${category.id}`,
        id: category.id,
        key: status.category,
        colorName: category.colorName,
        name: category.name,
      },
    };
  }

  function createIssue(body: unknown): Reply {
    const fields = (body as { fields?: unknown } | undefined)?.fields;
    if (!fields || typeof fields !== 'object') {
      return jiraError(400, [], { project: BAD_PROJECT });
    }
    const f = fields as Record<string, unknown>;
    const errors: Record<string, string> = {};
    if (keyOf(f.project) !== projectKey) errors.project = BAD_PROJECT;
    const typeName = (f.issuetype as { name?: unknown } | undefined)?.name;
    const issueType = typeof typeName === 'string' ? ISSUE_TYPES[typeName] : undefined;
    if (!issueType) errors.issuetype = BAD_ISSUE_TYPE;
    if (typeof f.summary !== 'string' || f.summary.trim() === '') errors.summary = NO_SUMMARY;
    if (f.description !== undefined && f.description !== null && !isAdfDocument(f.description)) {
      errors.description = NOT_ADF;
    }
    if (f.parent !== undefined) {
      const parent = issues.get(keyOf(f.parent) ?? '');
      const parentType = parent ? ISSUE_TYPES[parent.fields.issuetype.name] : undefined;
      if (!parentType || !issueType || parentType.hierarchyLevel !== issueType.hierarchyLevel + 1) {
        errors.parent = BAD_PARENT;
      }
    }
    if (Object.keys(errors).length > 0) return jiraError(400, [], errors);

    const id = String(nextId++);
    const key = `${projectKey}-${nextNumber++}`;
    issues.set(key, {
      id,
      key,
      fields: structuredClone(f) as FakeJiraFields,
      status: 'To Do',
    });
    return new Reply(201, { id, key, self: `${url}/rest/api/3/issue/${id}` });
  }

  function getIssue(issue: FakeJiraIssue): Reply {
    // Only `status` is served: the endpoint is asked for with `?fields=status`.
    return new Reply(200, {
      expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
      id: issue.id,
      self: `${url}/rest/api/3/issue/${issue.id}`,
      key: issue.key,
      fields: { status: statusJson(statusByName(issue.status) ?? STATUSES[0]) },
    });
  }

  function transitionsFrom(issue: FakeJiraIssue): Status[] {
    return STATUSES.filter((s) => s.name !== issue.status);
  }

  function getTransitions(issue: FakeJiraIssue): Reply {
    return new Reply(200, {
      expand: 'transitions',
      transitions: transitionsFrom(issue).map((s) => ({
        id: s.transitionId,
        name: s.name,
        to: statusJson(s),
        hasScreen: false,
        isGlobal: true,
        isInitial: false,
        isAvailable: true,
        isConditional: false,
        looped: false,
      })),
    });
  }

  function doTransition(issue: FakeJiraIssue, body: unknown): Reply {
    const id = (body as { transition?: { id?: unknown } } | undefined)?.transition?.id;
    if (id === undefined) return jiraError(400, ["Missing 'transition' identifier"]);
    const to = transitionsFrom(issue).find((s) => s.transitionId === String(id));
    if (!to) return jiraError(400, [`Transition id '${String(id)}' is not valid for this issue.`]);
    issue.status = to.name;
    return new Reply(204);
  }

  /** Enhanced JQL search, for the one query the adapter makes: project and a label. */
  function search(body: unknown): Reply {
    const jql = (body as { jql?: unknown } | undefined)?.jql;
    if (typeof jql !== 'string') return jiraError(400, ['The JQL query is missing.']);
    const label = /labels\s*=\s*"?([^"\s]+)"?/i.exec(jql)?.[1];
    const project = /project\s*=\s*"?([^"\s]+)"?/i.exec(jql)?.[1];
    const max = Number((body as { maxResults?: unknown }).maxResults ?? 50);
    const found = [...issues.values()].filter(
      (i) =>
        (!label || (i.fields.labels ?? []).includes(label)) &&
        (!project || i.fields.project.key === project),
    );
    return new Reply(200, {
      issues: found.slice(0, max).map((i) => ({
        expand: '',
        id: i.id,
        self: `${url}/rest/api/3/issue/${i.id}`,
        key: i.key,
        fields: { status: statusJson(statusByName(i.status) ?? STATUSES[0]) },
      })),
      isLast: found.length <= max,
    });
  }

  function route(method: string, path: string, body: unknown): Reply {
    if (path === '/rest/api/3/issue') {
      return method === 'POST' ? createIssue(body) : new Reply(405);
    }
    if (path === '/rest/api/3/search/jql') {
      return method === 'POST' ? search(body) : new Reply(405);
    }
    const match = /^\/rest\/api\/3\/issue\/([^/]+)(\/transitions)?$/.exec(path);
    if (!match?.[1]) return new Reply(404);
    const issue = issues.get(decodeURIComponent(match[1]).toUpperCase());
    const transitions = match[2] !== undefined;
    if (method !== 'GET' && !(transitions && method === 'POST')) return new Reply(405);
    if (!issue) return jiraError(404, [ISSUE_NOT_FOUND]);
    if (!transitions) return getIssue(issue);
    return method === 'GET' ? getTransitions(issue) : doTransition(issue, body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = new URL(req.url ?? '/', 'http://fake-jira');
    const raw = await readBody(req);
    const entry: FakeJiraRequest = {
      method: req.method ?? 'GET',
      path: target.pathname,
      search: target.search,
    };
    requests.push(entry);

    let reply: Reply;
    const failure = failures.shift();
    if (failure) {
      const message = FAILURE_MESSAGES[failure.status] ?? `Request failed with ${failure.status}`;
      reply = jiraError(failure.status, [message], {}, failure.headers);
    } else if (req.headers.authorization !== expectedAuth) {
      reply = jiraError(401, [NOT_AUTHENTICATED]);
    } else {
      let body: unknown;
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
          entry.body = body;
        } catch {
          body = undefined;
        }
      }
      reply =
        raw !== '' && body === undefined
          ? jiraError(400, ['Unexpected character in the request body: not valid JSON.'])
          : route(entry.method, entry.path, body);
    }
    send(res, reply);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, jiraError(500, [String(error)]));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    issues,
    requests,
    failNext(status, times = 1, headers = {}) {
      for (let i = 0; i < times; i += 1) failures.push({ status, headers });
    },
    setStatus(key, statusName) {
      const issue = issues.get(key);
      if (!issue) throw new Error(`fake Jira has no issue ${key}`);
      if (!statusByName(statusName)) throw new Error(`fake Jira has no status ${statusName}`);
      issue.status = statusName;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload = '';
  if (reply.body !== undefined) {
    payload = JSON.stringify(reply.body);
    headers['Content-Type'] = 'application/json;charset=UTF-8';
  }
  res.writeHead(reply.status, headers);
  res.end(payload);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function keyOf(ref: unknown): string | undefined {
  const key = (ref as { key?: unknown } | undefined)?.key;
  return typeof key === 'string' ? key : undefined;
}

function isAdfDocument(value: unknown): boolean {
  const doc = value as { type?: unknown; version?: unknown; content?: unknown } | null;
  return doc?.type === 'doc' && doc.version === 1 && Array.isArray(doc.content);
}
