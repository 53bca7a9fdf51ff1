import type { APIRoute } from 'astro';
import { json, pageUrl } from '../../../../lib/http.ts';
import { statusPage } from '../../../../lib/status-page.ts';
import { notFoundJson, statuspageEndpoint } from '../../../../lib/statuspage-json.ts';

/** Atlassian Statuspage's public API v2, relative to the page: `/<slug>/api/v2/summary.json`… */
export const GET: APIRoute = async ({ params, locals, url }) => {
  const slug = params.slug ?? '';
  const endpoint = statuspageEndpoint(params.path ?? '');
  const lookup = await statusPage(slug);
  if (!endpoint || lookup.kind === 'missing') return json(notFoundJson(), 404, { kind: 'missing' });
  if (lookup.kind === 'unavailable') {
    return json({ error: 'status temporarily unavailable' }, 503, lookup);
  }
  const { page, stale, fetchedAt } = lookup.snapshot;
  const body = endpoint(page, pageUrl(url, locals, slug));
  const response = json(body, 200, lookup);
  // Not a Statuspage field: how old the data is when the API could not confirm it.
  if (stale) response.headers.set('x-keepwatch-stale-since', new Date(fetchedAt).toISOString());
  return response;
};
