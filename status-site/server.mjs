// The status site's server: node:http in front of the built Astro app (middleware mode). A tenant
// page whose rendering is current is written straight from the page cache, before the framework
// runs (see src/lib/page-cache.ts); everything else goes to Astro.
//   HOST (localhost), PORT (4321)
import { createServer } from 'node:http';
import { handler } from './dist/server/entry.mjs';

const PAGE_CACHE = Symbol.for('keepwatch.status-site.page-cache');
const host = process.env.HOST ?? 'localhost';
const port = Number(process.env.PORT ?? 4321);

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  try {
    decodeURI(url);
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Bad request: malformed URL\n');
    return;
  }
  // Registered by the app when it first loads; until then every request renders.
  const hit =
    req.method === 'GET' ? globalThis[PAGE_CACHE]?.lookup(req.headers.host ?? '', url) : undefined;
  if (hit) {
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? hit.gzipped : hit.body;
    res.writeHead(200, {
      ...hit.headers,
      'content-length': body.length,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(body);
    return;
  }
  // No `next`: a path no route matches as it came in (a tenant's own host, `/api/v2/…`) must still
  // reach the app's middleware, which routes it.
  void handler(req, res);
});

server.listen(port, host, () => console.log(`Status site listening on http://${host}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    // Open event streams never end on their own: close them with the server.
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
