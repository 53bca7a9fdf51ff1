import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, LOOKUP_ROLE } from '../roles.js';
import { tenantTable } from './rls.js';

/**
 * What the public status page needs beyond incidents: per-tenant page settings (public or not, a
 * custom host, the page's time zone), every component status change (for uptime history) and
 * scheduled maintenance windows with their components.
 */
export class StatusPage1764800000000 implements MigrationInterface {
  name = 'StatusPage1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE tenants
        ADD COLUMN status_page_public boolean NOT NULL DEFAULT true,
        ADD COLUMN status_page_host text UNIQUE CHECK (status_page_host = lower(status_page_host)),
        ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC';

      CREATE TABLE component_status_changes (
        tenant_id uuid NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        component_id uuid NOT NULL,
        status text NOT NULL,
        since timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, component_id) REFERENCES components (tenant_id, id)
      );
      CREATE INDEX component_status_changes_by_time
        ON component_status_changes (tenant_id, since);
      -- History starts with each existing component's current status, from when it was listed.
      -- RLS is forced even for the owner: the backfill lifts the force for its own statement.
      ALTER TABLE components NO FORCE ROW LEVEL SECURITY;
      INSERT INTO component_status_changes (tenant_id, component_id, status, since)
        SELECT tenant_id, id, status, created_at FROM components;
      ALTER TABLE components FORCE ROW LEVEL SECURITY;

      CREATE TABLE maintenance_windows (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL,
        title text NOT NULL,
        description text NOT NULL,
        scheduled_for timestamptz NOT NULL,
        scheduled_until timestamptz NOT NULL CHECK (scheduled_until > scheduled_for),
        completed_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      );
      CREATE INDEX maintenance_windows_by_time
        ON maintenance_windows (tenant_id, scheduled_until DESC);

      CREATE TABLE maintenance_components (
        tenant_id uuid NOT NULL,
        maintenance_id uuid NOT NULL,
        component_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, maintenance_id, component_id),
        FOREIGN KEY (tenant_id, maintenance_id) REFERENCES maintenance_windows (tenant_id, id),
        FOREIGN KEY (tenant_id, component_id) REFERENCES components (tenant_id, id)
      );
    `);
    await db.query(tenantTable('component_status_changes', 'SELECT, INSERT'));
    await db.query(tenantTable('maintenance_windows', 'SELECT, INSERT, UPDATE'));
    await db.query(tenantTable('maintenance_components', 'SELECT, INSERT'));
    // A tenant's own host for its page; private pages are found by neither slug nor host.
    await db.query(`
      GRANT SELECT (status_page_host, status_page_public) ON tenants TO ${LOOKUP_ROLE};
      SET ROLE ${LOOKUP_ROLE};
      CREATE FUNCTION lookup.public_slug_by_host(p_host text) RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT slug FROM public.tenants WHERE status_page_host = lower(p_host) AND status_page_public
      $$;
      CREATE FUNCTION lookup.public_tenant_id_by_slug(p_slug text) RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT id FROM public.tenants WHERE slug = p_slug AND status_page_public
      $$;
      REVOKE ALL ON FUNCTION lookup.public_slug_by_host(text), lookup.public_tenant_id_by_slug(text)
        FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION lookup.public_slug_by_host(text), lookup.public_tenant_id_by_slug(text)
        TO ${APP_ROLE};
      RESET ROLE;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION lookup.public_slug_by_host(text), lookup.public_tenant_id_by_slug(text);
      DROP TABLE maintenance_components, maintenance_windows, component_status_changes;
      ALTER TABLE tenants
        DROP COLUMN status_page_public, DROP COLUMN status_page_host, DROP COLUMN time_zone;
    `);
  }
}
