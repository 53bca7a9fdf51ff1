/** Who is acting: an API token of the tenant, the platform operator, or the platform itself. */
export interface Actor {
  kind: 'TOKEN' | 'OPERATOR' | 'SYSTEM';
  id?: string;
  label: string;
}

/** Everything a tenant transaction needs to know about the request it serves. */
export interface Scope {
  tenantId: string;
  actor: Actor;
  requestId?: string;
}
