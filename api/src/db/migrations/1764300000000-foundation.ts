import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, LOOKUP_ROLE } from '../roles.js';
import { tenantTable } from './rls.js';

/** Tenants, members, API tokens, the audit log, components, and the pre-tenant look-ups. */
export class Foundation1764300000000 implements MigrationInterface {
  name = 'Foundation1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      REVOKE ALL ON SCHEMA public FROM PUBLIC;
      GRANT USAGE ON SCHEMA public TO ${APP_ROLE}, ${LOOKUP_ROLE};

      CREATE TABLE tenants (
        id uuid PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        risk_profile text NOT NULL CHECK (risk_profile IN ('STANDARD', 'CONSUMER', 'REGULATED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE members (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL,
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('VIEWER', 'RESPONDER', 'COMMANDER', 'COMMUNICATIONS', 'ADMIN')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, email)
      );

      CREATE TABLE api_tokens (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('VIEWER', 'RESPONDER', 'COMMANDER', 'COMMUNICATIONS', 'ADMIN')),
        token_hash bytea NOT NULL UNIQUE,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz,
        PRIMARY KEY (tenant_id, id)
      );

      CREATE TABLE audit_log (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id bigint GENERATED ALWAYS AS IDENTITY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_kind text NOT NULL CHECK (actor_kind IN ('TOKEN', 'OPERATOR', 'SYSTEM')),
        actor_id uuid,
        actor_label text NOT NULL,
        request_id text,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text NOT NULL,
        before jsonb,
        after jsonb,
        PRIMARY KEY (tenant_id, id)
      );

      CREATE TABLE components (
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        id uuid NOT NULL,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        group_name text,
        position integer NOT NULL DEFAULT 0,
        status text NOT NULL DEFAULT 'OPERATIONAL' CHECK (status IN
          ('OPERATIONAL', 'DEGRADED_PERFORMANCE', 'PARTIAL_OUTAGE', 'MAJOR_OUTAGE', 'UNDER_MAINTENANCE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, name)
      );
    `);

    // tenants is keyed by the tenant id itself.
    await db.query(`
      ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
      ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON tenants
        USING (id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
        WITH CHECK (id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
      GRANT SELECT, INSERT, UPDATE ON tenants TO ${APP_ROLE};
    `);
    await db.query(tenantTable('members', 'SELECT, INSERT, UPDATE, DELETE'));
    await db.query(tenantTable('api_tokens', 'SELECT, INSERT, UPDATE'));
    // The audit log is append-only for the application.
    await db.query(tenantTable('audit_log', 'SELECT, INSERT'));
    await db.query(tenantTable('components', 'SELECT, INSERT, UPDATE, DELETE'));

    // Look-ups that run before a tenant is known. They return only what authentication and public
    // routing need, and are owned by a role that bypasses RLS so no table has to be exempted.
    await db.query(`
      CREATE SCHEMA lookup AUTHORIZATION ${LOOKUP_ROLE};
      GRANT USAGE ON SCHEMA lookup TO ${APP_ROLE};
      GRANT SELECT (id, slug) ON tenants TO ${LOOKUP_ROLE};
      GRANT SELECT (tenant_id, id, role, token_hash, expires_at, revoked_at, last_used_at),
            UPDATE (last_used_at) ON api_tokens TO ${LOOKUP_ROLE};
      SET ROLE ${LOOKUP_ROLE};

      -- Resolves a token hash to its tenant and role. last_used_at is refreshed at most once a
      -- minute so a busy integration does not turn every request into a row update.
      CREATE FUNCTION lookup.token_identity(p_hash bytea)
        RETURNS TABLE (tenant_id uuid, token_id uuid, role text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        t record;
      BEGIN
        SELECT a.tenant_id, a.id, a.role, a.last_used_at INTO t
          FROM public.api_tokens a
         WHERE a.token_hash = p_hash AND a.revoked_at IS NULL
           AND (a.expires_at IS NULL OR a.expires_at > now());
        IF NOT FOUND THEN
          RETURN;
        END IF;
        IF t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute' THEN
          UPDATE public.api_tokens SET last_used_at = now()
           WHERE api_tokens.tenant_id = t.tenant_id AND api_tokens.id = t.id;
        END IF;
        RETURN QUERY SELECT t.tenant_id, t.id, t.role;
      END $$;

      CREATE FUNCTION lookup.tenant_id_by_slug(p_slug text) RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT id FROM public.tenants WHERE slug = p_slug
      $$;

      REVOKE ALL ON FUNCTION lookup.token_identity(bytea), lookup.tenant_id_by_slug(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION lookup.token_identity(bytea), lookup.tenant_id_by_slug(text) TO ${APP_ROLE};
      RESET ROLE;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP SCHEMA lookup CASCADE;
      DROP TABLE components, audit_log, api_tokens, members, tenants;
    `);
  }
}
