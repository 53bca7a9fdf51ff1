import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { APP_ROLE } from './roles.js';

/**
 * Wall two of tenant isolation, checked from the catalog: a new tenant table without forced
 * row-level security, or an application role that could bypass it, fails this suite.
 */
let admin: pg.Client;
beforeAll(async () => {
  admin = new pg.Client({ connectionString: inject('superuserUrl') });
  await admin.connect();
});
afterAll(() => admin.end());

describe('row-level security catalog', () => {
  it('forces RLS with an app.tenant_id policy on every tenant-owned table', async () => {
    const { rows } = await admin.query<{
      table: string;
      rls: boolean;
      forced: boolean;
      policies: string[] | null;
    }>(`
      SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
             array_agg(p.qual || ' ' || coalesce(p.with_check, ''))
               FILTER (WHERE p.policyname IS NOT NULL) AS policies
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        LEFT JOIN pg_policies p ON p.schemaname = 'public' AND p.tablename = c.relname
       WHERE c.relkind IN ('r', 'p')
         AND (c.relname = 'tenants' OR EXISTS (
               SELECT 1 FROM pg_attribute a
                WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped))
       GROUP BY c.relname, c.relrowsecurity, c.relforcerowsecurity
       ORDER BY c.relname`);
    expect(rows.map((r) => r.table)).toEqual(
      expect.arrayContaining([
        'api_tokens',
        'audit_log',
        'components',
        'incident_components',
        'incidents',
        'members',
        'outbox',
        'severity_levels',
        'tenants',
        'timeline_events',
      ]),
    );
    for (const row of rows) {
      expect({ table: row.table, rls: row.rls, forced: row.forced }).toEqual({
        table: row.table,
        rls: true,
        forced: true,
      });
      expect(row.policies, row.table).not.toBeNull();
      for (const policy of row.policies ?? []) expect(policy, row.table).toContain('app.tenant_id');
    }
  });

  it('keys every tenant-owned table by (tenant_id, …)', async () => {
    const { rows } = await admin.query<{ table: string; key: string[] }>(`
      SELECT c.relname AS table, array_agg(a.attname::text ORDER BY k.ord) AS key
        FROM pg_constraint con
        JOIN pg_class c ON c.oid = con.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
       WHERE con.contype = 'p' AND c.relname <> 'tenants'
         AND EXISTS (SELECT 1 FROM pg_attribute t WHERE t.attrelid = c.oid AND t.attname = 'tenant_id')
       GROUP BY c.relname`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.key[0], row.table).toBe('tenant_id');
  });

  it('gives the application role no way around RLS', async () => {
    const role = await admin.query(
      `SELECT rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = $1`,
      [APP_ROLE],
    );
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false });
    const owned = await admin.query(
      `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`,
      [APP_ROLE],
    );
    expect(owned.rows).toEqual([]);
    const inherited = await admin.query(
      `SELECT r.rolname FROM pg_roles r
        WHERE pg_has_role($1, r.oid, 'MEMBER') AND r.rolname <> $1
          AND (r.rolbypassrls OR r.rolsuper)`,
      [APP_ROLE],
    );
    expect(inherited.rows).toEqual([]);
  });

  it('shows the application role nothing without a tenant, and refuses cross-tenant writes', async () => {
    const app = new pg.Client({ connectionString: inject('databaseUrl') });
    await app.connect();
    try {
      const { rows } = await app.query('SELECT count(*)::int AS n FROM tenants');
      expect(rows[0].n).toBe(0);
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.tenant_id', gen_random_uuid()::text, true)`);
      await expect(
        app.query(
          `INSERT INTO components (tenant_id, id, name) VALUES (gen_random_uuid(), gen_random_uuid(), 'x')`,
        ),
      ).rejects.toThrow(/row-level security/);
      await app.query('ROLLBACK');
      // After a transaction-local setting ends the session reads '' — still nothing, no error.
      const after = await app.query('SELECT count(*)::int AS n FROM members');
      expect(after.rows[0].n).toBe(0);
    } finally {
      await app.end();
    }
  });
});
