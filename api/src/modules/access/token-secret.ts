import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'kw_';

/** A new API token: 256 random bits, prefixed so secret scanners can recognise it. */
export function newTokenSecret(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function looksLikeToken(value: string): boolean {
  return value.startsWith(PREFIX) && value.length === PREFIX.length + 43;
}

/** Constant-time comparison of two secrets of any length. */
export function secretsEqual(a: string, b: string): boolean {
  return timingSafeEqual(hashToken(a), hashToken(b));
}
