import { isIP } from 'node:net';
import { isValidSlug } from '@keepwatch/domain';
import { defineMiddleware, sequence } from 'astro:middleware';
import { config } from './lib/config.ts';
import { store } from './lib/status-page.ts';

/**
 * The tenant a host belongs to: `<slug>.<base domain>`, or a custom host the tenant configured.
 * Anything else (an IP, localhost, the site's own domain) serves pages by path, `/<slug>`.
 */
async function tenantOfHost(host: string): Promise<string | null> {
  const base = config.baseDomain;
  if (base && host.endsWith(`.${base}`)) {
    const label = host.slice(0, -(base.length + 1));
    return isValidSlug(label) ? label : null;
  }
  if (host === base || host === 'localhost' || isIP(host) !== 0) return null;
  try {
    return await store.slugForHost(host);
  } catch {
    // The API is unreachable and the host was never looked up: serve by path meanwhile.
    return null;
  }
}

/** Routes a tenant's own host to its pages: `https://status.acme.com/x` is `/<slug>/x`. */
const routeByHost = defineMiddleware(async (context, next) => {
  const { pathname, search, hostname } = context.url;
  if (pathname.startsWith('/_astro/')) return next();
  const slug = await tenantOfHost(hostname.toLowerCase());
  if (!slug) return next();
  context.locals.pageRoot = '';
  return next(`/${slug}${pathname === '/' ? '' : pathname}${search}`);
});

/**
 * Astro recomputes the context (`params`, `url`, `request`) for a `next(path)` rewrite only
 * between middleware chained with `sequence`. From the last or only one, pages see the rewritten
 * route but endpoints (JSON API, feeds, events) get the params of the URL as it came in: on a
 * tenant's own host `/history.rss` had no slug and `/api/v2/summary.json` no path, so both
 * answered 404. Hence the pass-through after the rewrite.
 */
export const onRequest = sequence(routeByHost, (_context, next) => next());
