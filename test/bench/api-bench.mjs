// `pnpm bench`: throughput and latency of the API's request paths, each compared with a baseline
// measured in the same run on the same server (GET /healthz: HTTP stack only, no GraphQL, no
// database). Runs the built API (api/dist) with its own embedded PostgreSQL in a temporary folder.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const dataDir = await mkdtemp(path.join(tmpdir(), 'keepwatch-bench-'));
await chmod(dataDir, 0o755); // reachable by the postgres user, so the cluster is removed with it
const port = await freePort();
const api = spawn(process.execPath, ['api/dist/main.js'], {
  cwd: root,
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    API_PORT: String(port),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    GRAPHQL_MAX_COST: '100000',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/readyz`)).ok) break;
  } catch {
    if (i > 600) throw new Error('API did not start');
  }
  await new Promise((r) => setTimeout(r, 100));
}
const token = (await readFile(path.join(dataDir, 'demo-token'), 'utf8')).trim();

const graphql = (query, auth) => ({
  method: 'POST',
  path: '/graphql',
  headers: {
    'content-type': 'application/json',
    ...(auth ? { authorization: `Bearer ${token}` } : {}),
  },
  body: JSON.stringify({ query }),
});

const scenarios = [
  ['baseline: GET /healthz', { method: 'GET', path: '/healthz' }],
  [
    'public statusPage(slug) — slug look-up + tenant transaction',
    graphql('{ statusPage(slug: "demo") { name status components { name status } } }'),
  ],
  ['viewer — token look-up, no tenant transaction', graphql('{ viewer { role } }', true)],
  [
    'components — token look-up + tenant transaction (RLS)',
    graphql('{ components { name group status } }', true),
  ],
];

const rows = [];
for (const [name, request] of scenarios) {
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [request],
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  rows.push({
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
  });
}

api.kill('SIGTERM');
await new Promise((r) => api.on('exit', r));
await rm(dataDir, { recursive: true, force: true });

const baseline = rows[0].rps;
console.log(`\n${CONNECTIONS} connections, ${DURATION} s each, Node ${process.version}\n`);
console.log('| scenario | req/s | p50 ms | p99 ms | throughput vs baseline |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${(r.rps / baseline).toFixed(2)}× |`,
  );
}
