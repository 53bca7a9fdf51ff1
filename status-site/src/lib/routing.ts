import { isIP } from 'node:net';
import { isValidSlug } from '@keepwatch/domain';
import { config } from './config.ts';
import { store } from './status-page.ts';

/** Where a request goes: the tenant page path inside the site, and the root its links use. */
export interface Route {
  /** e.g. "/acme/history" (query string included). */
  path: string;
  /** The tenant, when the request's host is one of a tenant's own. */
  hostSlug: string | null;
}

/** A tenant's host's path → the site's path: `https://status.acme.com/x` is `/<slug>/x`. */
function routed(slug: string | null, pathname: string, search: string): Route {
  if (!slug) return { path: pathname + search, hostSlug: null };
  return { path: `/${slug}${pathname === '/' ? '' : pathname}${search}`, hostSlug: slug };
}

/**
 * The tenant a host belongs to: `<slug>.<base domain>`, or a custom host a tenant configured
 * (undefined: not known without asking the API). An IP, localhost or the base domain itself serve
 * pages by path, `/<slug>`.
 */
function knownTenantOfHost(name: string): string | null | undefined {
  // Lower case, and an IPv6 literal without its brackets.
  const host = name.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  const base = config.baseDomain;
  if (base && host.endsWith(`.${base}`)) {
    const label = host.slice(0, -(base.length + 1));
    return isValidSlug(label) ? label : null;
  }
  if (host === base || host === 'localhost' || isIP(host) !== 0) return null;
  return store.knownSlugForHost(host);
}

/** The route of a request, when it is known without asking the API (the fast path). */
export function knownRoute(host: string, pathname: string, search: string): Route | undefined {
  const slug = knownTenantOfHost(host);
  return slug === undefined ? undefined : routed(slug, pathname, search);
}

/** The route of a request, asking the API about a host it has not seen. */
export async function route(host: string, pathname: string, search: string): Promise<Route> {
  let slug = knownTenantOfHost(host);
  if (slug === undefined) {
    // An unreachable API and an unknown host: serve by path meanwhile.
    slug = await store.slugForHost(host).catch(() => null);
  }
  return routed(slug, pathname, search);
}
