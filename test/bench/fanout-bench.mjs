// Live incident events to many subscribers: 1,000 WebSocket clients subscribe to the demo tenant's
// `incidentEvents` (all with the same query), then 30 timeline notes are posted one at a time and
// every delivery is timed to its receipt by each client, from two origins: the mutation's HTTP
// response, and the commit itself as seen by a LISTEN on the outbox channel (the response comes
// after the commit, so many receipts beat it; see below). The baseline, measured in the same run
// with the same clients, is a bare `ws` server (raw-ws-server.mjs) broadcasting a pre-serialised
// payload of the same size, timed from its broadcast call: what fan-out over WebSockets costs in
// Node before any GraphQL, database or protocol is involved.
//   Targets: API p99 ≤ 1.5 × raw p99; ≤ 32 KB of resident memory per subscribed connection.
//
// Memory per connection is the growth of the server process's VmRSS from before the clients
// connect to after all of them are subscribed and have received an event, each reading taken after
// a 2 s settle and a forced full garbage collection (so garbage does not count), divided by the
// number of clients. The API runs in its own process (api/dist with
// its own embedded PostgreSQL in a temporary folder) and so does the raw server, so each figure
// belongs to one server only.
//
// The clients speak graphql-transport-ws by hand (connection_init, connection_ack, subscribe) with
// the `ws` package: lighter than graphql-ws' client. Exactly the same client code (JSON parsing
// included) handles the messages of both servers, so the client side costs both the same — though
// on a 2-core machine that shared cost, receiving 1,000 messages in one process, is a large part of
// every latency and pulls the ratio towards 1.
//   BENCH_SUBSCRIBERS (1000), BENCH_EVENTS (30)
import { WebSocket } from 'ws';
import {
  benchmark,
  gql,
  percentile,
  pg,
  printTable,
  rssKb,
  sleep,
  startApi,
  startHelper,
} from './support.mjs';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 30);
const INTERVAL_MS = 100; // one event at a time, at most one every 100 ms
const WARMUP_SUBSCRIBERS = 10;
const CONNECT_CONCURRENCY = 50; // connections being opened at once (a burst of 1,000 overflows backlogs)
const SETTLE_MS = 2000;
const DELIVERY_TIMEOUT_MS = 10_000; // an event not received by every client by then is a failure
const TARGET_P99_RATIO = 1.5;
const TARGET_KB_PER_CONNECTION = 32;

const SUBSCRIPTION =
  'subscription { incidentEvents { position type incident { id state } timelineEvent { kind details } } }';

/** The note body of an event: fixed width, so every message of a run has the same size. */
const marker = (phase, i) => `bench-${phase}${String(i).padStart(3, '0')}`;

/**
 * Receive times (process.hrtime.bigint(), CLOCK_MONOTONIC: comparable across processes) of every
 * client, by note body. A protocol error, an unexpected close, an error result or a duplicate makes
 * the run fail at the next wait.
 */
class Receipts {
  #times = new Map();
  #waiter;
  failure;
  /** Stream position each note body was delivered with (the API's; the raw copies repeat one). */
  positions = new Map();

  record(body, t) {
    let times = this.#times.get(body);
    if (!times) this.#times.set(body, (times = []));
    times.push(t);
    if (this.#waiter?.body === body && times.length >= this.#waiter.count) this.#waiter.done();
  }

  fail(error) {
    this.failure ??= error;
    this.#waiter?.done();
  }

  times(body) {
    return this.#times.get(body) ?? [];
  }

  /** Whether `count` clients received `body` within `timeoutMs`; throws on any recorded failure. */
  async waitFor(body, count, timeoutMs) {
    if (this.times(body).length < count && !this.failure) {
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.#waiter = {
          body,
          count,
          done: () => {
            clearTimeout(timer);
            resolve();
          },
        };
      });
      this.#waiter = undefined;
    }
    if (this.failure) throw this.failure;
    return this.times(body).length >= count;
  }
}

/** Every message of either server goes through here: the same work per receipt for both. */
function onMessage(client, receipts, data) {
  const t = process.hrtime.bigint();
  const message = JSON.parse(data);
  if (message.type === 'next') {
    if (message.payload.errors) {
      return receipts.fail(new Error(`error result: ${JSON.stringify(message.payload.errors)}`));
    }
    const event = message.payload.data.incidentEvents;
    const body = event.timelineEvent.details.body;
    receipts.positions.set(body, event.position);
    if (client.seen.has(body)) return receipts.fail(new Error(`event ${body} received twice`));
    client.seen.add(body);
    client.lastText = data.toString();
    receipts.record(body, t);
  } else if (message.type === 'ping') {
    client.ws.send('{"type":"pong"}');
  } else if (message.type !== 'pong') {
    receipts.fail(new Error(`unexpected message: ${String(data).slice(0, 300)}`));
  }
}

/**
 * Opens a client; `handshake(client, resolve, reject)` completes its set-up. Any error or close
 * before the run closes it on purpose is a failure.
 */
function connect(url, protocol, receipts, handshake) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocol, { perMessageDeflate: false });
    const client = { ws, seen: new Set(), closing: false };
    const timer = setTimeout(() => {
      reject(new Error(`${url}: client not ready within 10 s`));
      ws.terminate();
    }, 10_000);
    const done = (value) => {
      clearTimeout(timer);
      resolve(value);
    };
    ws.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
      receipts.fail(error);
    });
    ws.on('close', (code, reason) => {
      clearTimeout(timer);
      const error = new Error(`${url}: connection closed unexpectedly (${code} ${reason})`);
      reject(error);
      if (!client.closing) receipts.fail(error);
    });
    handshake(client, () => done(client), reject);
  });
}

/** graphql-transport-ws: connection_init with the token, wait for connection_ack, subscribe. */
const connectApi = (api, receipts) =>
  connect(api.wsUrl, 'graphql-transport-ws', receipts, (client, ready, reject) => {
    const { ws } = client;
    ws.once('open', () =>
      ws.send(
        JSON.stringify({
          type: 'connection_init',
          payload: { authorization: `Bearer ${api.token}` },
        }),
      ),
    );
    ws.once('message', (data) => {
      if (JSON.parse(data).type !== 'connection_ack') {
        reject(new Error(`expected connection_ack, got ${String(data).slice(0, 300)}`));
        ws.terminate();
        return;
      }
      ws.on('message', (d) => onMessage(client, receipts, d));
      ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION } }));
      ready();
    });
  });

/** The raw server needs no handshake: an open connection receives every broadcast. */
const connectRaw = (url, receipts) =>
  connect(url, undefined, receipts, (client, ready) => {
    client.ws.on('message', (d) => onMessage(client, receipts, d));
    client.ws.once('open', ready);
  });

async function connectAll(n, open) {
  const clients = [];
  let started = 0;
  const worker = async () => {
    while (started < n) {
      started++;
      clients.push(await open());
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, CONNECT_CONCURRENCY) }, worker));
  return clients;
}

async function closeAll(clients) {
  await Promise.all(
    clients.map(
      (client) =>
        new Promise((resolve) => {
          client.closing = true;
          if (client.ws.readyState === WebSocket.CLOSED) return resolve();
          const timer = setTimeout(() => client.ws.terminate(), 5000);
          client.ws.once('close', () => {
            clearTimeout(timer);
            resolve();
          });
          client.ws.close();
        }),
    ),
  );
}

/** Posts a note; returns the time its HTTP response arrived (the commit is done by then). */
async function postNote(api, incidentId, body) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
    body: JSON.stringify({
      query: 'mutation($input: AddNoteInput!) { addTimelineNote(input: $input) { id } }',
      variables: { input: { incidentId, body } },
    }),
  });
  const t0 = process.hrtime.bigint();
  const result = await response.json();
  if (!response.ok || result.errors) {
    throw new Error(`addTimelineNote: HTTP ${response.status} ${JSON.stringify(result)}`);
  }
  return t0;
}

/**
 * A subscription is in place some time after `subscribe` is sent, and the protocol does not say
 * when. So: post notes until one reaches every client; only then is the set-up complete.
 */
async function untilAllSubscribed(api, incidentId, receipts, count, phase) {
  for (let i = 0; i < 10; i++) {
    const body = marker(phase, i);
    await postNote(api, incidentId, body);
    if (await receipts.waitFor(body, count, 3000)) return body;
  }
  throw new Error(`${count} subscriptions were not all active after 10 notes`);
}

/**
 * Sends events one at a time (`send` returns its time origin) and waits for every client to
 * receive each; returns `{ body, t0, times }` per event.
 */
async function sendEvents(receipts, send, phase, label) {
  const events = [];
  for (let i = 0; i < EVENTS; i++) {
    const started = performance.now();
    const body = marker(phase, i);
    const t0 = await send(body);
    if (!(await receipts.waitFor(body, SUBSCRIBERS, DELIVERY_TIMEOUT_MS))) {
      throw new Error(
        `${label} event ${i} (${body}): only ${receipts.times(body).length} of ${SUBSCRIBERS}` +
          ` subscribers received it within ${DELIVERY_TIMEOUT_MS} ms`,
      );
    }
    events.push({ body, t0, times: receipts.times(body) });
    await sleep(Math.max(0, INTERVAL_MS - (performance.now() - started)));
  }
  return events;
}

/** Latencies (ms, ascending) of every receipt of every event, from `origin(event)`. */
const latencies = (events, origin = (e) => e.t0) =>
  events
    .flatMap((e) => {
      const t0 = origin(e);
      return e.times.map((t) => Number(t - t0) / 1e6);
    })
    .sort((a, b) => a - b);

function summary(name, sorted, rssBefore, rssAfter) {
  return {
    name,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1),
    early: sorted.filter((l) => l < 0).length,
    rssBefore,
    rssAfter,
    kbPerConnection: (rssAfter - rssBefore) / SUBSCRIBERS,
  };
}

await benchmark(async (defer) => {
  const api = await startApi();
  defer(() => api.stop());
  const receipts = new Receipts();

  const { declareIncident } = await gql(
    api,
    'mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }',
    { input: { title: 'Fan-out benchmark', severity: 'SEV2', impact: { usersAffectedPct: 30 } } },
  );
  const incidentId = declareIncident.id;

  // The HTTP response of a mutation is not the moment of its commit: the API starts the fan-out
  // when PostgreSQL notifies the commit (NOTIFY keepwatch_outbox, carrying the position), while
  // the response still goes through GraphQL, Express and logging — so many receipts beat it. This
  // LISTEN connection sees the same notification the API's outbox tailer wakes on, which gives a
  // second origin: the commit itself.
  const commits = []; // [position, hrtime] in arrival order
  const listener = new pg.Client({ connectionString: api.superuserUrl });
  await listener.connect();
  defer(() => listener.end());
  listener.on('notification', (n) => commits.push([Number(n.payload), process.hrtime.bigint()]));
  await listener.query('LISTEN keepwatch_outbox');
  /** When the transaction that wrote `position` was notified (a NOTIFY names its highest). */
  const committedAt = (position) => {
    const found = commits.find(([p]) => p >= Number(position));
    if (!found) throw new Error(`no commit notification seen for position ${position}`);
    return found[1];
  };

  // Warm-up: a few subscribers and notes, so code paths are compiled and one-off allocations are
  // made before the memory baseline. It also captures a real event message: the raw server
  // broadcasts that very text (note body swapped for one of the same length).
  const warm = await connectAll(WARMUP_SUBSCRIBERS, () => connectApi(api, receipts));
  const warmBody = await untilAllSubscribed(api, incidentId, receipts, WARMUP_SUBSCRIBERS, 'w');
  const template = warm[0].lastText;
  if (!template?.includes(`"body":"${warmBody}"`)) {
    throw new Error(`unexpected event message: ${template}`);
  }
  await closeAll(warm);

  // Baseline: the raw ws server, same clients, same message size, same cadence.
  const raw = await startHelper('raw-ws-server.mjs');
  defer(() => raw.stop());
  await sleep(SETTLE_MS);
  await raw.request({ gc: true });
  const rawBefore = await rssKb(raw.pid);
  const rawClients = await connectAll(SUBSCRIBERS, () =>
    connectRaw(`ws://127.0.0.1:${raw.port}`, receipts),
  );
  defer(() => closeAll(rawClients));
  const broadcast = async (body) => {
    const answer = await raw.request({ broadcast: template.replace(warmBody, body) });
    if (answer.clients !== SUBSCRIBERS) throw new Error(`raw server has ${answer.clients} clients`);
    return BigInt(answer.t0);
  };
  await broadcast(marker('q', 0));
  if (!(await receipts.waitFor(marker('q', 0), SUBSCRIBERS, DELIVERY_TIMEOUT_MS))) {
    throw new Error('raw clients did not all receive the first broadcast');
  }
  await sleep(SETTLE_MS);
  await raw.request({ gc: true });
  const rawAfter = await rssKb(raw.pid);
  const rawEvents = await sendEvents(receipts, broadcast, 'r', 'raw ws');
  await closeAll(rawClients);

  // The API: 1,000 identical subscriptions of the demo tenant.
  api.assertAlive();
  const connectStart = performance.now();
  const apiClients = await connectAll(SUBSCRIBERS, () => connectApi(api, receipts));
  defer(() => closeAll(apiClients));
  await untilAllSubscribed(api, incidentId, receipts, SUBSCRIBERS, 's');
  const connectMs = performance.now() - connectStart;
  const apiEvents = await sendEvents(
    receipts,
    (body) => postNote(api, incidentId, body),
    'e',
    'API',
  );
  await closeAll(apiClients);
  api.assertAlive();

  // Memory, on a second API process started with the inspector, which forces a full garbage
  // collection before each reading. (A debugger session slows a process down, so the latencies
  // above come from a process that never had one.)
  const memApi = await startApi({}, { inspect: true });
  defer(() => memApi.stop());
  const memIncident = (
    await gql(
      memApi,
      'mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }',
      { input: { title: 'Fan-out memory', severity: 'SEV2', impact: { usersAffectedPct: 30 } } },
    )
  ).declareIncident.id;
  const memWarm = await connectAll(WARMUP_SUBSCRIBERS, () => connectApi(memApi, receipts));
  await untilAllSubscribed(memApi, memIncident, receipts, WARMUP_SUBSCRIBERS, 'mw');
  await closeAll(memWarm);
  await sleep(SETTLE_MS);
  await memApi.collectGarbage();
  const apiBefore = await rssKb(memApi.pid);
  const memClients = await connectAll(SUBSCRIBERS, () => connectApi(memApi, receipts));
  defer(() => closeAll(memClients));
  await untilAllSubscribed(memApi, memIncident, receipts, SUBSCRIBERS, 'm');
  await sleep(SETTLE_MS);
  await memApi.collectGarbage();
  const apiAfter = await rssKb(memApi.pid);
  await closeAll(memClients);

  const rows = [
    summary('baseline: raw ws, from the broadcast call', latencies(rawEvents), rawBefore, rawAfter),
    summary(
      'API incidentEvents, from the commit (NOTIFY)',
      latencies(apiEvents, (e) => committedAt(receipts.positions.get(e.body))),
      apiBefore,
      apiAfter,
    ),
    summary(
      "API incidentEvents, from the mutation's HTTP response",
      latencies(apiEvents),
      apiBefore,
      apiAfter,
    ),
  ];
  const [rawRow, fromCommit, fromResponse] = rows;
  const ms = (v) => v.toFixed(1);
  const mb = (kb) => (kb / 1024).toFixed(1);
  console.log(
    `\nFan-out: ${SUBSCRIBERS} subscribers × ${EVENTS} events (${Buffer.byteLength(template)}-byte` +
      ` messages), one event every ${INTERVAL_MS} ms; ${SUBSCRIBERS} API subscriptions set up in` +
      ` ${(connectMs / 1000).toFixed(1)} s; Node ${process.version}\n`,
  );
  printTable(
    [
      'server',
      'p50 ms',
      'p99 ms',
      'max ms',
      'RSS before MB',
      'RSS subscribed MB',
      'KB per connection',
    ],
    rows.map((r) => [
      r.name,
      ms(r.p50),
      ms(r.p99),
      ms(r.max),
      mb(r.rssBefore),
      mb(r.rssAfter),
      r.kbPerConnection.toFixed(1),
    ]),
  );
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  console.log('');
  for (const row of [fromCommit, fromResponse]) {
    const ratio = row.p99 / rawRow.p99;
    console.log(
      `${row.name}: p99 / raw p99 = ${ratio.toFixed(2)}× (target ≤ ${TARGET_P99_RATIO}×): ${verdict(ratio <= TARGET_P99_RATIO)}` +
        (row.early > 0 ? ` (${row.early} receipts came before this origin)` : ''),
    );
  }
  const kb = fromCommit.kbPerConnection;
  console.log(
    `API memory per subscribed connection = ${kb.toFixed(1)} KB (raw ws: ${rawRow.kbPerConnection.toFixed(1)} KB;` +
      ` target ≤ ${TARGET_KB_PER_CONNECTION} KB): ${verdict(kb <= TARGET_KB_PER_CONNECTION)}`,
  );
});
