import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../test/support/api.js';

let api: TestApi;
let acme: TestTenant;

beforeAll(async () => {
  api = await startTestApi({
    GRAPHQL_MAX_DEPTH: '2',
    GRAPHQL_MAX_ALIASES: '5',
    GRAPHQL_MAX_COST: '300',
    HTTP_BODY_LIMIT: '4kb',
  });
  acme = await makeTenant(api);
});
afterAll(() => api.close());

async function stillServing() {
  const res = await api.gql('{ viewer { role } }', {}, acme.admin);
  expect(res.body.data.viewer.role).toBe('ADMIN');
}

describe('production limits', () => {
  it('refuses a query nested too deep', async () => {
    const tooDeep = `{ statusPage(slug: "${acme.slug}") { components { id } } }`;
    const res = await api.gql(tooDeep, {}, acme.admin);
    expect(res.body.errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
    expect(res.body.errors[0].message).toMatch(/depth limit of 2/i);
    await stillServing();
  });

  it('refuses aliases past the limit', async () => {
    const aliases = Array.from({ length: 8 }, (_, i) => `a${i}: viewer { role }`).join(' ');
    const res = await api.gql(`{ ${aliases} }`, {}, acme.admin);
    expect(res.body.errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
    expect(res.body.errors[0].message).toMatch(/aliases limit of 5/i);
    await stillServing();
  });

  it('refuses a query that costs too much', async () => {
    const res = await api.gql(
      '{ auditLog(first: 200) { id action actorKind actorLabel targetType targetId at } }',
      {},
      acme.admin,
    );
    expect(res.body.errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
    expect(res.body.errors[0].message).toMatch(/cost limit of 300/i);
    await stillServing();
  });

  it('refuses an oversized body with 413', async () => {
    const res = await api.gql(`{ viewer { role } } # ${'x'.repeat(5000)}`, {}, acme.admin);
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
    await stillServing();
  });

  it('never returns a stack trace', async () => {
    const res = await api.gql('{ nope }', {}, acme.admin);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it('turns introspection off in production', async () => {
    const prod = await startTestApi({ NODE_ENV: 'production' });
    try {
      const res = await prod.gql('{ __schema { queryType { name } } }');
      expect(res.body.errors[0].message).toMatch(/introspection/i);
    } finally {
      await prod.close();
    }
  });
});

describe('authentication', () => {
  it('answers every unusable token the same way', async () => {
    const revoked = await acme.token('VIEWER');
    const list = await api.gql('{ apiTokens { id name } }', {}, acme.admin);
    const id = list.body.data.apiTokens.find((t: { name: string }) => t.name === 'VIEWER token').id;
    await api.gql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id }, acme.admin);

    const expiring = await api.gql(
      'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }',
      {
        input: {
          name: 'short',
          role: 'VIEWER',
          expiresAt: new Date(Date.now() + 1500).toISOString(),
        },
      },
      acme.admin,
    );
    await new Promise((r) => setTimeout(r, 1600));

    const headers = [
      'Bearer kw_' + 'A'.repeat(43),
      'Bearer not-a-token',
      'Basic dXNlcjpwYXNz',
      'Bearer',
      `Bearer ${revoked}`,
      `Bearer ${expiring.body.data.createApiToken.secret}`,
    ];
    const answers = await Promise.all(
      headers.map(async (h) => {
        const res = await api.gql('{ viewer { role } }').set('authorization', h);
        return { status: res.status, body: res.body };
      }),
    );
    const first = answers[0]!;
    expect(first.status).toBe(401);
    expect(first.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    for (const a of answers) expect(a).toEqual(first);
  });

  it('asks for a token when none is given on a protected field', async () => {
    const res = await api.gql('{ viewer { role } }');
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('serves the public status page without a token', async () => {
    const res = await api.gql('query($s: String!) { statusPage(slug: $s) { slug name status } }', {
      s: acme.slug,
    });
    expect(res.body.data.statusPage).toMatchObject({ slug: acme.slug, status: 'OPERATIONAL' });
    const missing = await api.gql('{ statusPage(slug: "no-such-tenant") { slug } }');
    expect(missing.body.data.statusPage).toBeNull();
  });
});
