// Runs the built product: the API (which starts its embedded PostgreSQL, migrates and seeds the
// demo tenant on first start) and then the status site pointed at it. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = Number(process.env.API_PORT ?? 4000);
const sitePort = Number(process.env.SITE_PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const dataDir = process.env.DATA_DIR ?? path.join(root, '.data');
const apiUrl = `http://localhost:${apiPort}`;
const siteUrl = `http://localhost:${sitePort}`;

const children = [];
function start(name, script, env) {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} exited (${signal ?? code}); stopping.`);
    stop(1);
  });
  return child;
}

async function waitFor(url, what) {
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

let stopping = false;
/** Stops both; the exit code is non-zero if asked, or if a child did not shut down cleanly. */
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
  const exits = running.map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of running) child.kill('SIGTERM');
  Promise.all(exits).then(() => {
    const unclean = children.some((c) => c.exitCode !== null && c.exitCode !== 0);
    process.exit(code || (unclean ? 1 : 0));
  });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

start('API', 'api/dist/main.js', { API_PORT: String(apiPort), HOST: host, DATA_DIR: dataDir });
await waitFor(`${apiUrl}/readyz`, 'The API');
start('Status site', 'status-site/server.mjs', {
  HOST: host,
  PORT: String(sitePort),
  KEEPWATCH_API_URL: `${apiUrl}/graphql`,
});
await waitFor(`${siteUrl}/`, 'The status site');

const tokenFile = path.join(dataDir, 'demo-token');
const token = existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : undefined;
console.log(`
Keepwatch is running.
  GraphQL API      ${apiUrl}/graphql   (WebSocket subscriptions on the same URL)
  Status page      ${siteUrl}/demo
${token ? `  Demo API token   ${token}   (ADMIN of the demo tenant)\n` : ''}
Try:
  curl -s ${apiUrl}/graphql -H 'content-type: application/json' \\
    -H 'authorization: Bearer ${token ?? '<token>'}' \\
    -d '{"query":"{ tenant { name slug } components { name status } }"}'

Ctrl-C stops both.`);
