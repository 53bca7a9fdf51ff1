import pg from 'pg';
import { APP_ROLE, LOOKUP_ROLE, OWNER_ROLE } from './roles.js';

/**
 * One-time, superuser-only set-up: the three roles and the database owned by the owner role.
 * Idempotent. Everything after this (tables, policies, grants) is a migration run as the owner.
 */
export async function provisionDatabase(
  superuserUrl: string,
  database: string,
  passwords: { owner?: string; app?: string } = {},
): Promise<void> {
  const admin = new pg.Client({ connectionString: superuserUrl });
  await admin.connect();
  try {
    await admin.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${OWNER_ROLE}') THEN
          CREATE ROLE ${OWNER_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
        END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${LOOKUP_ROLE}') THEN
          CREATE ROLE ${LOOKUP_ROLE} NOLOGIN NOSUPERUSER BYPASSRLS;
        END IF;
      END $$;
      GRANT ${LOOKUP_ROLE} TO ${OWNER_ROLE};
    `);
    for (const [role, password] of [
      [OWNER_ROLE, passwords.owner],
      [APP_ROLE, passwords.app],
    ] as const) {
      if (password) await admin.query(`ALTER ROLE ${role} PASSWORD ${pg.escapeLiteral(password)}`);
    }
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)} OWNER ${OWNER_ROLE}`);
    }
  } finally {
    await admin.end();
  }
}

/** The owner and application URLs of a database on the server behind `superuserUrl`. */
export function roleUrls(
  superuserUrl: string,
  database: string,
): { ownerUrl: string; appUrl: string } {
  const as = (user: string) => {
    const url = new URL(superuserUrl);
    url.username = user;
    url.password = '';
    url.pathname = `/${database}`;
    return url.toString();
  };
  return { ownerUrl: as(OWNER_ROLE), appUrl: as(APP_ROLE) };
}

export async function dropDatabase(superuserUrl: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: superuserUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
