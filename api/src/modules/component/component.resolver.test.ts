import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../../test/support/api.js';

const CREATE = `mutation($input: CreateComponentInput!) {
  createComponent(input: $input) { id name description group position status }
}`;

let api: TestApi;
let acme: TestTenant;
let globex: TestTenant;

beforeAll(async () => {
  api = await startTestApi();
  [acme, globex] = await Promise.all([makeTenant(api), makeTenant(api)]);
});
afterAll(() => api.close());

describe('components', () => {
  it('creates components, lists them in page order, and shows them on the public page', async () => {
    const b = await api.gql(
      CREATE,
      { input: { name: 'Checkout', group: 'Store', position: 2 } },
      acme.admin,
    );
    expect(b.body.data.createComponent).toMatchObject({
      name: 'Checkout',
      group: 'Store',
      status: 'OPERATIONAL',
    });
    await api.gql(
      CREATE,
      { input: { name: 'Login', position: 1, description: 'Sign-in' } },
      acme.admin,
    );
    const audit = await api.gql('{ auditLog(first: 1) { action after } }', {}, acme.admin);
    expect(audit.body.data.auditLog[0]).toMatchObject({
      action: 'component.create',
      after: { name: 'Login' },
    });

    const list = await api.gql('{ components { name position } }', {}, await acme.token('VIEWER'));
    expect(list.body.data.components).toEqual([
      { name: 'Login', position: 1 },
      { name: 'Checkout', position: 2 },
    ]);
    const page = await api.gql(
      'query($s: String!) { statusPage(slug: $s) { components { name } } }',
      { s: acme.slug },
    );
    expect(page.body.data.statusPage.components.map((c: { name: string }) => c.name)).toEqual([
      'Login',
      'Checkout',
    ]);
  });

  it('is ADMIN only', async () => {
    const res = await api.gql(CREATE, { input: { name: 'X' } }, await acme.token('COMMANDER'));
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('names bad fields', async () => {
    const res = await api.gql(
      CREATE,
      { input: { name: ' ', position: -1, description: 'x'.repeat(501) } },
      acme.admin,
    );
    expect(res.body.errors[0].extensions.code).toBe('VALIDATION_FAILED');
    expect(
      res.body.errors[0].extensions.problems.map((p: { field: string }) => p.field).sort(),
    ).toEqual(['description', 'name', 'position']);
  });

  it('keeps tenants apart: same names allowed, lists never mixed', async () => {
    await api.gql(CREATE, { input: { name: 'Checkout' } }, globex.admin);
    const dup = await api.gql(CREATE, { input: { name: 'Checkout' } }, globex.admin);
    expect(dup.body.errors[0].extensions).toMatchObject({
      code: 'CONFLICT',
      problems: [{ field: 'name' }],
    });
    const list = await api.gql('{ components { name } }', {}, globex.admin);
    expect(list.body.data.components).toEqual([{ name: 'Checkout' }]);
  });
});
