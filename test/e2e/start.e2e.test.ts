import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../setup/global-setup.js';

/**
 * The path `npm start` takes after installing and building: scripts/start.mjs starts the API
 * (embedded PostgreSQL, migrations, demo seed on first run) and the status site, and prints
 * their URLs and the demo token. A second start keeps the data and the token.
 */
const root = path.resolve(import.meta.dirname, '../..');
let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'keepwatch-start-'));
  // Reachable by the postgres user, so the cluster lives here and goes away with the folder.
  await chmod(dataDir, 0o755);
  env = {
    DATA_DIR: dataDir,
    API_PORT: String(await freePort()),
    SITE_PORT: String(await freePort()),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
  };
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function startProduct(): Promise<{ child: ChildProcess; output: string }> {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 90 s:\n${output}`)), 90_000);
    child.stdout!.on('data', () => {
      if (output.includes('Ctrl-C stops both.')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
  return { child, output };
}

async function stopProduct(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGINT');
  return exited;
}

async function graphql(query: string, token: string) {
  const res = await fetch(`http://127.0.0.1:${env.API_PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data: Record<string, unknown> };
}

describe('the start command', () => {
  it('runs the API and the status site with a seeded demo, and keeps data across restarts', async () => {
    const first = await startProduct();
    const token = /Demo API token\s+(kw_\S+)/.exec(first.output)?.[1];
    expect(first.output).toContain(`http://localhost:${env.API_PORT}/graphql`);
    expect(first.output).toContain(`http://localhost:${env.SITE_PORT}/demo`);
    expect(token).toBeDefined();

    const data = await graphql('{ tenant { slug } components { name } }', token!);
    expect(data.data.tenant).toEqual({ slug: 'demo' });
    expect((data.data.components as unknown[]).length).toBe(5);
    const page = await fetch(`http://127.0.0.1:${env.SITE_PORT}/demo`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Keepwatch Demo');
    // The demo shows the rest of the product too: maintenance, history, a postmortem under way.
    expect(html).toContain('Database upgrade');
    const history = await fetch(`http://127.0.0.1:${env.SITE_PORT}/demo/history`);
    expect(await history.text()).toContain('Webhook deliveries delayed');
    const items = await graphql('{ actionItems { title acceptanceCriterion { text } } }', token!);
    expect(items.data.actionItems).toEqual([
      {
        title: 'Give each partner its own delivery queue',
        acceptanceCriterion: { text: 'p99 webhook delivery delay < 60 s over 7 days' },
      },
    ]);
    expect(await stopProduct(first.child)).toBe(0);

    const second = await startProduct();
    expect(second.output).toContain(`Demo API token   ${token}`);
    const again = await graphql('{ components { name } }', token!);
    expect((again.data.components as unknown[]).length).toBe(5);
    expect(await stopProduct(second.child)).toBe(0);
  }, 240_000);
});
