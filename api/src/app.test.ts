import { createClient } from 'graphql-ws';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { makeTenant, startTestApi, type TestApi, type TestTenant } from '../../test/support/api.js';

let api: TestApi;
let acme: TestTenant;
let wsUrl: string;

beforeAll(async () => {
  api = await startTestApi({ WS_CONNECTION_INIT_TIMEOUT_MS: '300' });
  acme = await makeTenant(api);
  wsUrl = (await api.listen()).replace('http', 'ws') + '/graphql';
});
afterAll(() => api.close());

describe('HTTP endpoints', () => {
  it('reports health and readiness', async () => {
    expect((await request(api.server.httpServer).get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await request(api.server.httpServer).get('/readyz')).body).toEqual({ status: 'ok' });
  });

  it('echoes a request id, or makes one', async () => {
    const given = await api
      .gql('{ viewer { role } }', {}, acme.admin)
      .set('x-request-id', 'abc-123');
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await api.gql('{ viewer { role } }', {}, acme.admin);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('exposes Prometheus metrics by operation, sockets and pool', async () => {
    await api.gql('query Probe { viewer { role } }', {}, acme.admin);
    const res = await request(api.server.httpServer).get('/metrics');
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toMatch(
      /keepwatch_graphql_requests_total\{operation="Probe",type="query",outcome="ok"\} 1/,
    );
    expect(res.text).toContain(
      'keepwatch_graphql_request_duration_seconds_bucket{le="0.005",operation="Probe"',
    );
    expect(res.text).toContain('keepwatch_websocket_connections');
    expect(res.text).toMatch(/keepwatch_db_pool_connections\{state="total"\} \d+/);
  });
});

function wsClient(authorization?: string) {
  return createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

function once(client: ReturnType<typeof wsClient>, query: string) {
  type Result = { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return new Promise<Result>((resolve, reject) => {
    let result: Result = {};
    client.subscribe(
      { query },
      { next: (r) => (result = r as Result), error: reject, complete: () => resolve(result) },
    );
  });
}

describe('structured logs', () => {
  it('puts the request id and the tenant on every line of a request', async () => {
    const logs: Record<string, unknown>[] = [];
    const logged = await startTestApi({}, { logs });
    try {
      const tenant = await makeTenant(logged);
      const res = await logged
        .gql('{ viewer { role } }', {}, tenant.admin)
        .set('x-request-id', 'req-42');
      expect(res.status).toBe(200);
      const lines = logs.filter((l) => (l.req as { id?: string } | undefined)?.id === 'req-42');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line.tenantId).toBe(tenant.id);
      expect(JSON.stringify(logs)).not.toContain(tenant.admin);
    } finally {
      await logged.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('closes open WebSockets with 1001 and stops taking requests', async () => {
    const closing = await startTestApi();
    const tenant = await makeTenant(closing);
    const url = (await closing.listen()).replace('http', 'ws') + '/graphql';
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tenant.admin}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => {}, // the close is what this test expects; it asserts on it below
    });
    const closed = new Promise<number>((resolve) =>
      client.on('closed', (e) => resolve((e as CloseEvent).code)),
    );
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));
    await closing.close();
    expect(await closed).toBe(1001);
    expect(closing.server.httpServer.listening).toBe(false);
  });
});

describe('GraphQL over WebSocket', () => {
  it('authenticates from connection_init and answers operations', async () => {
    const client = wsClient(`Bearer ${acme.admin}`);
    try {
      expect(await once(client, '{ viewer { role } tenant { slug } }')).toEqual({
        data: { viewer: { role: 'ADMIN' }, tenant: { slug: acme.slug } },
      });
    } finally {
      await client.dispose();
    }
  });

  it('closes the connection for a bad token', async () => {
    const client = wsClient('Bearer kw_' + 'B'.repeat(43));
    await expect(once(client, '{ viewer { role } }')).rejects.toMatchObject({ code: 4403 });
    await client.dispose();
  });

  it('lets a connection without a token reach public operations only', async () => {
    const client = wsClient(undefined);
    try {
      const denied = await once(client, '{ viewer { role } }');
      expect(denied.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const page = await once(client, `{ statusPage(slug: "${acme.slug}") { slug } }`);
      expect(page.data).toEqual({ statusPage: { slug: acme.slug } });
    } finally {
      await client.dispose();
    }
  });

  it('applies the same limits as HTTP', async () => {
    const client = wsClient(`Bearer ${acme.admin}`);
    try {
      const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: viewer { role }`).join(' ');
      await expect(once(client, `{ ${aliases} }`)).rejects.toEqual([
        expect.objectContaining({ extensions: { code: 'LIMIT_EXCEEDED' } }),
      ]);
    } finally {
      await client.dispose();
    }
  });

  it('drops a socket that never sends connection_init', async () => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    const code = await new Promise<number>((resolve) => socket.on('close', (c) => resolve(c)));
    expect(code).toBe(4408);
  });
});
