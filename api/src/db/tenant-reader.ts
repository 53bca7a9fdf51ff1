/** Read access bound to one tenant: what a read-only request needs (see Database.read). */
export interface TenantReader {
  readonly tenantId: string;
  /** A named prepared statement; row-level security applies. */
  prepared<T>(name: string, sql: string, params: unknown[]): Promise<T[]>;
}
