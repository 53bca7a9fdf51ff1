import {
  createKeepwatchClient,
  StatusPageChangedDocument,
  StatusPageDocument,
  StatusPageHistoryDocument,
  StatusPageHostDocument,
  webSocketUrl,
} from '@keepwatch/client';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import type { SnapshotIncident, SnapshotPage } from './snapshot-types.ts';

/** A tenant's page as last read from the API. */
export interface Snapshot {
  page: SnapshotPage;
  /** When it was read (epoch ms). */
  fetchedAt: number;
  /**
   * The API could not be reached to confirm it: this is the last known state, not the current
   * one, and the page must say so.
   */
  stale: boolean;
  /** Goes up whenever what readers see changes (content or staleness). */
  version: number;
}

export type Lookup =
  | { kind: 'found'; snapshot: Snapshot }
  | { kind: 'missing' }
  /** The API cannot be reached and there is no earlier state to show. */
  | { kind: 'unavailable' };

export interface StoreOptions {
  apiUrl: string;
  /** How long one API call may take. */
  timeoutMs: number;
  /** How long a snapshot is served without asking the API again, while no change stream confirms it. */
  ttlMs: number;
  /** The same while the change stream is connected (changes then arrive as events). */
  liveTtlMs: number;
  /** How long "no such page" and host look-ups are remembered. */
  lookupTtlMs: number;
  log?: (message: string) => void;
}

type Listener = (snapshot: Snapshot) => void;

interface Entry {
  snapshot?: Snapshot;
  /** When the API was last asked, successfully or not (epoch ms). */
  checkedAt: number;
  missingUntil?: number;
  refreshing?: Promise<void>;
  /** A change arrived while refreshing: refresh once more when done. */
  again: boolean;
  unsubscribe?: () => void;
  /** The change stream confirmed the subscription (it is live). */
  live: boolean;
  listeners: Set<Listener>;
  lastUsed: number;
}

/** What readers see, without the read time: equal views mean nothing changed. */
const content = (page: SnapshotPage) => JSON.stringify({ ...page, asOf: undefined });

/** The next maintenance start or end after `now`: the page changes then without any event. */
export function nextBoundary(page: SnapshotPage, now: number): number {
  let next = Infinity;
  for (const m of page.maintenances) {
    for (const t of [Date.parse(m.scheduledFor), Date.parse(m.scheduledUntil)]) {
      if (t > now && t < next) next = t;
    }
  }
  return next;
}

/**
 * Status pages in memory, one snapshot per tenant, so a page view costs no API call. Each
 * snapshot is kept current by the API's `statusPageChanged` stream (one WebSocket for all
 * tenants); without it, snapshots expire after `ttlMs`. When the API cannot be reached the last
 * snapshot is served, marked stale, and listeners (open pages) hear about every change.
 */
export class SnapshotStore {
  private readonly entries = new Map<string, Entry>();
  private readonly hosts = new Map<string, { slug: string | null; until: number }>();
  private readonly months = new Map<string, { incidents: SnapshotIncident[]; until: number }>();
  private readonly http;
  private ws: Client | undefined;
  private connected = false;
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly options: StoreOptions) {
    this.http = createKeepwatchClient({ url: options.apiUrl, timeoutMs: options.timeoutMs });
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /** The page at `slug`: from memory when fresh, else read again (or served stale). */
  async get(slug: string): Promise<Lookup> {
    const entry = this.entry(slug);
    entry.lastUsed = Date.now();
    if (entry.missingUntil !== undefined && entry.missingUntil > Date.now()) {
      return { kind: 'missing' };
    }
    if (!entry.snapshot || !this.fresh(entry, entry.snapshot)) await this.refresh(slug, entry);
    if (entry.snapshot) return { kind: 'found', snapshot: entry.snapshot };
    return entry.missingUntil !== undefined ? { kind: 'missing' } : { kind: 'unavailable' };
  }

  /** The page at `slug` if it can be served as it is now (no API call needed), else undefined. */
  peek(slug: string): Snapshot | undefined {
    const entry = this.entries.get(slug);
    const snapshot = entry?.snapshot;
    if (!entry || !snapshot || !this.fresh(entry, snapshot)) return undefined;
    entry.lastUsed = Date.now();
    return snapshot;
  }

  /** Calls `listener` with each new version of the page at `slug`; returns how to stop. */
  listen(slug: string, listener: Listener): () => void {
    const entry = this.entry(slug);
    entry.listeners.add(listener);
    return () => entry.listeners.delete(listener);
  }

  /**
   * The incidents of one month of the page's history, remembered for `lookupTtlMs` (past months
   * rarely change). With the API unreachable, the last answer is kept; without one, it throws.
   */
  async history(slug: string, month: string): Promise<SnapshotIncident[]> {
    const key = `${slug}|${month}`;
    const cached = this.months.get(key);
    if (cached && cached.until > Date.now()) return cached.incidents;
    try {
      const { statusPageHistory } = await this.http.request(StatusPageHistoryDocument, {
        slug,
        month,
      });
      const incidents = statusPageHistory ?? [];
      this.months.set(key, { incidents, until: Date.now() + this.options.lookupTtlMs });
      return incidents;
    } catch (error) {
      if (cached) return cached.incidents;
      throw error;
    }
  }

  /** The remembered answer of `slugForHost`, if there is a current one. */
  knownSlugForHost(host: string): string | null | undefined {
    const cached = this.hosts.get(host);
    return cached && cached.until > Date.now() ? cached.slug : undefined;
  }

  /** The slug of the page served at a custom host, or null (remembered for `lookupTtlMs`). */
  async slugForHost(host: string): Promise<string | null> {
    const known = this.knownSlugForHost(host);
    if (known !== undefined) return known;
    const cached = this.hosts.get(host);
    try {
      const { statusPageSlug } = await this.http.request(StatusPageHostDocument, { host });
      this.hosts.set(host, { slug: statusPageSlug, until: Date.now() + this.options.lookupTtlMs });
      return statusPageSlug;
    } catch (error) {
      // Unreachable API: keep routing as before rather than losing the tenant's page.
      if (cached) return cached.slug;
      throw error;
    }
  }

  close(): void {
    clearInterval(this.sweeper);
    void this.ws?.dispose();
  }

  private entry(slug: string): Entry {
    let entry = this.entries.get(slug);
    if (!entry) {
      entry = {
        checkedAt: 0,
        again: false,
        live: false,
        listeners: new Set(),
        lastUsed: Date.now(),
      };
      this.entries.set(slug, entry);
    }
    return entry;
  }

  /** Whether to serve without asking the API (a failed ask is not repeated for `ttlMs` either). */
  private fresh(entry: Entry, snapshot: Snapshot): boolean {
    const live = entry.live && this.connected && !snapshot.stale;
    const ttl = live ? this.options.liveTtlMs : this.options.ttlMs;
    const expires = Math.min(entry.checkedAt + ttl, nextBoundary(snapshot.page, entry.checkedAt));
    return Date.now() < expires;
  }

  /** Reads the page again; one read at a time per page, with one more if a change came meanwhile. */
  private refresh(slug: string, entry: Entry): Promise<void> {
    if (entry.refreshing) {
      entry.again = true;
      return entry.refreshing;
    }
    entry.refreshing = (async () => {
      do {
        entry.again = false;
        await this.read(slug, entry);
      } while (entry.again);
    })().finally(() => (entry.refreshing = undefined));
    return entry.refreshing;
  }

  private async read(slug: string, entry: Entry): Promise<void> {
    const fetchedAt = (entry.checkedAt = Date.now());
    let page: SnapshotPage | null;
    try {
      page = (await this.http.request(StatusPageDocument, { slug })).statusPage;
    } catch (error) {
      this.options.log?.(`status page /${slug}: API unavailable: ${String(error)}`);
      const last = entry.snapshot;
      if (last && !last.stale)
        this.publish(entry, { page: last.page, fetchedAt: last.fetchedAt, stale: true });
      return;
    }
    if (page === null) {
      entry.unsubscribe?.();
      entry.unsubscribe = undefined;
      entry.live = false;
      entry.snapshot = undefined;
      entry.missingUntil = Date.now() + this.options.lookupTtlMs;
      return;
    }
    entry.missingUntil = undefined;
    const previous = entry.snapshot;
    if (!previous || previous.stale || content(previous.page) !== content(page)) {
      this.publish(entry, { page, fetchedAt, stale: false });
    } else {
      entry.snapshot = { ...previous, page, fetchedAt };
    }
    this.subscribe(slug, entry);
  }

  /** A new version of the page: kept, and told to whoever listens. */
  private publish(entry: Entry, snapshot: Omit<Snapshot, 'version'>): void {
    const next = { ...snapshot, version: (entry.snapshot?.version ?? 0) + 1 };
    entry.snapshot = next;
    for (const listener of entry.listeners) listener(next);
  }

  /** Follows the page's changes on the shared WebSocket (once per page). */
  private subscribe(slug: string, entry: Entry): void {
    if (entry.unsubscribe) return;
    const ws = (this.ws ??= this.connect());
    entry.unsubscribe = ws.subscribe(
      { query: print(StatusPageChangedDocument), variables: { slug } },
      {
        next: () => {
          entry.live = true;
          void this.refresh(slug, entry);
        },
        error: () => {
          entry.live = false;
          entry.unsubscribe = undefined;
        },
        complete: () => {
          entry.live = false;
          entry.unsubscribe = undefined;
        },
      },
    );
    // From now on every change arrives as an event. A change committed between the read above
    // and the API registering this subscription is caught by the next event or `liveTtlMs`.
    entry.live = true;
  }

  private connect(): Client {
    return createClient({
      url: webSocketUrl(this.options.apiUrl),
      webSocketImpl: WebSocket,
      lazy: true,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      on: {
        connected: (_socket, _payload, wasRetry) => {
          this.connected = true;
          // Changes made while disconnected were never announced: read every page again.
          if (wasRetry)
            for (const [slug, entry] of this.entries)
              if (entry.snapshot) void this.refresh(slug, entry);
        },
        closed: () => {
          this.connected = false;
        },
      },
    });
  }

  /** Forgets pages nobody asked for in 30 minutes, and expired look-ups. */
  private sweep(): void {
    const now = Date.now();
    for (const [slug, entry] of this.entries) {
      const idle = now - entry.lastUsed > 30 * 60_000;
      // Slugs that named no page go as soon as that answer expires: guessing must not fill memory.
      const nothing = !entry.snapshot && !entry.refreshing && (entry.missingUntil ?? 0) <= now;
      if (entry.listeners.size === 0 && (idle || nothing)) {
        entry.unsubscribe?.();
        this.entries.delete(slug);
      }
    }
    for (const [host, cached] of this.hosts) if (cached.until <= now) this.hosts.delete(host);
    for (const [key, cached] of this.months) if (cached.until <= now) this.months.delete(key);
  }
}
