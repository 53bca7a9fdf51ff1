import { createKeepwatchClient, StatusPageDocument, type StatusPageQuery } from '@keepwatch/client';
import { config } from './config.ts';
import { isValidSlug } from '@keepwatch/domain';

export type StatusPage = NonNullable<StatusPageQuery['statusPage']>;
export type StatusPageComponent = StatusPage['components'][number];
export type StatusPageIncident = StatusPage['incidents'][number];

// Anonymous: the status page is public and the site holds no token.
const client = createKeepwatchClient({ url: config.apiUrl, timeoutMs: config.apiTimeoutMs });

/**
 * The public status page of the tenant at `slug`, or null when there is none. Throws a
 * KeepwatchApiError when the API cannot answer, which the page turns into a 503.
 */
export async function statusPage(slug: string | undefined): Promise<StatusPage | null> {
  // A malformed slug cannot name a tenant; don't spend an API call on it.
  if (slug === undefined || !isValidSlug(slug)) return null;
  const result = await client.request(StatusPageDocument, { slug });
  return result.statusPage;
}
