// The floor of status-site-bench.mjs: the status page's HTML, captured once from the site, served
// from memory by bare node:http with the same headers. No rendering, no routing, no snapshot look-up.
//
// It runs as its own process (forked by the benchmark, which talks to it over IPC) so that, like
// the site, it has a core to itself instead of sharing the load generator's event loop.
import { createServer } from 'node:http';

if (!process.send) throw new Error('Start this through status-site-bench.mjs (needs IPC)');

let page = { body: Buffer.alloc(0), headers: {} };
const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { ...page.headers, 'content-length': page.body.length });
  res.end(page.body);
});

process.on('message', (message) => {
  if (message === 'stop') {
    server.closeAllConnections();
    server.close(() => process.disconnect());
  } else if (message.html !== undefined) {
    page = { body: Buffer.from(message.html), headers: message.headers };
    process.send({ ok: true });
  }
});
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
