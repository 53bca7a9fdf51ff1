import { describe, expect, it } from 'vitest';
import {
  createKeepwatchClient,
  KeepwatchApiError,
  StatusPageDocument,
  ViewerDocument,
} from './index.js';

const URL = 'http://api.test/graphql';

interface Sent {
  url: string;
  init: RequestInit;
}

/** A fetch that records the request and answers with a fixed response. */
function fakeFetch(respond: () => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    sent.push({ url: String(url), init: init ?? {} });
    return respond();
  }) as typeof globalThis.fetch;
  return { fetch, sent };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function failure(promise: Promise<unknown>): Promise<KeepwatchApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KeepwatchApiError);
  return error as KeepwatchApiError;
}

describe('createKeepwatchClient().request', () => {
  it('posts the printed query, variables and bearer token, and returns data', async () => {
    const data = { viewer: { tokenId: 't1', role: 'ADMIN' }, tenant: null };
    const { fetch, sent } = fakeFetch(() => json(200, { data }));
    const client = createKeepwatchClient({ url: URL, token: 'secret-1', fetch });

    await expect(client.request(ViewerDocument)).resolves.toEqual(data);

    expect(sent).toHaveLength(1);
    const [{ url, init }] = sent as [Sent];
    expect(url).toBe(URL);
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer secret-1');
    const body = JSON.parse(String(init.body));
    expect(body.query).toMatch(/^query Viewer \{/);
    expect(body.variables).toEqual({});
  });

  it('sends no authorization header without a token', async () => {
    const { fetch, sent } = fakeFetch(() => json(200, { data: { statusPage: null } }));
    const client = createKeepwatchClient({ url: URL, fetch });

    await expect(client.request(StatusPageDocument, { slug: 'acme' })).resolves.toEqual({
      statusPage: null,
    });
    expect(new Headers(sent[0]?.init.headers).has('authorization')).toBe(false);
    expect(JSON.parse(String(sent[0]?.init.body)).variables).toEqual({ slug: 'acme' });
  });

  it('maps the first GraphQL error to code, message and problems', async () => {
    const problems = [{ field: 'name', rule: 'length', message: 'must be 1–120 characters' }];
    const { fetch } = fakeFetch(() =>
      json(200, {
        data: null,
        errors: [
          {
            message: 'Invalid input — name: must be 1–120 characters',
            extensions: { code: 'VALIDATION_FAILED', problems },
          },
          { message: 'second', extensions: { code: 'CONFLICT' } },
        ],
      }),
    );
    const error = await failure(createKeepwatchClient({ url: URL, fetch }).request(ViewerDocument));

    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('Invalid input — name: must be 1–120 characters');
    expect(error.problems).toEqual(problems);
    expect(error.status).toBe(200);
  });

  it('prefers the GraphQL error of a non-2xx response over its status', async () => {
    const { fetch } = fakeFetch(() =>
      json(401, {
        errors: [{ message: 'Unknown or revoked token', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    );
    const error = await failure(
      createKeepwatchClient({ url: URL, token: 'bad', fetch }).request(ViewerDocument),
    );

    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401, problems: [] });
    expect(error.message).toBe('Unknown or revoked token');
  });

  it('keeps only well-formed problems and falls back for errors without a code', async () => {
    const { fetch } = fakeFetch(() =>
      json(200, {
        errors: [{ message: 'odd', extensions: { problems: [{ field: 'x' }, 'nope'] } }],
      }),
    );
    const error = await failure(createKeepwatchClient({ url: URL, fetch }).request(ViewerDocument));

    expect(error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: 'odd', problems: [] });
  });

  it('throws HTTP_ERROR on a non-2xx response without a GraphQL body', async () => {
    const { fetch } = fakeFetch(
      () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const error = await failure(createKeepwatchClient({ url: URL, fetch }).request(ViewerDocument));

    expect(error).toMatchObject({ code: 'HTTP_ERROR', status: 502 });
    expect(error.message).toContain('502');
  });

  it('throws HTTP_ERROR on a 2xx response with neither data nor errors', async () => {
    const { fetch } = fakeFetch(() => json(200, {}));
    const error = await failure(createKeepwatchClient({ url: URL, fetch }).request(ViewerDocument));

    expect(error).toMatchObject({ code: 'HTTP_ERROR', status: 200 });
  });

  it('throws NETWORK_ERROR with the cause when fetch itself fails', async () => {
    const cause = new TypeError('fetch failed');
    const { fetch } = fakeFetch(() => Promise.reject(cause));
    const error = await failure(createKeepwatchClient({ url: URL, fetch }).request(ViewerDocument));

    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.status).toBeUndefined();
    expect(error.cause).toBe(cause);
  });
});
