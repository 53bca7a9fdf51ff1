// Shared by the benchmark scripts in this folder: start the BUILT API (api/dist) with its own
// embedded PostgreSQL in a temporary folder, talk GraphQL to it, drive autocannon, and print
// markdown tables. Every helper throws on the first sign of trouble, so a benchmark that measured
// something broken exits non-zero instead of printing a plausible number.
import { fork, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import autocannon from 'autocannon';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

/** `pg` is a dependency of the api package only (pnpm does not hoist it), so resolve it there. */
export const pg = createRequire(path.join(root, 'api', 'package.json'))('pg');

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = s.address();
        s.close(() => resolve(port));
      });
  });

/**
 * Starts `api/dist/main.js` on free ports with a fresh embedded PostgreSQL in a temporary folder
 * and the demo tenant seeded; resolves once /readyz answers. `env` overrides the defaults below.
 * `stop()` shuts the API down gracefully (which also stops its PostgreSQL), then removes the folder;
 * it throws if the API did not exit cleanly.
 */
export async function startApi(env = {}, { inspect = false } = {}) {
  const inspectPort = inspect ? await freePort() : undefined;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'keepwatch-bench-'));
  // As root the embedded PostgreSQL runs as the `postgres` user, which must be able to enter this
  // folder (mkdtemp makes it 0700); otherwise the cluster would be put under /var/lib/keepwatch
  // and outlive the run.
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const pgPort = await freePort();
  const child = spawn(process.execPath, ['api/dist/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      API_PORT: String(port),
      EMBEDDED_POSTGRES_PORT: String(pgPort),
      // Empty means unset (config.ts): never a database the caller's environment points at.
      DATABASE_URL: '',
      DATABASE_OWNER_URL: '',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      GRAPHQL_MAX_COST: '100000',
      // The inspector lets the benchmark force a full garbage collection before reading memory.
      ...(inspectPort ? { NODE_OPTIONS: `--inspect=127.0.0.1:${inspectPort}` } : {}),
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exit; // { code, signal } once the child is gone
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve((exit = { code, signal }))),
  );
  // Last resort if the benchmark process dies without calling stop(): SIGTERM lets the API stop
  // its PostgreSQL itself (the temporary folder is left behind in that case).
  const orphanGuard = () => exit || child.kill('SIGTERM');
  process.once('exit', orphanGuard);

  const url = `http://127.0.0.1:${port}`;
  const removeDataDir = () => rm(dataDir, { recursive: true, force: true });
  try {
    for (let i = 0; ; i++) {
      if (exit) throw new Error(`API exited during start-up (${JSON.stringify(exit)})`);
      try {
        if ((await fetch(`${url}/readyz`)).ok) break;
      } catch {
        // not listening yet
      }
      if (i > 600) throw new Error('API did not become ready within 60 s');
      await sleep(100);
    }
  } catch (error) {
    child.kill('SIGTERM');
    await exited;
    await removeDataDir();
    throw error;
  }
  const token = (await readFile(path.join(dataDir, 'demo-token'), 'utf8')).trim();

  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    port,
    token,
    pid: child.pid,
    dataDir,
    /** Superuser of the embedded cluster (trust authentication): bypasses row-level security. */
    superuserUrl: `postgres://postgres@127.0.0.1:${pgPort}/keepwatch`,
    /** Forces a full garbage collection in the API (started with `inspect`), through the inspector. */
    async collectGarbage() {
      if (!inspectPort) throw new Error('startApi was not asked to inspect');
      const [target] = await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json();
      const socket = new WebSocket(target.webSocketDebuggerUrl);
      await new Promise((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
      await new Promise((resolve) => {
        socket.on('message', (data) => JSON.parse(String(data)).id === 1 && resolve());
        socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }));
      });
      socket.close();
    },
    /** Throws if the API process has died (call between phases to fail fast). */
    assertAlive() {
      if (exit) throw new Error(`API process exited unexpectedly (${JSON.stringify(exit)})`);
    },
    async stop() {
      process.off('exit', orphanGuard);
      if (!exit) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const { code, signal } = await exited;
      clearTimeout(timer);
      await removeDataDir();
      if (code !== 0) throw new Error(`API did not shut down cleanly (code ${code}, ${signal})`);
    },
  };
}

/**
 * The BUILT status site (status-site/dist) reading from the API at `apiUrl`; resolves once it
 * answers. `stop()` ends it.
 */
export async function startSite(apiUrl, env = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, ['status-site/server.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      KEEPWATCH_API_URL: apiUrl,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exit;
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve((exit = { code, signal }))),
  );
  const orphanGuard = () => exit || child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (exit) throw new Error(`status site exited during start-up (${JSON.stringify(exit)})`);
    try {
      await fetch(url);
      break;
    } catch {
      if (i > 300) throw new Error('status site did not answer within 30 s');
      await sleep(100);
    }
  }
  return {
    url,
    pid: child.pid,
    async stop() {
      process.off('exit', orphanGuard);
      if (!exit) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Forks a helper server of this folder (`script`) with an IPC channel and resolves with its first
 * message (e.g. `{ port }`) once it is ready. `stop()` sends it 'stop' and waits for a clean exit.
 * Helpers run as their own processes so their CPU and memory are theirs alone, like the API's.
 */
export async function startHelper(script, env = {}) {
  const child = fork(path.join(root, 'test', 'bench', script), [], {
    env: { ...process.env, ...env },
    // A helper answers { gc: true } with a full collection, like the API through its inspector.
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let exit;
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve((exit = { code, signal }))),
  );
  const orphanGuard = () => exit || child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  const ready = await Promise.race([
    new Promise((resolve) => child.once('message', resolve)),
    exited.then((e) =>
      Promise.reject(new Error(`${script} exited at start (${JSON.stringify(e)})`)),
    ),
  ]);
  return {
    ...ready,
    pid: child.pid,
    /** Sends a message and resolves with the helper's next message (its answer). */
    request(message) {
      if (exit) return Promise.reject(new Error(`${script} has exited (${JSON.stringify(exit)})`));
      return new Promise((resolve, reject) => {
        const onExit = () => reject(new Error(`${script} exited (${JSON.stringify(exit)})`));
        child.once('exit', onExit);
        child.once('message', (answer) => {
          child.off('exit', onExit);
          resolve(answer);
        });
        child.send(message);
      });
    },
    async stop() {
      process.off('exit', orphanGuard);
      if (!exit) child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const { code, signal } = await exited;
      clearTimeout(timer);
      if (code !== 0) throw new Error(`${script} did not exit cleanly (code ${code}, ${signal})`);
    },
  };
}

/**
 * One GraphQL request over HTTP with the API's token; returns `data`. Throws on a non-2xx status
 * or any GraphQL error, so seeding and event posting can never silently half-succeed.
 */
export async function gql(api, query, variables) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`GraphQL HTTP ${response.status}: ${text.slice(0, 500)}`);
  }
  if (!response.ok || body.errors) {
    throw new Error(`GraphQL HTTP ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/**
 * An autocannon run of one request (`{ method, path, headers, body }`) against the base `url`;
 * returns `{ name, rps, p50, p99 }`. Any error,
 * timeout, non-2xx response or (with `expectBody`) a body different from the expected one makes
 * it throw: GraphQL reports errors with status 200, so the status alone proves nothing.
 */
export async function runAutocannon({
  name,
  url,
  request,
  expectBody,
  connections = CONNECTIONS,
  duration = DURATION,
}) {
  let firstMismatch;
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [request],
    ...(expectBody === undefined
      ? {}
      : {
          verifyBody: (body) => {
            if (body === expectBody) return true;
            firstMismatch ??= body;
            return false;
          },
        }),
  });
  const problems = [
    result.errors && `${result.errors} errors`,
    result.timeouts && `${result.timeouts} timeouts`,
    result.non2xx && `${result.non2xx} non-2xx responses`,
    result.mismatches && `${result.mismatches} unexpected bodies`,
    result.requests.total === 0 && 'no request completed',
  ].filter(Boolean);
  if (problems.length > 0) {
    const sample = firstMismatch ? `; first unexpected body: ${firstMismatch.slice(0, 300)}` : '';
    throw new Error(`${name}: ${problems.join(', ')}${sample}`);
  }
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/**
 * Runs `main(defer)`; functions passed to `defer` run afterwards in reverse order, all of them even
 * when `main` or one of them fails. Any failure is printed and makes the process exit non-zero —
 * after the API and helpers are stopped, so nothing is left running.
 */
export async function benchmark(main) {
  const steps = [];
  const failures = [];
  try {
    await main((step) => steps.unshift(step));
  } catch (error) {
    failures.push(error);
  }
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      failures.push(error);
    }
  }
  for (const error of failures) console.error(error);
  if (failures.length > 0) process.exitCode = 1;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Resident set size of a process, in KB, from /proc/<pid>/status (Linux). */
export async function rssKb(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]);
}

/**
 * A markdown table. `rows` are arrays of cells (numbers are printed as given); the first column
 * is left-aligned, the others right-aligned unless `align` ('l' | 'r' per column) says otherwise.
 */
export function printTable(header, rows, align = header.map((_, i) => (i === 0 ? 'l' : 'r'))) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  console.log(line(header));
  console.log(line(align.map((a) => (a === 'r' ? '---:' : '---'))));
  for (const row of rows) console.log(line(row.map(String)));
}
