// The incident list: throughput and latency of the authenticated `incidents(first: 20)` query
// through the real API, against a floor measured in the same run — a bare node:http + pg server
// doing the same read in one SQL query (incidents-floor-server.mjs). The gap between the two is
// what the API adds per request: token look-up, tenant transaction with row-level security,
// GraphQL parsing, validation and execution, Express and logging. Target: API ≥ 40 % of the floor.
//
// Runs the built API (api/dist) with its own embedded PostgreSQL in a temporary folder.
//   BENCH_SECONDS (5), BENCH_CONNECTIONS (10), BENCH_WARMUP_SECONDS (1)
import {
  benchmark,
  CONNECTIONS,
  DURATION,
  gql,
  pg,
  printTable,
  runAutocannon,
  startApi,
  startHelper,
} from './support.mjs';

const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
const INCIDENTS = 60;
const SEED_CONCURRENCY = 4;
const TARGET = 0.4;

const QUERY =
  '{ incidents(first: 20) { nodes { id number title state severity declaredAt latestUpdate { body: details occurredAt } } } }';

/** 60 incidents with 2 status updates each, so every listed incident has a latest update to find. */
async function seed(api) {
  let next = 0;
  const worker = async () => {
    while (next < INCIDENTS) {
      const n = ++next;
      const { declareIncident } = await gql(
        api,
        'mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }',
        {
          input: {
            title: `Checkout latency above SLO in region ${n % 5} (bench ${n})`,
            severity: 'SEV2',
            impact: { usersAffectedPct: 30 },
          },
        },
      );
      for (const [visibility, body] of [
        [
          'INTERNAL',
          `Bench ${n}: error rate on the payment gateway is 12 %; rolling back the last deploy of the checkout service.`,
        ],
        [
          'PUBLIC',
          `Bench ${n}: we have identified the cause of slow checkouts and are rolling out a fix. Orders are not lost.`,
        ],
      ]) {
        await gql(
          api,
          'mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }',
          { input: { incidentId: declareIncident.id, visibility, body } },
        );
      }
    }
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
}

/** The exact body a server answers to the benchmark request, checked for errors. */
async function fetchBody(url, request) {
  const response = await fetch(`${url}${request.path}`, request);
  const text = await response.text();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}: ${text.slice(0, 500)}`);
  return text;
}

await benchmark(async (defer) => {
  const api = await startApi();
  defer(() => api.stop());

  const seedStart = performance.now();
  await seed(api);
  const seedMs = performance.now() - seedStart;

  const admin = new pg.Client({ connectionString: api.superuserUrl });
  await admin.connect();
  const { rows } = await admin.query("SELECT id FROM tenants WHERE slug = 'demo'");
  await admin.end();
  if (rows.length !== 1) throw new Error('demo tenant not found');

  const floor = await startHelper('incidents-floor-server.mjs', {
    FLOOR_DATABASE_URL: api.superuserUrl,
    FLOOR_TENANT_ID: rows[0].id,
  });
  defer(() => floor.stop());
  const floorUrl = `http://127.0.0.1:${floor.port}`;

  // The floor gets the same request, bearer token included, so both read and parse the same bytes.
  const request = {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
    body: JSON.stringify({ query: QUERY }),
  };

  // Both must return the same 20 incidents, each with its newest status update: otherwise the
  // floor is not doing the same read and the ratio would mean nothing.
  const apiBody = await fetchBody(api.url, request);
  const floorBody = await fetchBody(floorUrl, request);
  const parsed = JSON.parse(apiBody);
  if (parsed.errors) throw new Error(`incidents query failed: ${JSON.stringify(parsed.errors)}`);
  const nodes = parsed.data.incidents.nodes;
  if (
    nodes.length !== 20 ||
    nodes.some((n) => !n.latestUpdate?.body?.body?.includes('identified'))
  ) {
    throw new Error(`unexpected incident list: ${apiBody.slice(0, 500)}`);
  }
  if (JSON.stringify(parsed) !== JSON.stringify(JSON.parse(floorBody))) {
    throw new Error(`floor and API answers differ:\nAPI   ${apiBody}\nfloor ${floorBody}`);
  }

  const scenarios = [
    ['API: incidents(first: 20) — token, tenant transaction (RLS), GraphQL', api.url, apiBody],
    ['floor: node:http + pg, one query, no auth/RLS/GraphQL', floorUrl, floorBody],
  ];
  const results = [];
  for (const [name, url, expectBody] of scenarios) {
    // Nothing is written while measuring, so every response must be byte-identical to the first.
    if (WARMUP > 0) await runAutocannon({ name, url, request, expectBody, duration: WARMUP });
    results.push(await runAutocannon({ name, url, request, expectBody }));
    api.assertAlive();
  }

  const [viaApi, viaFloor] = results;
  const ratio = viaApi.rps / viaFloor.rps;
  console.log(
    `\nIncident list (${INCIDENTS} incidents × 2 status updates, seeded in ${(seedMs / 1000).toFixed(1)} s)` +
      ` — ${CONNECTIONS} connections, ${DURATION} s each after ${WARMUP} s warm-up, Node ${process.version}\n`,
  );
  printTable(
    ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'throughput vs floor'],
    results.map((r) => [
      r.name,
      Math.round(r.rps),
      r.p50,
      r.p99,
      `${(r.rps / viaFloor.rps).toFixed(2)}×`,
    ]),
  );
  console.log(
    `\nAPI / floor = ${(ratio * 100).toFixed(0)} % (target ≥ ${TARGET * 100} %): ${ratio >= TARGET ? 'met' : 'NOT met'}`,
  );
});
