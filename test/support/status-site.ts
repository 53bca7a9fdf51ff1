import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../setup/global-setup.js';

const BUILT = fileURLToPath(new URL('../../status-site/dist/server/entry.mjs', import.meta.url));
const SERVER = fileURLToPath(new URL('../../status-site/server.mjs', import.meta.url));

export interface StatusSite {
  /** Base URL, e.g. http://127.0.0.1:PORT. */
  url: string;
  /** What the server printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * The BUILT status site (`pnpm --filter @keepwatch/status-site build`) as its own process, the
 * way it runs in production, talking to the API at `apiUrl`. Resolves once it answers HTTP.
 */
export async function startStatusSite(
  apiUrl: string,
  env: Record<string, string> = {},
  timeoutMs = 20_000,
): Promise<StatusSite> {
  if (!existsSync(BUILT)) {
    throw new Error(
      `${BUILT} is missing: run \`pnpm --filter @keepwatch/status-site build\` first`,
    );
  }
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    throw new Error(
      `Astro needs Node >= 22 but tests run on ${process.version}: run them via pnpm`,
    );
  }

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [SERVER], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      KEEPWATCH_API_URL: apiUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const site: StatusSite = {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const done = exited(child);
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await done;
      clearTimeout(timer);
    },
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`status site exited with ${child.exitCode} before answering:\n${output}`);
    }
    try {
      await fetch(url, { signal: AbortSignal.timeout(1_000) });
      return site;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await site.stop();
  throw new Error(`status site did not answer at ${url} within ${timeoutMs} ms:\n${output}`);
}
