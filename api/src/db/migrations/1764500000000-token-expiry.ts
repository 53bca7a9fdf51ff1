import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, LOOKUP_ROLE } from '../roles.js';

/** The token look-up also returns the expiry, so a cached identity never outlives its token. */
export class TokenExpiry1764500000000 implements MigrationInterface {
  name = 'TokenExpiry1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(tokenIdentity(true));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(tokenIdentity(false));
  }
}

function tokenIdentity(withExpiry: boolean): string {
  return `
      SET ROLE ${LOOKUP_ROLE};
      DROP FUNCTION lookup.token_identity(bytea);
      CREATE FUNCTION lookup.token_identity(p_hash bytea)
        RETURNS TABLE (tenant_id uuid, token_id uuid, role text${withExpiry ? ', expires_at timestamptz' : ''})
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        t record;
      BEGIN
        SELECT a.tenant_id, a.id, a.role, a.expires_at, a.last_used_at INTO t
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
        RETURN QUERY SELECT t.tenant_id, t.id, t.role${withExpiry ? ', t.expires_at' : ''};
      END $$;
      REVOKE ALL ON FUNCTION lookup.token_identity(bytea) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION lookup.token_identity(bytea) TO ${APP_ROLE};
      RESET ROLE;
    `;
}
