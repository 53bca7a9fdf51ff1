import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

/** The operator's command line, as built (`api/dist`), against the run's database. */
function cli(...args: string[]) {
  return run(process.execPath, ['api/dist/cli.js', ...args], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: inject('databaseUrl'),
      DATABASE_OWNER_URL: inject('ownerUrl'),
    },
  });
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('cli create-tenant', () => {
  it('creates a tenant and prints a working ADMIN token', async () => {
    const { stdout } = await cli(
      'create-tenant',
      '--slug',
      'cli-made',
      '--name',
      'Made by CLI',
      '--profile',
      'REGULATED',
    );
    const printed = JSON.parse(stdout) as { tenantId: string; slug: string; adminToken: string };
    expect(printed.slug).toBe('cli-made');
    const res = await api.gql(
      '{ tenant { id riskProfile } viewer { role } }',
      {},
      printed.adminToken,
    );
    expect(res.body.data).toEqual({
      tenant: { id: printed.tenantId, riskProfile: 'REGULATED' },
      viewer: { role: 'ADMIN' },
    });
  });

  it('names what is wrong with its arguments and creates nothing', async () => {
    const failed = await cli(
      'create-tenant',
      '--slug',
      'Bad Slug',
      '--name',
      'X',
      '--profile',
      'LAX',
    ).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toMatch(
      /slug: .*profile: profile must be one of/s,
    );
    expect(await api.db.tenantIdBySlug('Bad Slug')).toBeUndefined();
  });
});
