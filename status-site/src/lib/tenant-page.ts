import type { AstroGlobal } from 'astro';
import { cacheControl, pageRoot } from './http.ts';
import type { Snapshot } from './snapshots.ts';
import { statusPage } from './status-page.ts';

export interface TenantPage {
  /** Null when the API is unreachable and nothing was ever read (the page answers 503). */
  snapshot: Snapshot | null;
  /** Links' root: "/<slug>", or "" on the tenant's own host. */
  root: string;
  zone: string;
  /** The moment the page is rendered at. */
  now: number;
}

/**
 * What every tenant page starts with: the snapshot, the cache headers, and the status code. An
 * unknown, private or malformed slug is the 404 page (a Response to return as it is).
 */
export async function tenantPage(astro: AstroGlobal): Promise<TenantPage | Response> {
  const slug = astro.params.slug ?? '';
  const lookup = await statusPage(slug);
  astro.response.headers.set('cache-control', cacheControl(lookup));
  if (lookup.kind === 'missing') return astro.rewrite('/404');
  if (lookup.kind === 'unavailable') {
    astro.response.status = 503;
    astro.response.statusText = 'Service Unavailable';
    astro.response.headers.set('retry-after', '30');
  }
  const snapshot = lookup.kind === 'found' ? lookup.snapshot : null;
  return {
    snapshot,
    root: pageRoot(astro.locals, slug),
    zone: snapshot?.page.timeZone ?? 'UTC',
    now: Date.now(),
  };
}
