/** The database roles. Migrations run as OWNER; requests run as APP, which owns nothing. */
export const OWNER_ROLE = 'keepwatch_owner';
export const APP_ROLE = 'keepwatch_app';
/**
 * NOLOGIN role with BYPASSRLS that owns only the SECURITY DEFINER functions used before a tenant is
 * known (token and slug look-ups), so no table has to be exempted from row-level security.
 */
export const LOOKUP_ROLE = 'keepwatch_lookup';
