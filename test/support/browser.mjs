// Plain JavaScript so the benchmarks (.mjs) and the tests (TypeScript, typed by browser.d.mts)
// launch Chromium the same way.
import { chromium } from 'playwright-core';

/** The system Chromium (Debian package); CHROMIUM_PATH points elsewhere when needed. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A headless Chromium with a throwaway profile. The flags keep it from reaching out on its own
 * (updates, sync, QUIC probes) so a run only ever talks to the servers it started.
 */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
