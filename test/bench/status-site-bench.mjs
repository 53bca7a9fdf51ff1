// The public status page: throughput and latency of a tenant page rendered by the status site
// (from its in-memory snapshot) against the same HTML served from memory by bare node:http in the
// same run; then publish-to-visible latency: a public status update's GraphQL mutation returning
// (committed) → the `change` Server-Sent Event an open page receives, and → the first server
// render that contains the update. Runs the built API (embedded PostgreSQL, demo tenant) and the
// built site; the last measure reads the update off an open page in Chromium.
//   BENCH_SECONDS (5), BENCH_CONNECTIONS (10), BENCH_UPDATES (40), BENCH_BROWSER_UPDATES (20)
import http from 'node:http';
import {
  benchmark,
  CONNECTIONS,
  DURATION,
  gql,
  percentile,
  printTable,
  runAutocannon,
  sleep,
  startApi,
  startHelper,
  startSite,
} from './support.mjs';
import { launchBrowser } from '../support/browser.mjs';

const UPDATES = Number(process.env.BENCH_UPDATES ?? 40);
const BROWSER_UPDATES = Number(process.env.BENCH_BROWSER_UPDATES ?? 20);

/** Reads Server-Sent Events from `url`; `next()` resolves with the arrival time of the next one. */
async function openEvents(url) {
  const response = await fetch(url);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const arrivals = [];
  let waiter;
  let buffer = '';
  (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!message.startsWith('event: change')) continue;
        arrivals.push(performance.now());
        waiter?.();
      }
    }
  })().catch(() => {});
  return {
    async next(since) {
      for (;;) {
        const arrival = arrivals.find((t) => t >= since);
        if (arrival !== undefined) return arrival;
        await new Promise((resolve) => (waiter = resolve));
      }
    },
    close: () => reader.cancel(),
  };
}

await benchmark(async (defer) => {
  const api = await startApi();
  defer(() => api.stop());
  const site = await startSite(`${api.url}/graphql`);
  defer(() => site.stop());

  // The page as it is served now; the floor serves exactly these bytes and headers.
  const first = await fetch(`${site.url}/demo`);
  const html = await first.text();
  if (first.status !== 200 || !html.includes('Keepwatch Demo')) {
    throw new Error(`the demo page did not render: ${first.status}`);
  }
  const floor = await startHelper('static-html-server.mjs');
  defer(() => floor.stop());
  await floor.request({
    html,
    headers: {
      'content-type': first.headers.get('content-type'),
      'cache-control': first.headers.get('cache-control'),
    },
  });

  const rows = [
    await runAutocannon({
      name: 'baseline: the same HTML from memory, bare node:http',
      url: `http://127.0.0.1:${floor.port}`,
      request: { method: 'GET', path: '/demo' },
    }),
    await runAutocannon({
      name: 'status site: GET /demo (rendering kept until the page changes)',
      url: site.url,
      request: { method: 'GET', path: '/demo' },
    }),
  ];
  const baseline = rows[0].rps;
  console.log(`\n${CONNECTIONS} connections, ${DURATION} s each, Node ${process.version}`);
  // What a reader on a slow phone downloads: the site gzips kept renderings for clients that ask.
  await fetch(`${site.url}/demo`);
  const gzipped = await new Promise((resolve, reject) => {
    http
      .get(`${site.url}/demo`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk) => (bytes += chunk.length));
        res.on('end', () => resolve(res.headers['content-encoding'] === 'gzip' ? bytes : NaN));
      })
      .on('error', reject);
  });
  console.log(`page size ${Buffer.byteLength(html)} bytes, ${gzipped} bytes gzipped\n`);
  printTable(
    ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'throughput vs baseline'],
    rows.map((r) => [r.name, Math.round(r.rps), r.p50, r.p99, `${(r.rps / baseline).toFixed(2)}×`]),
  );

  // Publish-to-visible, one update at a time so each is measured alone.
  // The demo's open incident: its updates show on the page.
  const { incidents } = await gql(api, '{ incidents(first: 10) { nodes { id state } } }');
  const incidentId = incidents.nodes.find((i) => i.state !== 'RESOLVED').id;
  const events = await openEvents(`${site.url}/demo/events`);
  defer(() => events.close());
  await sleep(500);
  const toEvent = [];
  const toRender = [];
  for (let i = 0; i < UPDATES; i++) {
    const body = `Update ${i} of the benchmark (${Date.now()})`;
    await gql(
      api,
      'mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }',
      { input: { incidentId, visibility: 'PUBLIC', body } },
    );
    const committed = performance.now();
    // Polls the page as a reader who reloads would, from the moment of commit.
    let rendered;
    for (;;) {
      const page = await (await fetch(`${site.url}/demo`)).text();
      if (page.includes(body)) {
        rendered = performance.now();
        break;
      }
      if (performance.now() - committed > 5_000) throw new Error(`update ${i} never rendered`);
    }
    toEvent.push((await events.next(committed)) - committed);
    toRender.push(rendered - committed);
    await sleep(50);
  }
  // The same, seen by a reader: an open page in Chromium (EventSource, fetch, swap of <main>).
  const browser = await launchBrowser();
  defer(() => browser.close());
  const page = await browser.newPage();
  await page.goto(`${site.url}/demo`);
  await page.waitForSelector('body[data-live="on"]');
  const toBrowser = [];
  for (let i = 0; i < BROWSER_UPDATES; i++) {
    const body = `Browser update ${i} (${Date.now()})`;
    await gql(
      api,
      'mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }',
      { input: { incidentId, visibility: 'PUBLIC', body } },
    );
    const committed = performance.now();
    await page.waitForFunction((text) => document.body.innerText.includes(text), body, {
      polling: 'raf',
      timeout: 5_000,
    });
    toBrowser.push(performance.now() - committed);
    await sleep(50);
  }

  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return [percentile(sorted, 50), percentile(sorted, 99), sorted.at(-1)].map((v) => v.toFixed(1));
  };
  console.log(`\nPublish-to-visible, ${UPDATES} public status updates, one at a time\n`);
  printTable(
    ['from mutation committed to', 'p50 ms', 'p99 ms', 'max ms'],
    [
      ["`change` event on the page's SSE stream", ...stats(toEvent)],
      ['first server render containing the update', ...stats(toRender)],
      [`visible in an open Chromium page (${BROWSER_UPDATES} updates)`, ...stats(toBrowser)],
    ],
  );
});
