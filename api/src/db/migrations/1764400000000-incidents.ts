import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_SEVERITY_LEVELS } from '@keepwatch/domain';
import { APP_ROLE, LOOKUP_ROLE } from '../roles.js';
import { tenantTable } from './rls.js';

/** Severity levels, incidents, their append-only timelines, and the event outbox. */
export class Incidents1764400000000 implements MigrationInterface {
  name = 'Incidents1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE tenants ADD COLUMN incident_count integer NOT NULL DEFAULT 0;

      CREATE TABLE severity_levels (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        key text NOT NULL,
        rank integer NOT NULL CHECK (rank BETWEEN 1 AND 10),
        name text NOT NULL,
        description text NOT NULL,
        criteria jsonb NOT NULL,
        PRIMARY KEY (tenant_id, key),
        UNIQUE (tenant_id, rank) DEFERRABLE INITIALLY IMMEDIATE
      );

      CREATE TABLE incidents (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL,
        number integer NOT NULL,
        title text NOT NULL,
        state text NOT NULL CHECK (state IN ('INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED')),
        severity text NOT NULL,
        impact jsonb NOT NULL,
        impact_started_at timestamptz,
        detected_at timestamptz,
        declared_at timestamptz NOT NULL,
        mitigated_at timestamptz,
        resolved_at timestamptz,
        commander_id uuid,
        communications_lead_id uuid,
        last_seq integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, number),
        FOREIGN KEY (tenant_id, severity) REFERENCES severity_levels (tenant_id, key),
        FOREIGN KEY (tenant_id, commander_id) REFERENCES members (tenant_id, id),
        FOREIGN KEY (tenant_id, communications_lead_id) REFERENCES members (tenant_id, id)
      );
      CREATE INDEX incidents_newest ON incidents (tenant_id, declared_at DESC, id DESC);

      CREATE TABLE incident_components (
        tenant_id uuid NOT NULL,
        incident_id uuid NOT NULL,
        component_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, incident_id, component_id),
        FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents (tenant_id, id),
        FOREIGN KEY (tenant_id, component_id) REFERENCES components (tenant_id, id)
      );

      CREATE TABLE timeline_events (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        incident_id uuid NOT NULL,
        seq integer NOT NULL,
        kind text NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        author_id uuid,
        author_label text NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('PUBLIC', 'INTERNAL')),
        payload jsonb NOT NULL,
        supersedes_id uuid,
        prev_hash bytea,
        hash bytea,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, incident_id, seq),
        FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents (tenant_id, id),
        FOREIGN KEY (tenant_id, supersedes_id) REFERENCES timeline_events (tenant_id, id)
      );

      -- Positions are handed out under an advisory lock held to commit (see TenantTx), so they
      -- become visible in order and a tailer reading "position > last" never skips one.
      CREATE TABLE outbox (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        position bigint GENERATED ALWAYS AS IDENTITY,
        type text NOT NULL,
        incident_id uuid,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, position)
      );
      CREATE UNIQUE INDEX outbox_position ON outbox (position);
    `);
    await db.query(tenantTable('severity_levels', 'SELECT, INSERT, UPDATE'));
    await db.query(tenantTable('incidents', 'SELECT, INSERT, UPDATE'));
    await db.query(tenantTable('incident_components', 'SELECT, INSERT, DELETE'));
    // Append-only: the application may add timeline events and outbox rows, never change them.
    await db.query(tenantTable('timeline_events', 'SELECT, INSERT'));
    await db.query(tenantTable('outbox', 'SELECT, INSERT'));

    // Existing tenants get the default severity scale. RLS is forced even for the owner, so the
    // backfill lifts the force for its own statement only.
    await db.query(`ALTER TABLE tenants NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE severity_levels NO FORCE ROW LEVEL SECURITY;`);
    await db.query(
      `INSERT INTO severity_levels (tenant_id, key, rank, name, description, criteria)
         SELECT t.id, l.key, l.rank, l.name, l.description, l.criteria
           FROM tenants t
          CROSS JOIN jsonb_to_recordset($1::jsonb)
                AS l(key text, rank integer, name text, description text, criteria jsonb)`,
      [JSON.stringify(DEFAULT_SEVERITY_LEVELS)],
    );
    await db.query(`ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
      ALTER TABLE severity_levels FORCE ROW LEVEL SECURITY;`);

    // The outbox tailer of every API process reads all tenants' events, through these two
    // functions only; subscribers are filtered by tenant before anything is delivered.
    await db.query(`
      GRANT SELECT ON outbox TO ${LOOKUP_ROLE};
      SET ROLE ${LOOKUP_ROLE};
      CREATE FUNCTION lookup.outbox_after(p_after bigint, p_limit integer)
        RETURNS TABLE (tenant_id uuid, "position" bigint, type text, incident_id uuid, payload jsonb, created_at timestamptz)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT o.tenant_id, o.position, o.type, o.incident_id, o.payload, o.created_at
          FROM public.outbox o WHERE o.position > p_after ORDER BY o.position LIMIT p_limit
      $$;
      CREATE FUNCTION lookup.outbox_head() RETURNS bigint
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT coalesce(max(position), 0) FROM public.outbox
      $$;
      REVOKE ALL ON FUNCTION lookup.outbox_after(bigint, integer), lookup.outbox_head() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION lookup.outbox_after(bigint, integer), lookup.outbox_head()
        TO ${APP_ROLE};
      RESET ROLE;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION lookup.outbox_after(bigint, integer), lookup.outbox_head();
      DROP TABLE outbox, timeline_events, incident_components, incidents, severity_levels;
      ALTER TABLE tenants DROP COLUMN incident_count;
    `);
  }
}
