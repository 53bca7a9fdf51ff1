import { isValidSlug } from '@keepwatch/domain';
import { config } from './config.ts';
import { SnapshotStore, type Lookup } from './snapshots.ts';

export type { Snapshot } from './snapshots.ts';

/** The site's one store of tenant pages (see SnapshotStore). */
export const store = new SnapshotStore({
  apiUrl: config.apiUrl,
  timeoutMs: config.apiTimeoutMs,
  ttlMs: config.snapshotTtlMs,
  liveTtlMs: 60_000,
  lookupTtlMs: 60_000,
  // An unreachable API is expected now and then: one line, not a stack trace.
  log: (message) => console.error(message),
});

/** The page of the tenant at `slug`; a malformed slug names no tenant and costs no API call. */
export function statusPage(slug: string | undefined): Promise<Lookup> {
  if (slug === undefined || !isValidSlug(slug)) return Promise.resolve({ kind: 'missing' });
  return store.get(slug);
}
