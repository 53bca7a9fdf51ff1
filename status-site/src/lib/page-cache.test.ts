import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache.ts';

const html = (text: string, status = 200) =>
  new Response(text, { status, headers: { 'content-type': 'text/html' } });

describe('PageCache.serve', () => {
  it('renders once for concurrent requests of the same key, then serves the kept bytes', async () => {
    const cache = new PageCache(10);
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((r) => setTimeout(r, 20));
      return html('<p>page</p>');
    };
    const responses = await Promise.all(Array.from({ length: 5 }, () => cache.serve('k', render)));
    expect(renders).toBe(1);
    expect(await Promise.all(responses.map((r) => r.text()))).toEqual(Array(5).fill('<p>page</p>'));
    const again = await cache.serve('k', render);
    expect(renders).toBe(1);
    expect(again.headers.get('vary')).toBe('accept-encoding');
  });

  it('never keeps a response that is not a 200 page, nor anything without a key', async () => {
    const cache = new PageCache(10);
    let renders = 0;
    const notFound = async () => (renders++, html('missing', 404));
    const results = await Promise.all([cache.serve('k', notFound), cache.serve('k', notFound)]);
    expect(results.map((r) => r.status)).toEqual([404, 404]);
    await cache.serve('k', notFound);
    await cache.serve(null, async () => (renders++, html('x')));
    await cache.serve(null, async () => (renders++, html('x')));
    expect(renders).toBe(5);
    const json = await cache.serve('j', async () => Response.json({ a: 1 }));
    expect(await json.json()).toEqual({ a: 1 });
  });

  it('forgets the oldest rendering beyond its size', async () => {
    const cache = new PageCache(2);
    let renders = 0;
    const render = async () => (renders++, html('p'));
    for (const key of ['a', 'b', 'c', 'a']) await cache.serve(key, render);
    expect(renders).toBe(4);
  });
});
