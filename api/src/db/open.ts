import path from 'node:path';
import type { Config } from '../config/config.js';
import { Database, migrate } from './database.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { provisionDatabase, roleUrls } from './provision.js';

export interface OpenDatabase {
  db: Database;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * The configured database, migrated. Without DATABASE_URL an embedded PostgreSQL under DATA_DIR
 * is started (and provisioned on first use), so a fresh machine needs nothing installed.
 */
export async function openDatabase(config: Config): Promise<OpenDatabase> {
  let appUrl = config.DATABASE_URL;
  let ownerUrl = config.DATABASE_OWNER_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!appUrl) {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(config.DATA_DIR, 'postgres'),
      port: config.EMBEDDED_POSTGRES_PORT,
    });
    stopEmbedded = server.stop;
    await provisionDatabase(server.url, 'keepwatch');
    ({ appUrl, ownerUrl } = roleUrls(server.url, 'keepwatch'));
  }
  if (ownerUrl) await migrate(ownerUrl);
  const db = await Database.connect({
    url: appUrl,
    poolMax: config.DATABASE_POOL_MAX,
    tokenCacheMs: config.TOKEN_CACHE_MS,
  });
  return {
    db,
    embedded: stopEmbedded !== undefined,
    async close() {
      await db.close();
      await stopEmbedded?.();
    },
  };
}
