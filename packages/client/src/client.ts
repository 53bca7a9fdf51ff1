import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type ExecutionResult } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { fromGraphQLError, KeepwatchApiError } from './errors.js';

export interface KeepwatchClientOptions {
  /** HTTP GraphQL endpoint, e.g. http://localhost:4000/graphql; subscriptions use ws(s) on it. */
  url: string;
  /** API token secret; sent as `Authorization: Bearer <token>` and in `connection_init`. */
  token?: string;
  /** Replaces the global fetch (tests, instrumentation). */
  fetch?: typeof fetch;
  /** Replaces the `ws` WebSocket, e.g. with a browser's global WebSocket. */
  webSocketImpl?: unknown;
  /** Gives up on an HTTP request after this long; a status page must not hang on a slow API. */
  timeoutMs?: number;
}

/** Operations without variables may omit them; the others must pass them. */
type VariablesArg<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface KeepwatchClient {
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): Promise<TResult>;
  subscribe<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables]: VariablesArg<TVariables>
  ): AsyncIterable<TResult>;
  /** Closes the WebSocket, if one was opened. */
  close(): Promise<void>;
}

/** http://host/graphql → ws://host/graphql, https → wss. */
export function webSocketUrl(httpUrl: string): string {
  const url = new URL(httpUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`Expected an http(s) URL, got ${httpUrl}`);
  }
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

const printed = new WeakMap<object, string>();
function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function firstError(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return undefined;
  const { errors } = body as { errors?: unknown };
  return Array.isArray(errors) && errors.length > 0 ? errors[0] : undefined;
}

export function createKeepwatchClient(options: KeepwatchClientOptions): KeepwatchClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const authorization = options.token ? `Bearer ${options.token}` : undefined;
  let ws: WsClient | undefined;

  // `ws` is loaded on first subscription only: HTTP-only users (the status site) never load it,
  // and their bundlers need not handle its CommonJS.
  async function wsClient(): Promise<WsClient> {
    const webSocketImpl = options.webSocketImpl ?? (await import('ws')).WebSocket;
    ws ??= createClient({
      url: webSocketUrl(options.url),
      webSocketImpl,
      connectionParams: authorization ? { authorization } : {},
      // As graphql-ws does by default, retry only after the socket closed, except when the API
      // closed it with 4403: it refused the token, and retrying will not change its mind.
      shouldRetry: (event) => isClose(event) && event.code !== FORBIDDEN_CLOSE,
    });
    return ws;
  }

  return {
    async request(document, ...[variables]) {
      let response: Response;
      try {
        response = await fetchImpl(options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            ...(authorization ? { authorization } : {}),
          },
          body: JSON.stringify({ query: queryText(document), variables: variables ?? {} }),
          ...(options.timeoutMs ? { signal: AbortSignal.timeout(options.timeoutMs) } : {}),
        });
      } catch (cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        const message = `Cannot reach ${options.url}: ${reason}`;
        throw new KeepwatchApiError('NETWORK_ERROR', message, [], undefined, { cause });
      }

      const body = await readJson(response);
      // A GraphQL error explains a failure better than the status code, so it wins (the API
      // answers 400 for invalid queries and 401 for bad tokens, with a GraphQL body).
      const error = firstError(body);
      if (error !== undefined) throw fromGraphQLError(error, response.status);
      if (!response.ok) {
        throw new KeepwatchApiError(
          'HTTP_ERROR',
          `${options.url} answered ${response.status} ${response.statusText}`.trim(),
          [],
          response.status,
        );
      }
      const data = (body as { data?: unknown } | undefined)?.data;
      if (data === undefined || data === null) {
        throw new KeepwatchApiError(
          'HTTP_ERROR',
          'Response has neither data nor errors',
          [],
          response.status,
        );
      }
      return data as never;
    },

    subscribe(document, ...[variables]) {
      const query = queryText(document);
      return {
        async *[Symbol.asyncIterator]() {
          const results = (await wsClient()).iterate({
            query,
            variables: (variables ?? {}) as Record<string, unknown>,
          });
          try {
            for await (const result of results as AsyncIterable<ExecutionResult>) {
              const error = result.errors?.[0];
              if (error) throw fromGraphQLError(error);
              yield result.data as never;
            }
          } catch (error) {
            throw toSubscriptionError(error);
          }
        },
      };
    },

    async close() {
      await ws?.dispose();
      ws = undefined;
    },
  };
}

const FORBIDDEN_CLOSE = 4403;

/** Whether graphql-ws handed over a close event (it has no class to check against). */
function isClose(value: unknown): value is { code: unknown; reason: unknown } {
  return typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;
}

/**
 * graphql-ws rejects with an array of GraphQL errors when the server refuses the operation and
 * with a close event when the socket closes abnormally (e.g. 4403 for a refused token).
 */
function toSubscriptionError(error: unknown): unknown {
  if (error instanceof KeepwatchApiError) return error;
  if (Array.isArray(error) && error.length > 0) return fromGraphQLError(error[0]);
  if (isClose(error)) {
    const text = `WebSocket closed: ${String(error.code)} ${String(error.reason)}`.trim();
    return new KeepwatchApiError(
      error.code === FORBIDDEN_CLOSE ? 'FORBIDDEN' : 'NETWORK_ERROR',
      text,
    );
  }
  return error;
}
