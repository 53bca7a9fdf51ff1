import { APP_ROLE } from '../roles.js';

/**
 * Row-level security for a table keyed (tenant_id, …): enabled and forced (so even the owner is
 * filtered), one policy on the transaction-local `app.tenant_id`, and the application's grants.
 * NULLIF: once a transaction that set it ends, the setting reads '' for the rest of the session.
 */
export function tenantTable(table: string, grants: string): string {
  return `
    ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
    CREATE POLICY tenant_isolation ON ${table}
      USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
      WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
    GRANT ${grants} ON ${table} TO ${APP_ROLE};
  `;
}
