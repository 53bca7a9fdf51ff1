/**
 * A tenant's risk profile picks its defaults: CONSUMER puts communication latency first,
 * REGULATED puts evidence first (tamper-evident timelines, retention, export).
 */
export const RISK_PROFILES = ['STANDARD', 'CONSUMER', 'REGULATED'] as const;
export type RiskProfile = (typeof RISK_PROFILES)[number];

/** Slugs appear in public URLs and host names, so they follow DNS label rules. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

/** Slugs that would collide with the status site's own routes. */
export const RESERVED_SLUGS: readonly string[] = [
  'api',
  'assets',
  'healthz',
  'readyz',
  'metrics',
  'graphql',
  'www',
];

export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug) && !RESERVED_SLUGS.includes(slug);
}
