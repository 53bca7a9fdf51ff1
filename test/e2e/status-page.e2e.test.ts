import {
  createKeepwatchClient,
  CreateComponentDocument,
  type CreateComponentInput,
} from '@keepwatch/client';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, makeTenant, type TestApi, type TestTenant } from '../support/api.js';
import { launchBrowser } from '../support/browser.mjs';
import { startStatusSite, type StatusSite } from '../support/status-site.js';

// Positions and groups chosen so that page order differs from creation order: the ungrouped
// component comes first, and inside "Platform" position beats creation order.
const COMPONENTS: CreateComponentInput[] = [
  { name: 'API', description: 'Public REST and GraphQL API', group: 'Platform', position: 2 },
  { name: 'Dashboard', description: 'Web app for operators', group: 'Platform', position: 1 },
  { name: 'Website', description: 'Marketing site', group: null, position: 3 },
];

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const HOUR = 3_600_000;

/** Serious and critical accessibility violations axe-core finds on the open page. */
async function accessibilityViolations(page: Page) {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: typeof axe }).axe.run(),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What a reader sees of the page, read through the accessibility-relevant structure. */
async function readStatusPage(page: Page) {
  return {
    heading: await page.getByRole('heading', { level: 1 }).textContent(),
    overall: await page.locator('.overall h2').textContent(),
    asOf: await page.locator('.overall time').getAttribute('datetime'),
    asOfText: await page.locator('.overall time').textContent(),
    groups: await page.getByRole('heading', { level: 3 }).allTextContents(),
    names: await page.locator('li.component .name').allTextContents(),
    statuses: await page.locator('li.component .status').allTextContents(),
  };
}

describe('public status page: built site, real API, real browser', () => {
  let api: TestApi;
  let tenant: TestTenant;
  let site: StatusSite;
  let browser: Browser;

  beforeAll(async () => {
    api = await startTestApi();
    const apiUrl = `${await api.listen()}/graphql`;
    tenant = await makeTenant(api);
    const admin = createKeepwatchClient({ url: apiUrl, token: tenant.admin });
    for (const input of COMPONENTS) await admin.request(CreateComponentDocument, { input });

    site = await startStatusSite(apiUrl);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    await api?.close();
  });

  it('shows the tenant, its overall status and every component with its status in words', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}/${tenant.slug}`);

    expect(response?.status(), site.output()).toBe(200);
    await expect(
      page.getByRole('heading', { level: 1, name: `Tenant ${tenant.slug}` }).isVisible(),
    ).resolves.toBe(true);
    for (const { name } of COMPONENTS) {
      await expect(
        page.locator('li.component').getByText(name, { exact: true }).isVisible(),
      ).resolves.toBe(true);
    }
    await expect(page.getByText('Operational', { exact: true }).first().isVisible()).resolves.toBe(
      true,
    );

    const seen = await readStatusPage(page);
    expect(seen.overall).toBe('All systems operational');
    expect(seen.groups).toEqual(['Platform']);
    expect(seen.names).toEqual(['Website', 'Dashboard', 'API']);
    expect(seen.statuses).toEqual(['Operational', 'Operational', 'Operational']);
    expect(Number.isNaN(Date.parse(seen.asOf ?? ''))).toBe(false);
    expect(seen.asOfText).toMatch(/ UTC$/);
    await page.close();
  });

  it('reads the same with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${site.url}/${tenant.slug}`);

    expect(response?.status()).toBe(200);
    const seen = await readStatusPage(page);
    expect(seen.heading).toBe(`Tenant ${tenant.slug}`);
    expect(seen.overall).toBe('All systems operational');
    expect(seen.names).toEqual(['Website', 'Dashboard', 'API']);
    expect(seen.statuses).toEqual(['Operational', 'Operational', 'Operational']);
    // One small inline script enhances the page (countdown, live updates); nothing is loaded.
    const scripts = await page
      .locator('script')
      .evaluateAll((all) =>
        all.map((s) => ({ src: s.getAttribute('src'), length: s.textContent?.length ?? 0 })),
      );
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.src).toBeNull();
    expect(scripts[0]!.length).toBeLessThan(3_000);
    await expect(
      page.getByRole('table', { name: /Uptime over the last 90 days/ }).isVisible(),
    ).resolves.toBe(true);
    await context.close();
  });

  it('shows an open incident with its public updates and the next promised update, never internal ones', async () => {
    const shop = await makeTenant(api, { riskProfile: 'CONSUMER' });
    const post = (incidentId: string, visibility: string, body: string) =>
      api.gql(
        'mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }',
        { input: { incidentId, visibility, body } },
        shop.admin,
      );
    const declared = await api.gql(
      'mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }',
      {
        input: { title: 'Card payments fail', severity: 'SEV1', impact: { usersAffectedPct: 40 } },
      },
      shop.admin,
    );
    const incidentId = declared.body.data.declareIncident.id;
    await post(incidentId, 'PUBLIC', 'We are investigating failed card payments.');
    await post(incidentId, 'INTERNAL', 'Provider B returns 502 since 10:02.');

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    expect((await page.goto(`${site.url}/${shop.slug}`))?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Active incidents' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(
      page.getByRole('heading', { level: 3, name: 'Card payments fail' }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByText('We are investigating failed card payments.').isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText('Provider B').count()).resolves.toBe(0);
    // CONSUMER SEV1: a public update every 30 minutes.
    const promise = await page.locator('.promise').textContent();
    expect(promise).toMatch(/^Next update by \d{2}:\d{2} UTC \(in (29|30) min\)$/);
    const due = await page.locator('.promise time').getAttribute('datetime');
    expect(Date.parse(due ?? '') - Date.now()).toBeGreaterThan(28 * 60_000);
    await context.close();
  });

  it('shows a status update posted through GraphQL on an open page without reloading it', async () => {
    const incidentId = (
      await api.gql(
        'mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }',
        { input: { title: 'Search is slow', severity: 'SEV3', impact: { usersAffectedPct: 5 } } },
        tenant.admin,
      )
    ).body.data.declareIncident.id;
    const page = await browser.newPage();
    await page.goto(`${site.url}/${tenant.slug}`);
    await page.waitForSelector('body[data-live="on"]');
    await page.evaluate(() => ((globalThis as unknown as { marker: number }).marker = 42));

    await api.gql(
      'mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }',
      {
        input: {
          incidentId,
          visibility: 'PUBLIC',
          body: 'Index rebuilt; search is back to normal speed.',
        },
      },
      tenant.admin,
    );
    await page
      .getByText('Index rebuilt; search is back to normal speed.')
      .waitFor({ timeout: 5_000 });
    // The same document: updated in place, not reloaded.
    await expect(
      page.evaluate(() => (globalThis as unknown as { marker?: number }).marker),
    ).resolves.toBe(42);
    await page.close();
  });

  it('counts down to the promised update in the browser and flags it once missed', async () => {
    const context = await browser.newContext();
    await context.clock.install({ time: new Date() });
    const page = await context.newPage();
    await page.goto(`${site.url}/${tenant.slug}`);
    const promise = page.locator('.incident', { hasText: 'Search is slow' }).locator('.promise');
    await expect(promise.getAttribute('aria-live')).resolves.toBe('polite');
    const due = Date.parse((await promise.getAttribute('data-due')) ?? '');
    expect(await promise.textContent()).toMatch(/Next update by \d{2}:\d{2} UTC \(in \d+ min\)/);

    // Past the promise, with the servers out of the picture: the page's own clock moves on.
    await page.clock.fastForward(due - Date.now() + 3 * 60_000);
    await expect
      .poll(() => promise.textContent(), { timeout: 5_000 })
      .toMatch(/Update overdue by (3|4) min, promised for \d{2}:\d{2} UTC/);
    await expect(promise.getAttribute('class')).resolves.toContain('overdue');
    await context.close();
  });

  it('answers a real 404 with a not-found page for an unknown or malformed slug', async () => {
    const page = await browser.newPage();
    for (const path of ['/no-such-tenant', '/Not_A_Slug']) {
      const response = await page.goto(`${site.url}${path}`);

      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Status page not found',
      );
      await expect(
        page.getByText('There is no status page at this address').isVisible(),
      ).resolves.toBe(true);
    }
    await page.close();
  });
});

describe('public status page: accessibility and the three states readers meet', () => {
  let api: TestApi;
  let site: StatusSite;
  let browser: Browser;
  const tenants: Record<'operational' | 'sev1' | 'maintenance', TestTenant> = {} as never;

  beforeAll(async () => {
    api = await startTestApi();
    const apiUrl = `${await api.listen()}/graphql`;
    for (const state of ['operational', 'sev1', 'maintenance'] as const) {
      const tenant = await makeTenant(api, { riskProfile: 'CONSUMER' });
      tenants[state] = tenant;
      const ids: string[] = [];
      for (const input of COMPONENTS) {
        const res = await api.gql(
          'mutation($input: CreateComponentInput!) { createComponent(input: $input) { id } }',
          { input },
          tenant.admin,
        );
        ids.push(res.body.data.createComponent.id);
      }
      if (state === 'sev1') {
        const declared = await api.gql(
          'mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }',
          {
            input: {
              title: 'Checkout unavailable',
              severity: 'SEV1',
              componentIds: [ids[0]],
              componentStatus: 'MAJOR_OUTAGE',
              impact: { usersAffectedPct: 80, criticalJourneyBroken: true },
            },
          },
          tenant.admin,
        );
        await api.gql(
          'mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }',
          {
            input: {
              incidentId: declared.body.data.declareIncident.id,
              visibility: 'PUBLIC',
              body: 'Orders cannot be placed. We are rolling back the last deploy.',
            },
          },
          tenant.admin,
        );
      }
      if (state === 'maintenance') {
        const now = Date.now();
        for (const [title, from, until] of [
          ['Database upgrade', now - HOUR, now + HOUR],
          ['Network switch replacement', now + 24 * HOUR, now + 26 * HOUR],
        ] as const) {
          await api.gql(
            'mutation($input: ScheduleMaintenanceInput!) { scheduleMaintenance(input: $input) { id } }',
            {
              input: {
                title,
                description: 'Short interruptions are possible.',
                scheduledFor: new Date(from).toISOString(),
                scheduledUntil: new Date(until).toISOString(),
                componentIds: [ids[1]],
              },
            },
            tenant.admin,
          );
        }
      }
    }
    await api.gql(
      'mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { timeZone } }',
      { input: { timeZone: 'Europe/Paris' } },
      tenants.sev1.admin,
    );
    site = await startStatusSite(apiUrl);
    browser = await launchBrowser();
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    await api?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe-core violations in the ${scheme} theme; screenshots saved`, async () => {
      const context = await browser.newContext({
        colorScheme: scheme,
        viewport: { width: 420, height: 900 },
      });
      const page = await context.newPage();
      for (const [state, tenant] of Object.entries(tenants)) {
        expect((await page.goto(`${site.url}/${tenant.slug}`))?.status()).toBe(200);
        expect(await accessibilityViolations(page), `${state} (${scheme})`).toEqual([]);
        await page.screenshot({
          path: `${ARTIFACTS}status-page-${state}-${scheme}.png`,
          fullPage: true,
        });
      }
      await context.close();
    });
  }

  it('shows maintenance in progress and upcoming, its component under maintenance', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/${tenants.maintenance.slug}`);
    await expect(page.locator('.overall h2').textContent()).resolves.toBe(
      'Maintenance in progress',
    );
    await expect(
      page.getByRole('heading', { name: 'Ongoing maintenance' }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('heading', { name: 'Scheduled maintenance' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.locator('.maintenance-in-progress h3').textContent()).resolves.toBe(
      'Database upgrade',
    );
    await expect(page.locator('.maintenance-scheduled h3').textContent()).resolves.toBe(
      'Network switch replacement',
    );
    const statuses = await page
      .locator('li.component')
      .evaluateAll((all) =>
        all.map(
          (li) =>
            `${li.querySelector('.name')?.textContent}: ${li.querySelector('.status')?.textContent}`,
        ),
      );
    expect(statuses).toContain('Dashboard: Under maintenance');
    await context.close();
  });

  it('moves a window from scheduled to ongoing on the page when it starts, with no event', async () => {
    const tenant = await makeTenant(api);
    const componentId = (
      await api.gql(
        'mutation($input: CreateComponentInput!) { createComponent(input: $input) { id } }',
        { input: { name: 'Search' } },
        tenant.admin,
      )
    ).body.data.createComponent.id;
    const startsAt = Date.now() + 2_000;
    await api.gql(
      'mutation($input: ScheduleMaintenanceInput!) { scheduleMaintenance(input: $input) { id } }',
      {
        input: {
          title: 'Index rebuild',
          scheduledFor: new Date(startsAt).toISOString(),
          scheduledUntil: new Date(startsAt + HOUR).toISOString(),
          componentIds: [componentId],
        },
      },
      tenant.admin,
    );
    const read = async () => (await fetch(`${site.url}/${tenant.slug}`)).text();
    const before = await read();
    expect(before).toContain('Scheduled maintenance');
    expect(before).not.toContain('Ongoing maintenance');
    await new Promise((r) => setTimeout(r, startsAt - Date.now() + 300));
    const after = await read();
    expect(after).toContain('Ongoing maintenance');
    expect(after).toContain('Under maintenance');
  });

  it("shows every time in UTC and in the page's time zone, with <time datetime>", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/${tenants.sev1.slug}`);
    const asOf = page.locator('.overall time');
    const iso = (await asOf.getAttribute('datetime')) ?? '';
    expect(new Date(iso).toISOString()).toBe(iso);
    // November: Paris is on CET, an hour ahead of UTC.
    const utc = new Date(iso);
    const paris = new Date(utc.getTime() + HOUR);
    const hm = (d: Date) => d.toISOString().slice(11, 16);
    await expect(asOf.textContent()).resolves.toContain(`${hm(utc)} UTC`);
    await expect(asOf.textContent()).resolves.toContain(`${hm(paris)} CET`);
    await context.close();
  });
});

describe('public status page while the API is unreachable', () => {
  let site: StatusSite;
  let browser: Browser;

  beforeAll(async () => {
    // Port 9 (discard) on loopback: nothing listens, so every API call is refused at once.
    site = await startStatusSite('http://127.0.0.1:9/graphql');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });

  it('answers 503 and says the status is temporarily unavailable', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}/acme`);

    expect(response?.status()).toBe(503);
    expect(response?.headers()['retry-after']).toBe('30');
    await expect(
      page.getByRole('heading', { name: 'Status temporarily unavailable' }).isVisible(),
    ).resolves.toBe(true);
    expect(site.output()).toContain('API unavailable');
    await page.close();
  });
});

describe('public status page when the API stops after the page was read, and comes back', () => {
  let api: TestApi;
  let site: StatusSite;
  let tenant: TestTenant;
  let apiUrl: string;

  beforeAll(async () => {
    api = await startTestApi();
    apiUrl = `${await api.listen()}/graphql`;
    tenant = await makeTenant(api);
    await api.gql(
      'mutation($input: CreateComponentInput!) { createComponent(input: $input) { id } }',
      { input: { name: 'Payments' } },
      tenant.admin,
    );
    site = await startStatusSite(apiUrl, { KEEPWATCH_SNAPSHOT_TTL_MS: '200' });
  });

  afterAll(async () => {
    await site?.stop();
  });

  it('keeps serving the last snapshot, marked as the last known state with its age', async () => {
    const fresh = await fetch(`${site.url}/${tenant.slug}`);
    expect(fresh.status).toBe(200);
    const before = await fresh.text();
    expect(before).not.toContain('Live status unavailable');

    await api.close();
    await new Promise((r) => setTimeout(r, 400));
    const stale = await fetch(`${site.url}/${tenant.slug}`);
    expect(stale.status).toBe(200);
    expect(stale.headers.get('cache-control')).toContain('s-maxage=5');
    const html = await stale.text();
    expect(html).toContain('Live status unavailable');
    expect(html).toContain('Last known: All systems operational');
    expect(html).toMatch(/data-since="[^"]+">(less than a minute|\d+ min) ago</);
    expect(html).toContain('Payments');

    const summary = await fetch(`${site.url}/${tenant.slug}/api/v2/summary.json`);
    expect(summary.status).toBe(200);
    expect(summary.headers.get('x-keepwatch-stale-since')).not.toBeNull();
  });

  it('shows the current state again, unmarked, once the API is back', async () => {
    // A new API process on the same address, as after a restart.
    const back = await startTestApi();
    try {
      await back.listen(Number(new URL(apiUrl).port));
      await new Promise((r) => setTimeout(r, 400));
      const html = await (await fetch(`${site.url}/${tenant.slug}`)).text();
      expect(html).not.toContain('Live status unavailable');
      expect(html).toContain('All systems operational');
      expect(html).not.toContain('Last known');
    } finally {
      await back.close();
    }
  });
});
