import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../test/support/api.js';
import { ComponentEntity } from '../modules/component/component.entity.js';
import { makeIncident } from '../../../test/support/incidents.js';

const CREATE = `mutation($input: CreateComponentInput!) { createComponent(input: $input) { id } }`;

let api: TestApi;
let tenants: TestTenant[];

beforeAll(async () => {
  // A pool of two connections, so interleaved requests of both tenants reuse each connection.
  api = await startTestApi({ DATABASE_POOL_MAX: '2' });
  tenants = [await makeTenant(api), await makeTenant(api)];
  for (const [i, t] of tenants.entries()) {
    for (const n of [1, 2, 3]) await api.gql(CREATE, { input: { name: `T${i}-C${n}` } }, t.admin);
    await makeIncident(api, t, { title: `T${i}-incident` });
  }
});
afterAll(() => api.close());

describe('tenant isolation', () => {
  it('never mixes rows under interleaved load over a small pool', async () => {
    // components and auditLog run in tenant transactions, incidents in a read-only tenant read.
    const query =
      '{ tenant { id } components { name } auditLog(first: 200) { targetId } incidents { nodes { title } } }';
    const results = await Promise.all(
      Array.from({ length: 120 }, async (_, n) => {
        const i = n % 2;
        const res = await api.gql(query, {}, tenants[i]!.admin);
        return { i, data: res.body.data };
      }),
    );
    for (const { i, data } of results) {
      expect(data.tenant.id).toBe(tenants[i]!.id);
      expect(data.components.map((c: { name: string }) => c.name)).toEqual([
        `T${i}-C1`,
        `T${i}-C2`,
        `T${i}-C3`,
      ]);
      expect(
        data.auditLog.some((a: { targetId: string }) => a.targetId === tenants[1 - i]!.id),
      ).toBe(false);
      expect(data.incidents.nodes).toEqual([{ title: `T${i}-incident` }]);
    }
  });

  it('refuses a scoped query with an undefined filter instead of widening it', async () => {
    const scope = {
      tenantId: tenants[0]!.id,
      actor: { kind: 'SYSTEM' as const, label: 'test' },
      role: 'ADMIN' as const,
    };
    await expect(
      api.db.transaction(scope, (tx) => tx.repo(ComponentEntity).find({ id: undefined })),
    ).rejects.toThrow('Refusing a query on ComponentEntity with id = undefined');
  });

  it('leaves nothing behind when a transaction fails half-way', async () => {
    const scope = {
      tenantId: tenants[0]!.id,
      actor: { kind: 'SYSTEM' as const, label: 'test' },
      role: 'ADMIN' as const,
    };
    const count = () => api.db.transaction(scope, (tx) => tx.repo(ComponentEntity).count());
    const before = await count();
    await expect(
      api.db.transaction(scope, async (tx) => {
        await tx.repo(ComponentEntity).insert({
          id: randomUUID(),
          name: 'half-written',
          description: '',
          groupName: null,
          position: 0,
          status: 'OPERATIONAL',
          createdAt: new Date(),
          updatedAt: new Date(),
        });
        await tx.audit({ action: 'component.create', targetType: 'Component', targetId: 'x' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await count()).toBe(before);
  });
});
