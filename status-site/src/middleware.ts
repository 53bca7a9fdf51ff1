import { isValidSlug } from '@keepwatch/domain';
import { defineMiddleware, sequence } from 'astro:middleware';
import { pages } from './lib/page-cache.ts';
import { route } from './lib/routing.ts';
import { statusPage } from './lib/status-page.ts';

/**
 * Routes a tenant's own host to its pages (`https://status.acme.com/x` is `/<slug>/x`) and keeps
 * tenant pages' renderings (see PageCache; server.mjs serves them before the framework runs).
 */
const routeAndCache = defineMiddleware(async (context, next) => {
  const { pathname, search, hostname } = context.url;
  if (pathname.startsWith('/_astro/')) return next();
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  const target = await route(host, pathname, search);
  if (target.hostSlug) context.locals.pageRoot = '';
  const render = () => (target.hostSlug ? next(target.path) : next());
  // Other methods (HEAD, from uptime monitors) are routed alike but never cached.
  if (context.request.method !== 'GET') return render();
  // Read (or refresh) the snapshot first, so the rendering can be keyed by it.
  const slug = target.path.split(/[/?]/)[1];
  if (slug && isValidSlug(slug)) await statusPage(slug);
  return pages.serve(pages.key(target, host), render);
});

/**
 * Astro recomputes the context (`params`, `url`, `request`) for a `next(path)` rewrite only
 * between middleware chained with `sequence`. From the last or only one, pages see the rewritten
 * route but endpoints (JSON API, feeds, events) get the params of the URL as it came in: on a
 * tenant's own host `/history.rss` had no slug and `/api/v2/summary.json` no path, so both
 * answered 404. Hence the pass-through after the rewrite.
 */
export const onRequest = sequence(routeAndCache, (_context, next) => next());
