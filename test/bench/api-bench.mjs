// The request path: throughput and latency of the API's basic operations, each compared with a
// baseline measured in the same run on the same server (GET /healthz: HTTP stack only, no GraphQL,
// no database). Runs the built API (api/dist) with its own embedded PostgreSQL in a temporary folder.
//   BENCH_SECONDS (5), BENCH_CONNECTIONS (10)
import {
  benchmark,
  CONNECTIONS,
  DURATION,
  printTable,
  runAutocannon,
  startApi,
} from './support.mjs';

await benchmark(async (defer) => {
  const api = await startApi();
  defer(() => api.stop());

  const graphql = (query, auth) => ({
    method: 'POST',
    path: '/graphql',
    headers: {
      'content-type': 'application/json',
      ...(auth ? { authorization: `Bearer ${api.token}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  const scenarios = [
    ['baseline: GET /healthz', { method: 'GET', path: '/healthz' }],
    [
      'public statusPage(slug) — slug look-up + tenant transaction',
      graphql('{ statusPage(slug: "demo") { name status components { name status } } }'),
    ],
    ['viewer — token (cached), no tenant transaction', graphql('{ viewer { role } }', true)],
    [
      'components — token (cached) + tenant transaction (RLS)',
      graphql('{ components { name group status } }', true),
    ],
  ];

  const rows = [];
  for (const [name, request] of scenarios) {
    // Every answer must be the first one: GraphQL reports errors with status 200.
    const first = await fetch(api.url + request.path, request);
    const expectBody = await first.text();
    rows.push(await runAutocannon({ name, url: api.url, request, expectBody }));
  }
  const baseline = rows[0].rps;
  console.log(`\n${CONNECTIONS} connections, ${DURATION} s each, Node ${process.version}\n`);
  printTable(
    ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'throughput vs baseline'],
    rows.map((r) => [r.name, Math.round(r.rps), r.p50, r.p99, `${(r.rps / baseline).toFixed(2)}×`]),
  );
});
