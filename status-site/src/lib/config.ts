/**
 * The site's only configuration, read once at start-up from the environment. HOST and PORT are
 * read by @astrojs/node itself (default 4321).
 */
export interface SiteConfig {
  /** HTTP GraphQL endpoint of the Keepwatch API (its WebSocket is the same URL as ws:). */
  apiUrl: string;
  /** How long one API call may take before the site gives up on it. */
  apiTimeoutMs: number;
  /** Pages at `<slug>.<baseDomain>` when set (e.g. status.example.com → acme.status.example.com). */
  baseDomain: string | null;
  /** How long a snapshot is served unconfirmed while the API's change stream is down. */
  snapshotTtlMs: number;
  /**
   * The protocol readers use (`https:` behind a TLS-terminating proxy or CDN), for the absolute
   * links in the JSON API and feeds; null: the protocol of the request as it reached the site.
   */
  publicProtocol: 'http:' | 'https:' | null;
}

function apiUrl(value: string | undefined): string {
  const url = value?.trim() || 'http://localhost:4000/graphql';
  try {
    new URL(url);
  } catch {
    throw new Error(`KEEPWATCH_API_URL is not a URL: ${url}`);
  }
  return url;
}

function milliseconds(name: string, value: string | undefined, fallback: number): number {
  if (!value?.trim()) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number of ms`);
  return n;
}

function baseDomain(value: string | undefined): string | null {
  const domain = value?.trim().toLowerCase().replace(/^\./, '');
  if (!domain) return null;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) {
    throw new Error(`KEEPWATCH_BASE_DOMAIN is not a domain name: ${value}`);
  }
  return domain;
}

function publicProtocol(value: string | undefined): 'http:' | 'https:' | null {
  const protocol = value?.trim().toLowerCase().replace(/:?$/, ':');
  if (!value?.trim()) return null;
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new Error(`KEEPWATCH_PUBLIC_PROTOCOL must be http or https, not ${value}`);
  }
  return protocol;
}

export const config: SiteConfig = {
  apiUrl: apiUrl(process.env.KEEPWATCH_API_URL),
  apiTimeoutMs: milliseconds(
    'KEEPWATCH_API_TIMEOUT_MS',
    process.env.KEEPWATCH_API_TIMEOUT_MS,
    3_000,
  ),
  baseDomain: baseDomain(process.env.KEEPWATCH_BASE_DOMAIN),
  publicProtocol: publicProtocol(process.env.KEEPWATCH_PUBLIC_PROTOCOL),
  snapshotTtlMs: milliseconds(
    'KEEPWATCH_SNAPSHOT_TTL_MS',
    process.env.KEEPWATCH_SNAPSHOT_TTL_MS,
    10_000,
  ),
};
