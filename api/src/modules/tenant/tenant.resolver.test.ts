import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTenant,
  OPERATOR_SECRET,
  startTestApi,
  type TestApi,
} from '../../../../test/support/api.js';

const CREATE = `mutation($input: CreateTenantInput!) {
  createTenant(input: $input) { tenant { id slug name riskProfile } adminToken { secret token { role } } }
}`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('createTenant (operator bootstrap)', () => {
  it('creates a tenant and an ADMIN token that works at once', async () => {
    const res = await api.gql(
      CREATE,
      { input: { slug: 'acme-boot', name: 'Acme', riskProfile: 'CONSUMER' } },
      OPERATOR_SECRET,
    );
    expect(res.body.errors).toBeUndefined();
    const { tenant, adminToken } = res.body.data.createTenant;
    expect(tenant).toMatchObject({ slug: 'acme-boot', name: 'Acme', riskProfile: 'CONSUMER' });
    expect(adminToken.token.role).toBe('ADMIN');
    expect(adminToken.secret).toMatch(/^kw_/);

    const me = await api.gql('{ tenant { id slug } viewer { role } }', {}, adminToken.secret);
    expect(me.body.data).toEqual({
      tenant: { id: tenant.id, slug: 'acme-boot' },
      viewer: { role: 'ADMIN' },
    });

    const audit = await api.gql(
      '{ auditLog { action actorKind targetType } }',
      {},
      adminToken.secret,
    );
    const actions = audit.body.data.auditLog.map((a: { action: string }) => a.action);
    expect(actions[0]).toBe('api_token.create');
    expect(actions.at(-1)).toBe('tenant.create');
    // The risk profile's communication-contract presets, one per severity.
    expect(actions.filter((a: string) => a === 'communication_contract.update')).toHaveLength(4);
    expect(audit.body.data.auditLog.at(-1).actorKind).toBe('OPERATOR');
  });

  it('refuses a tenant token: operator only', async () => {
    const other = await makeTenant(api);
    const res = await api.gql(CREATE, { input: { slug: 'sneaky', name: 'X' } }, other.admin);
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('names the field and the rule for bad input, and writes nothing', async () => {
    const res = await api.gql(
      CREATE,
      { input: { slug: 'Not A Slug', name: '  ' } },
      OPERATOR_SECRET,
    );
    expect(res.body.errors[0].extensions.code).toBe('VALIDATION_FAILED');
    const fields = res.body.errors[0].extensions.problems.map((p: { field: string }) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['slug', 'name']));
    expect(await api.db.tenantIdBySlug('Not A Slug')).toBeUndefined();
  });

  it('answers CONFLICT naming the slug when it is taken', async () => {
    const existing = await makeTenant(api);
    const res = await api.gql(
      CREATE,
      { input: { slug: existing.slug, name: 'Copy' } },
      OPERATOR_SECRET,
    );
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'CONFLICT',
      problems: [{ field: 'slug', rule: 'unique' }],
    });
  });
});

describe('updateTenant', () => {
  const UPDATE = `mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { name riskProfile slug } }`;

  it('renames and re-profiles the caller’s tenant only, with an audit record', async () => {
    const [acme, globex] = [await makeTenant(api), await makeTenant(api)];
    const res = await api.gql(
      UPDATE,
      { input: { name: ' Acme Corp ', riskProfile: 'REGULATED' } },
      acme.admin,
    );
    expect(res.body.data.updateTenant).toEqual({
      name: 'Acme Corp',
      riskProfile: 'REGULATED',
      slug: acme.slug,
    });
    const audit = await api.gql('{ auditLog(first: 1) { action before after } }', {}, acme.admin);
    expect(audit.body.data.auditLog[0]).toMatchObject({
      action: 'tenant.update',
      before: { riskProfile: 'STANDARD' },
      after: { name: 'Acme Corp', riskProfile: 'REGULATED' },
    });
    const other = await api.gql('{ tenant { name riskProfile } }', {}, globex.admin);
    expect(other.body.data.tenant).toEqual({
      name: `Tenant ${globex.slug}`,
      riskProfile: 'STANDARD',
    });
  });

  it('is ADMIN only and names bad fields', async () => {
    const acme = await makeTenant(api);
    const commander = await acme.token('COMMANDER');
    const forbidden = await api.gql(UPDATE, { input: { name: 'X' } }, commander);
    expect(forbidden.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const invalid = await api.gql(UPDATE, { input: { name: 'x'.repeat(121) } }, acme.admin);
    expect(invalid.body.errors[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [{ field: 'name', rule: 'isLength' }],
    });
  });
});

describe('without an operator secret configured', () => {
  it('refuses createTenant to everyone', async () => {
    const closed = await startTestApi({ OPERATOR_SECRET: '' });
    try {
      const res = await closed.gql(
        CREATE,
        { input: { slug: 'nobody', name: 'X' } },
        OPERATOR_SECRET,
      );
      expect(res.status).toBe(401);
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await closed.close();
    }
  });
});
