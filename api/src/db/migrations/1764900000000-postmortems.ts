import { DEFAULT_FACTOR_CATEGORIES } from '@keepwatch/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, LOOKUP_ROLE } from '../roles.js';
import { tenantTable } from './rls.js';

/**
 * Postmortems (one per incident), their contributing factors' taxonomy per tenant, action items
 * with one acceptance criterion each and their Jira sync state, the per-team cap on open actions,
 * a tenant's Jira site, and which severities need a postmortem (a contract term).
 */
export class Postmortems1764900000000 implements MigrationInterface {
  name = 'Postmortems1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE tenants
        ADD COLUMN open_action_cap integer NOT NULL DEFAULT 8
          CHECK (open_action_cap BETWEEN 1 AND 100);
      ALTER TABLE communication_contracts ADD COLUMN postmortem_required boolean;

      CREATE TABLE factor_categories (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        key text NOT NULL CHECK (key ~ '^[A-Z][A-Z0-9_]{0,39}$'),
        name text NOT NULL,
        description text NOT NULL,
        position integer NOT NULL,
        PRIMARY KEY (tenant_id, key)
      );

      CREATE TABLE postmortems (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        incident_id uuid NOT NULL,
        state text NOT NULL CHECK (state IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED')),
        impact text NOT NULL,
        contributing_factors jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        published_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, incident_id),
        FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents (tenant_id, id)
      );

      -- Owner and verifier are member ids checked on write, not foreign keys: removing a member
      -- must not be blocked by (or erase) the record of what they owned.
      CREATE TABLE action_items (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        postmortem_id uuid NOT NULL,
        title text NOT NULL,
        owner_id uuid NOT NULL,
        team text NOT NULL,
        due_at timestamptz NOT NULL,
        criterion jsonb NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CLASS_OF_FAILURE', 'ONE_OFF')),
        slo_name text,
        slo_budget_burned_pct double precision,
        tracker_url text,
        state text NOT NULL CHECK (state IN ('OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED')),
        evidence text,
        verified_by uuid,
        verified_at timestamptz,
        jira_key text,
        jira_url text,
        jira_sync text NOT NULL CHECK (jira_sync IN ('NOT_CONFIGURED', 'PENDING', 'SYNCED', 'FAILED')),
        jira_error text,
        jira_attempts integer NOT NULL DEFAULT 0,
        jira_synced_at timestamptz,
        jira_next_attempt_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, postmortem_id) REFERENCES postmortems (tenant_id, id)
      );
      CREATE INDEX action_items_open_by_team ON action_items (tenant_id, team)
        WHERE state IN ('OPEN', 'IN_PROGRESS');
      CREATE INDEX action_items_jira_due ON action_items (jira_next_attempt_at)
        WHERE jira_sync IN ('PENDING', 'FAILED');

      CREATE TABLE jira_settings (
        tenant_id uuid PRIMARY KEY REFERENCES tenants (id),
        base_url text NOT NULL,
        email text NOT NULL,
        api_token text NOT NULL,
        project_key text NOT NULL,
        epic_key text NOT NULL,
        updated_at timestamptz NOT NULL
      );
    `);
    // Backfills for existing tenants. RLS is forced even for the owner: lifted for these statements.
    await db.query(`ALTER TABLE tenants NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE severity_levels NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE communication_contracts NO FORCE ROW LEVEL SECURITY;`);
    await db.query(
      `INSERT INTO factor_categories (tenant_id, key, name, description, position)
         SELECT t.id, c.key, c.name, c.description, c.ord
           FROM tenants t,
                ROWS FROM (jsonb_to_recordset($1::jsonb) AS (key text, name text, description text))
                  WITH ORDINALITY AS c(key, name, description, ord)`,
      [JSON.stringify(DEFAULT_FACTOR_CATEGORIES)],
    );
    await db.query(`
      UPDATE communication_contracts c SET postmortem_required = (s.rank <= 2)
        FROM severity_levels s WHERE s.tenant_id = c.tenant_id AND s.key = c.severity;
      UPDATE communication_contracts SET postmortem_required = false WHERE postmortem_required IS NULL;
      ALTER TABLE communication_contracts ALTER COLUMN postmortem_required SET NOT NULL;
    `);
    await db.query(`ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
      ALTER TABLE severity_levels FORCE ROW LEVEL SECURITY;
      ALTER TABLE communication_contracts FORCE ROW LEVEL SECURITY;`);
    await db.query(tenantTable('factor_categories', 'SELECT, INSERT, UPDATE, DELETE'));
    await db.query(tenantTable('postmortems', 'SELECT, INSERT, UPDATE'));
    await db.query(tenantTable('action_items', 'SELECT, INSERT, UPDATE'));
    await db.query(tenantTable('jira_settings', 'SELECT, INSERT, UPDATE'));
    // The Jira retry worker's one cross-tenant read: which tenants have syncs due.
    await db.query(`
      GRANT SELECT (tenant_id, jira_sync, jira_next_attempt_at) ON action_items TO ${LOOKUP_ROLE};
      SET ROLE ${LOOKUP_ROLE};
      CREATE FUNCTION lookup.tenants_with_jira_sync_due(p_now timestamptz) RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT DISTINCT tenant_id FROM public.action_items
         WHERE jira_sync IN ('PENDING', 'FAILED') AND jira_next_attempt_at <= p_now
         ORDER BY tenant_id
      $$;
      REVOKE ALL ON FUNCTION lookup.tenants_with_jira_sync_due(timestamptz) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION lookup.tenants_with_jira_sync_due(timestamptz) TO ${APP_ROLE};
      RESET ROLE;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION lookup.tenants_with_jira_sync_due(timestamptz);
      DROP TABLE jira_settings, action_items, postmortems, factor_categories;
      ALTER TABLE communication_contracts DROP COLUMN postmortem_required;
      ALTER TABLE tenants DROP COLUMN open_action_cap;
    `);
  }
}
