import type { APIRoute } from 'astro';
import type { SnapshotPage } from './snapshot-types.ts';
import { cacheControl, pageUrl } from './http.ts';
import { statusPage } from './status-page.ts';

/** A feed of the tenant's incident history, as RSS or Atom. */
export function feedRoute(
  contentType: string,
  render: (page: SnapshotPage, pageUrl: string) => string,
): APIRoute {
  return async ({ params, locals, url }) => {
    const slug = params.slug ?? '';
    const lookup = await statusPage(slug);
    const headers = { 'cache-control': cacheControl(lookup) };
    if (lookup.kind === 'missing') return new Response('Not found\n', { status: 404, headers });
    if (lookup.kind === 'unavailable') {
      return new Response('Status temporarily unavailable\n', { status: 503, headers });
    }
    const body = render(lookup.snapshot.page, pageUrl(url, locals, slug));
    return new Response(body, {
      headers: { ...headers, 'content-type': `${contentType}; charset=utf-8` },
    });
  };
}
