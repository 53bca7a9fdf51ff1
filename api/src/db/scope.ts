import type { Role } from '@keepwatch/domain';

/** Who is acting: an API token of the tenant, the platform operator, or the platform itself. */
export interface Actor {
  kind: 'TOKEN' | 'OPERATOR' | 'SYSTEM';
  id?: string;
  label: string;
}

/** The platform operator (holder of the operator secret), e.g. when creating a tenant. */
export const OPERATOR_ACTOR: Actor = { kind: 'OPERATOR', label: 'operator' };

/** Everything a tenant transaction needs to know about the request it serves. */
export interface Scope {
  tenantId: string;
  actor: Actor;
  /** What the actor may do; the platform itself acts as ADMIN. */
  role: Role;
  requestId?: string;
}
