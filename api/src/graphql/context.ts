import type { Logger } from 'pino';
import type { Scope } from '../db/scope.js';
import type { Services } from '../services.js';
import { tenantScope, type Auth } from './auth.js';

export interface Context {
  requestId: string;
  auth: Auth;
  log: Logger;
  services: Services;
  /** WebSocket connections: hash of the token, so open subscriptions can be re-authorised. */
  tokenHash?: Buffer;
}

/** The tenant scope of the caller; UNAUTHENTICATED for anyone but a tenant token. */
export function scopeOf(ctx: Context): Scope {
  return tenantScope(ctx.auth, ctx.requestId);
}
