import { gzipSync } from 'node:zlib';
import { isValidSlug } from '@keepwatch/domain';
import { knownRoute, type Route } from './routing.ts';
import { store } from './status-page.ts';

/** Pages say "in 12 min": a rendering is reused for at most this long. */
const BUCKET_MS = 15_000;

export interface Rendered {
  /** Encoded once: a hit writes these bytes as they are. */
  body: Buffer;
  /** The same, gzipped once, for readers who accept it (a 36 KB page is about 4 KB). */
  gzipped: Buffer;
  headers: Record<string, string>;
}

/**
 * Rendered tenant pages, so that a page view is a Map look-up rather than a render. A rendering is
 * reused only while everything it depends on is unchanged: the page and the host it was asked on,
 * the snapshot read (a new read, or the API becoming unreachable, renders anew) and the time, to
 * the 15 s. Only 200 HTML responses are kept; the oldest goes when there are more than `max`.
 */
export class PageCache {
  private readonly entries = new Map<string, Rendered>();
  private readonly rendering = new Map<string, Promise<Rendered | Response>>();

  constructor(private readonly max: number) {}

  /** The key of a request's rendering, or null when it must not be reused. */
  key(route: Route, host: string): string | null {
    const slug = route.path.split(/[/?]/)[1];
    if (!slug || !isValidSlug(slug) || /\/events(\?|$)/.test(route.path)) return null;
    const snapshot = store.peek(slug);
    if (!snapshot) return null;
    const bucket = Math.floor(Date.now() / BUCKET_MS);
    // Without the query string, which no page reads: `?x=<random>` must not force a render.
    const path = route.path.split('?')[0];
    return `${route.hostSlug ? host : ''}|${path}|${snapshot.fetchedAt}|${snapshot.stale}|${bucket}`;
  }

  /**
   * The fast path, before any framework: a kept rendering for this request (its Host header and
   * URL), if there is one.
   */
  lookup(hostHeader: string, url: string): Rendered | undefined {
    const host = hostHeader.replace(/:\d+$/, '').toLowerCase();
    const query = url.indexOf('?');
    const pathname = query < 0 ? url : url.slice(0, query);
    const route = knownRoute(host, pathname, query < 0 ? '' : url.slice(query));
    const key = route && this.key(route, host);
    return key ? this.entries.get(key) : undefined;
  }

  /**
   * Serves the kept rendering under `key`, or renders and keeps it. Requests for a rendering
   * already under way wait for it (after a change every open page asks at once).
   */
  async serve(key: string | null, render: () => Promise<Response>): Promise<Response> {
    if (key === null) return render();
    const hit = this.entries.get(key);
    if (hit) return response(hit);
    const pending = this.rendering.get(key);
    if (pending) {
      const done = await pending;
      // Not kept (not a 200 page): a response is read once, so this request renders its own.
      return done instanceof Response ? render() : response(done);
    }
    const first = this.keep(key, render).finally(() => this.rendering.delete(key));
    this.rendering.set(key, first);
    const done = await first;
    return done instanceof Response ? done : response(done);
  }

  /** Renders; keeps and returns the rendering of a 200 page, or returns any other response. */
  private async keep(key: string, render: () => Promise<Response>): Promise<Rendered | Response> {
    const rendered = await render();
    if (rendered.status !== 200 || !rendered.headers.get('content-type')?.startsWith('text/html')) {
      return rendered;
    }
    const body = Buffer.from(await rendered.arrayBuffer());
    const entry = {
      body,
      gzipped: gzipSync(body),
      headers: { ...Object.fromEntries(rendered.headers), vary: 'accept-encoding' },
    };
    this.entries.set(key, entry);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }
}

const response = (r: Rendered) => new Response(new Uint8Array(r.body), { headers: r.headers });

export const pages = new PageCache(1_000);

/** How the site's server (server.mjs) reaches this cache, outside the framework's bundle. */
export const PAGE_CACHE = Symbol.for('keepwatch.status-site.page-cache');
(globalThis as Record<symbol, unknown>)[PAGE_CACHE] = pages;
