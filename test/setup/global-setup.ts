import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../api/src/db/database.js';
import { startEmbeddedPostgres } from '../../api/src/db/embedded-postgres.js';
import { provisionDatabase, roleUrls } from '../../api/src/db/provision.js';

declare module 'vitest' {
  export interface ProvidedContext {
    superuserUrl: string;
    databaseUrl: string;
    ownerUrl: string;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * One real PostgreSQL for the whole run, in a fresh temporary folder (never the demo data), with
 * a database created for this run and migrated as the owner role. Suites isolate themselves by
 * creating their own tenants.
 */
export default async function setup(project: TestProject) {
  const dataRoot = await mkdtemp(path.join(tmpdir(), 'keepwatch-test-'));
  await chmod(dataRoot, 0o755);
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dataRoot, 'pg'),
    port: await freePort(),
  });
  const database = `keepwatch_test_${process.pid}`;
  await provisionDatabase(server.url, database);
  const { appUrl, ownerUrl } = roleUrls(server.url, database);
  await migrate(ownerUrl);
  project.provide('superuserUrl', server.url.replace(/\/postgres$/, `/${database}`));
  project.provide('databaseUrl', appUrl);
  project.provide('ownerUrl', ownerUrl);
  return async () => {
    await server.stop();
    await rm(dataRoot, { recursive: true, force: true });
  };
}
