#!/usr/bin/env node
// `npm start`, `npm test` and `npm run bench` on a machine that has only Node.js and npm: bring
// the pinned pnpm into .tools/, install the workspace (which brings Node 24 for every script),
// install Chromium for the browser tests when missing, then hand over to the pnpm script.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '12.4.2';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tools = path.join(root, '.tools');
const pnpm = path.join(tools, 'node_modules', '.bin', 'pnpm');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function installedPnpm() {
  const manifest = path.join(tools, 'node_modules', 'pnpm', 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

function ensurePnpm() {
  if (installedPnpm() === PNPM_VERSION) return;
  console.log(`Installing pnpm ${PNPM_VERSION} into .tools/ …`);
  run('npm', [
    'install',
    '--prefix',
    tools,
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    `pnpm@${PNPM_VERSION}`,
  ]);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `The browser tests need Chromium at ${CHROMIUM}. Install it with:\n` +
        '  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROMIUM_PATH at an installed Chromium.',
    );
    process.exit(1);
  }
  console.log('Installing Chromium for the browser tests (apt-get) …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env });
}

const task = process.argv[2];
const scripts = { start: ['build', 'start:all'], test: ['test:all'], bench: ['bench:all'] };
if (!(task in scripts)) {
  console.error(`usage: node scripts/run.mjs ${Object.keys(scripts).join('|')}`);
  process.exit(2);
}

ensurePnpm();
run(pnpm, ['install', '--frozen-lockfile', '--reporter=append-only']);
if (task === 'test') ensureChromium();
for (const script of scripts[task]) run(pnpm, ['run', script]);
