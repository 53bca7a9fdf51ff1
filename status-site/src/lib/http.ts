import { config } from './config.ts';
import type { Lookup } from './snapshots.ts';

/**
 * Cache-Control for what the site serves. A CDN may keep a page 10 s, serve it up to 30 s more
 * while it revalidates, and keep serving it for a day if the site itself fails; browsers always
 * revalidate. A stale snapshot (the API unreachable) is cached for less, so the page recovers soon.
 */
export function cacheControl(lookup: Lookup): string {
  switch (lookup.kind) {
    case 'found':
      return lookup.snapshot.stale
        ? 'public, max-age=0, s-maxage=5, stale-if-error=86400'
        : 'public, max-age=0, s-maxage=10, stale-while-revalidate=30, stale-if-error=86400';
    case 'missing':
      return 'public, max-age=60';
    case 'unavailable':
      return 'no-store';
  }
}

/** A JSON response with the page's caching. */
export function json(body: unknown, status: number, lookup: Lookup): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': cacheControl(lookup),
      // Statuspage's API is read from other origins (widgets); so is this one.
      'access-control-allow-origin': '*',
    },
  });
}

/** The URL of a tenant page's root: `/<slug>` on the shared host, `` on its own host. */
export function pageRoot(locals: App.Locals, slug: string): string {
  return locals.pageRoot ?? `/${slug}`;
}

/** The absolute URL of a tenant page's root, as readers reach it (JSON API and feed links). */
export function pageUrl(url: URL, locals: App.Locals, slug: string): string {
  const protocol = config.publicProtocol ?? url.protocol;
  return `${protocol}//${url.host}${pageRoot(locals, slug)}`;
}
