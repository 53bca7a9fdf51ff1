import type { TokenIdentity } from './database.js';

/**
 * Identities of recently seen tokens, so a busy integration does not cost a database round trip per
 * request. An entry lives at most `ttlMs` and never past the token's expiry; a revocation evicts it
 * at once in the revoking process and, through NOTIFY, in every other one.
 */
export class TokenCache {
  private readonly entries = new Map<string, { identity: TokenIdentity; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = 10_000,
  ) {}

  get(key: string, now = Date.now()): TokenIdentity | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > now) return entry.identity;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, identity: TokenIdentity, expiresAt: Date | null, now = Date.now()): void {
    if (this.ttlMs <= 0) return;
    const until = Math.min(now + this.ttlMs, expiresAt?.getTime() ?? Number.POSITIVE_INFINITY);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { identity, until });
  }

  forget(tokenId: string): void {
    for (const [key, entry] of this.entries) {
      if (entry.identity.tokenId === tokenId) this.entries.delete(key);
    }
  }
}
