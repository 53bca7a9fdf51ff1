import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Role } from '@keepwatch/domain';
import { pino } from 'pino';
import request from 'supertest';
import { inject } from 'vitest';
import { createApiServer, type ApiServer } from '../../api/src/app.js';
import { loadConfig, type Config } from '../../api/src/config/config.js';
import { Database } from '../../api/src/db/database.js';
import type { Services } from '../../api/src/services.js';

export const OPERATOR_SECRET = 'operator-secret-for-tests-0123456789';

export interface TestApi {
  config: Config;
  db: Database;
  services: Services;
  server: ApiServer;
  /** Listens on loopback (a free port unless given) and resolves with the base URL. */
  listen(port?: number): Promise<string>;
  /** POST /graphql as the holder of `token` (or anonymously). */
  gql(query: string, variables?: Record<string, unknown>, token?: string): request.Test;
  close(): Promise<void>;
}

/** A real API server against the run's PostgreSQL, as the application role. */
export async function startTestApi(
  env: Record<string, string> = {},
  options: { logs?: Record<string, unknown>[]; clock?: () => Date } = {},
): Promise<TestApi> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: inject('databaseUrl'),
    OPERATOR_SECRET,
    SECRETS_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
    // Tests run reminder passes themselves, at the time they choose.
    REMINDER_INTERVAL_MS: '0',
    JIRA_SYNC_INTERVAL_MS: '0',
    ...env,
  });
  const db = await Database.connect({
    url: config.DATABASE_URL!,
    poolMax: config.DATABASE_POOL_MAX,
    tokenCacheMs: config.TOKEN_CACHE_MS,
  });
  const log = options.logs
    ? pino({ level: 'info' }, { write: (line: string) => options.logs!.push(JSON.parse(line)) })
    : pino({ level: 'silent' });
  const server = await createApiServer({ config, db, log, clock: options.clock });
  return {
    config,
    db,
    services: server.services,
    server,
    listen: (port = 0) =>
      new Promise((resolve) => {
        server.httpServer.listen(port, '127.0.0.1', () => {
          const { port } = server.httpServer.address() as AddressInfo;
          resolve(`http://127.0.0.1:${port}`);
        });
      }),
    gql(query, variables = {}, token) {
      const req = request(server.httpServer)
        .post('/graphql')
        .set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      return req.send({ query, variables });
    },
    async close() {
      await server.close();
      await db.close();
    },
  };
}

export interface TestTenant {
  id: string;
  slug: string;
  admin: string;
  /** A fresh token of the tenant with this role. */
  token(role: Role): Promise<string>;
}

/** A tenant of its own for a suite, created through the operator path, with an ADMIN token. */
export async function makeTenant(
  api: TestApi,
  options: { slug?: string; riskProfile?: 'STANDARD' | 'CONSUMER' | 'REGULATED' } = {},
): Promise<TestTenant> {
  const slug = options.slug ?? `t-${randomUUID().slice(0, 8)}`;
  const { tenant, admin } = await api.services.tenants.create({
    slug,
    name: `Tenant ${slug}`,
    riskProfile: options.riskProfile ?? 'STANDARD',
  });
  return {
    id: tenant.id,
    slug,
    admin: admin.secret,
    async token(role) {
      const res = await api.gql(
        'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }',
        { input: { name: `${role} token`, role } },
        admin.secret,
      );
      return res.body.data.createApiToken.secret as string;
    },
  };
}

/** A member of the tenant (added by its admin); returns the member's id. */
export async function makeMember(
  api: TestApi,
  tenant: TestTenant,
  name: string,
  role: Role = 'RESPONDER',
): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@${tenant.slug}.test`;
  const res = await api.gql(
    'mutation($input: AddMemberInput!) { addMember(input: $input) { id } }',
    { input: { email, name, role } },
    tenant.admin,
  );
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data.addMember.id as string;
}
