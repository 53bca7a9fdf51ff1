import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, LOOKUP_ROLE } from '../roles.js';
import { tenantTable } from './rls.js';

/**
 * Reminders sent, one row per (incident, promise, due moment, kind): the primary key is what makes
 * a reminder go out exactly once however many API processes look for due promises.
 */
export class CommunicationReminders1764700000000 implements MigrationInterface {
  name = 'CommunicationReminders1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE communication_reminders (
        tenant_id uuid NOT NULL,
        incident_id uuid NOT NULL,
        promise text NOT NULL CHECK (promise IN ('PUBLIC_UPDATE', 'INTERNAL_UPDATE', 'EXEC_SUMMARY')),
        due_at timestamptz NOT NULL,
        kind text NOT NULL CHECK (kind IN ('DUE_SOON', 'OVERDUE')),
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, incident_id, promise, due_at, kind),
        FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents (tenant_id, id)
      );
    `);
    await db.query(tenantTable('communication_reminders', 'SELECT, INSERT'));
    // Which tenants have open incidents: the only cross-tenant read the reminder scan needs.
    await db.query(`
      GRANT SELECT (tenant_id, state) ON incidents TO ${LOOKUP_ROLE};
      SET ROLE ${LOOKUP_ROLE};
      CREATE FUNCTION lookup.tenants_with_open_incidents() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT DISTINCT tenant_id FROM public.incidents WHERE state <> 'RESOLVED' ORDER BY tenant_id
      $$;
      REVOKE ALL ON FUNCTION lookup.tenants_with_open_incidents() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION lookup.tenants_with_open_incidents() TO ${APP_ROLE};
      RESET ROLE;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION lookup.tenants_with_open_incidents();
      DROP TABLE communication_reminders;
    `);
  }
}
