// The baseline of fanout-bench.mjs: a bare `ws` WebSocketServer that sends one pre-serialised
// payload to every connected client. No protocol, no authentication, no GraphQL, no database —
// what broadcasting over WebSockets costs in Node at all.
//
// It runs as its own process, forked by the benchmark and driven over IPC, so that its resident
// memory (read by the benchmark from /proc) is attributable to the server's sockets alone. It
// imports nothing but `ws` for the same reason. One answer per request message:
//   { broadcast: text } → { t0, clients }  t0: process.hrtime.bigint() (as a string) taken right
//                                           before the first send; CLOCK_MONOTONIC is system-wide,
//                                           so the benchmark can subtract it from its own readings.
//   { count: true }     → { clients }
//   { gc: true }        → { collected: true } after a full garbage collection
//   'stop'              → closes every socket and exits.
import { WebSocketServer } from 'ws';

if (!process.send) throw new Error('Start this through fanout-bench.mjs (needs IPC)');

// The API's WebSocketServer also leaves per-message compression off (the ws default for servers).
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
wss.on('listening', () => process.send({ port: wss.address().port }));

process.on('message', (message) => {
  if (message === 'stop') {
    for (const client of wss.clients) client.terminate();
    wss.close(() => process.disconnect());
  } else if (message.gc) {
    globalThis.gc();
    process.send({ collected: true });
  } else if (message.count) {
    process.send({ clients: wss.clients.size });
  } else if (typeof message.broadcast === 'string') {
    const payload = Buffer.from(message.broadcast); // serialised before the clock starts
    const t0 = process.hrtime.bigint();
    // A text frame, as graphql-ws sends; the same buffer for every client, nothing re-encoded.
    for (const client of wss.clients) client.send(payload, { binary: false });
    process.send({ t0: String(t0), clients: wss.clients.size });
  }
});
