import { setTimeout as delay } from 'node:timers/promises';

/** A Jira Cloud site and where postmortem action items go in it. */
export interface JiraSite {
  /** `https://your-domain.atlassian.net` (a trailing slash is ignored). */
  baseUrl: string;
  email: string;
  apiToken: string;
  projectKey: string;
  /** The epic new issues are created under (`fields.parent`). */
  epicKey: string;
}

export interface AdfText {
  type: 'text';
  text: string;
}
export interface AdfHardBreak {
  type: 'hardBreak';
}
export type AdfInline = AdfText | AdfHardBreak;
export interface AdfParagraph {
  type: 'paragraph';
  content: AdfInline[];
}
export interface AdfHeading {
  type: 'heading';
  attrs: { level: 1 | 2 | 3 | 4 | 5 | 6 };
  content: AdfInline[];
}
/** The subset of the Atlassian Document Format this client writes. */
export interface AdfDocument {
  type: 'doc';
  version: 1;
  content: (AdfParagraph | AdfHeading)[];
}

export interface JiraIssueInput {
  summary: string;
  description: AdfDocument;
  labels?: string[];
  /** YYYY-MM-DD */
  dueDate?: string;
}

/** Jira's status category keys (`statusCategory.key`). */
export type JiraStatusCategory = 'new' | 'indeterminate' | 'done';

export interface JiraClientOptions {
  fetch?: typeof fetch;
  /** Attempts in total, the first included. */
  maxAttempts?: number;
  /** The longest a Retry-After is waited out before the next attempt. */
  maxRetryAfterMs?: number;
  /** Per attempt, covering the response body too. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * A failed Jira call. `status` is the HTTP status, or 0 when no response arrived (connection
 * error, timeout). `retryable` says whether trying again later may succeed (429, 5xx, network);
 * `retryAfterMs` is what Jira's Retry-After asked for, when it sent one.
 */
export class JiraError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'JiraError';
  }
}

const BACKOFF_BASE_MS = 500;
const STATUS_CATEGORIES: readonly string[] = ['new', 'indeterminate', 'done'];

interface JiraErrorBody {
  errorMessages?: unknown;
  errors?: unknown;
}

interface TransitionsBody {
  transitions?: {
    id: string;
    name: string;
    isAvailable?: boolean;
    to?: { name?: string; statusCategory?: { key?: string } };
  }[];
}

interface IssueStatusBody {
  key?: string;
  fields?: { status?: { name?: string; statusCategory?: { key?: string } } };
}

/**
 * A small Jira Cloud REST API v3 client for postmortem action items: creates them under the
 * site's epic, reads their status and moves them between status categories. Basic auth with an
 * API token; 429, 5xx and network failures are retried (Retry-After honoured, else exponential
 * backoff), other failures throw a JiraError at once. The token never appears in an error.
 */
export class JiraClient {
  private readonly baseUrl: string;
  private readonly authorization: string;
  private readonly fetch: typeof fetch;
  private readonly maxAttempts: number;
  private readonly maxRetryAfterMs: number;
  private readonly timeoutMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly site: JiraSite,
    options: JiraClientOptions = {},
  ) {
    this.baseUrl = site.baseUrl.replace(/\/+$/, '');
    this.authorization = `Basic ${Buffer.from(`${site.email}:${site.apiToken}`).toString('base64')}`;
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.sleep = options.sleep ?? ((ms) => delay(ms));
  }

  /** Creates a Task under the site's epic. */
  async createIssue(input: JiraIssueInput): Promise<{ id: string; key: string; url: string }> {
    const fields: Record<string, unknown> = {
      project: { key: this.site.projectKey },
      issuetype: { name: 'Task' },
      summary: input.summary,
      description: input.description,
      parent: { key: this.site.epicKey },
    };
    if (input.labels) fields.labels = input.labels;
    if (input.dueDate) fields.duedate = input.dueDate;
    const created = await this.request<{ id?: unknown; key?: unknown }>(
      'POST',
      '/rest/api/3/issue',
      { fields },
    );
    if (typeof created?.id !== 'string' || typeof created.key !== 'string') {
      throw unexpected('POST /rest/api/3/issue');
    }
    return { id: created.id, key: created.key, url: `${this.baseUrl}/browse/${created.key}` };
  }

  /**
   * The project's issue carrying `label`, if any (`POST /rest/api/3/search/jql`): how a create
   * whose answer was lost is found again instead of being made twice.
   */
  async findByLabel(label: string): Promise<{ id: string; key: string; url: string } | null> {
    const jql = `project = "${this.site.projectKey}" AND labels = "${label.replace(/["\\]/g, '')}"`;
    const found = await this.request<{ issues?: { id?: unknown; key?: unknown }[] }>(
      'POST',
      '/rest/api/3/search/jql',
      { jql, fields: ['status'], maxResults: 1 },
    );
    const issue = found?.issues?.[0];
    if (!issue) return null;
    if (typeof issue.id !== 'string' || typeof issue.key !== 'string') {
      throw unexpected('POST /rest/api/3/search/jql');
    }
    return { id: issue.id, key: issue.key, url: `${this.baseUrl}/browse/${issue.key}` };
  }

  async getIssue(
    key: string,
  ): Promise<{ key: string; statusName: string; statusCategory: JiraStatusCategory }> {
    const path = `/rest/api/3/issue/${encodeURIComponent(key)}`;
    const issue = await this.request<IssueStatusBody>('GET', `${path}?fields=status`);
    const status = issue?.fields?.status;
    const category = status?.statusCategory?.key;
    if (typeof status?.name !== 'string' || !isCategory(category)) {
      throw unexpected(`GET ${path}`);
    }
    return { key: issue?.key ?? key, statusName: status.name, statusCategory: category };
  }

  /**
   * Performs the first available transition leading to a status of `category`. False when the
   * issue's workflow offers none from where it is now (which may mean it is already there).
   */
  async transitionTo(key: string, category: JiraStatusCategory): Promise<boolean> {
    const path = `/rest/api/3/issue/${encodeURIComponent(key)}/transitions`;
    const body = await this.request<TransitionsBody>('GET', path);
    if (!Array.isArray(body?.transitions)) throw unexpected(`GET ${path}`);
    const transition = body.transitions.find(
      (t) => t.isAvailable !== false && t.to?.statusCategory?.key === category,
    );
    if (!transition) return false;
    await this.request('POST', path, { transition: { id: transition.id } });
    return true;
  }

  /** One call with retries; the parsed JSON body, or undefined for an empty one (204). */
  private async request<T>(method: string, path: string, body?: unknown): Promise<T | undefined> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return (await this.attempt(method, path, body)) as T | undefined;
      } catch (error) {
        if (!(error instanceof JiraError) || !error.retryable || attempt >= this.maxAttempts) {
          throw error;
        }
        await this.sleep(
          error.retryAfterMs !== undefined
            ? Math.min(error.retryAfterMs, this.maxRetryAfterMs)
            : BACKOFF_BASE_MS * 2 ** (attempt - 1),
        );
      }
    }
  }

  private async attempt(method: string, path: string, body: unknown): Promise<unknown> {
    const headers: Record<string, string> = {
      Authorization: this.authorization,
      Accept: 'application/json',
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const reason = isTimeout(error)
        ? `timed out after ${this.timeoutMs} ms`
        : `network error: ${describe(error)}`;
      throw new JiraError(0, this.redact(`Jira ${method} ${path} failed: ${reason}`), true);
    }
    if (response.ok) {
      if (text.trim() === '') return undefined;
      try {
        return JSON.parse(text);
      } catch {
        throw unexpected(`${method} ${path}`, response.status);
      }
    }
    const status = response.status;
    const retryable = status === 429 || status >= 500;
    const retryAfterMs = retryable
      ? parseRetryAfter(response.headers.get('retry-after'))
      : undefined;
    const details = errorDetails(text);
    const message = `Jira ${method} ${path} failed with ${status}${details ? `: ${details}` : ''}`;
    throw new JiraError(status, this.redact(message), retryable, retryAfterMs);
  }

  /** Error text may quote what was sent; never let credentials through. */
  private redact(message: string): string {
    let out = message;
    const secrets = [this.site.apiToken, this.authorization.slice('Basic '.length)];
    for (const secret of secrets) {
      if (secret.length >= 4) out = out.split(secret).join('[redacted]');
    }
    return out;
  }
}

/** A minimal valid ADF document: one paragraph per string, a level-2 heading per `{ heading }`. */
export function adfDocument(paragraphs: readonly (string | { heading: string })[]): AdfDocument {
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((p) =>
      typeof p === 'string'
        ? { type: 'paragraph', content: inline(p) }
        : { type: 'heading', attrs: { level: 2 }, content: inline(p.heading) },
    ),
  };
}

/** Text nodes may not be empty; line breaks become hardBreak nodes. */
function inline(text: string): AdfInline[] {
  const out: AdfInline[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (i > 0) out.push({ type: 'hardBreak' });
    if (line !== '') out.push({ type: 'text', text: line });
  });
  return out;
}

function isCategory(value: unknown): value is JiraStatusCategory {
  return typeof value === 'string' && STATUS_CATEGORIES.includes(value);
}

function unexpected(call: string, status = 0): JiraError {
  return new JiraError(status, `Jira ${call} returned an unexpected response`, false);
}

/** Jira's `{ errorMessages: string[], errors: { field: message } }`, else the start of the text. */
function errorDetails(text: string): string {
  let parsed: JiraErrorBody | undefined;
  try {
    parsed = JSON.parse(text) as JiraErrorBody;
  } catch {
    parsed = undefined;
  }
  if (parsed && typeof parsed === 'object') {
    const parts: string[] = [];
    if (Array.isArray(parsed.errorMessages)) {
      parts.push(...parsed.errorMessages.filter((m): m is string => typeof m === 'string'));
    }
    if (parsed.errors && typeof parsed.errors === 'object') {
      for (const [field, message] of Object.entries(parsed.errors)) {
        parts.push(`${field}: ${String(message)}`);
      }
    }
    if (parts.length > 0) return parts.join('; ');
  }
  const plain = text.replace(/\s+/g, ' ').trim();
  return plain.length > 200 ? `${plain.slice(0, 200)}…` : plain;
}

/** Retry-After as delta-seconds (what Jira sends) or an HTTP date. */
function parseRetryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function isTimeout(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'TimeoutError';
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  return code ? `${error.message} (${code})` : error.message;
}
