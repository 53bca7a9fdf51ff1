import {
  createKeepwatchClient,
  CreateComponentDocument,
  type CreateComponentInput,
} from '@keepwatch/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, makeTenant, type TestApi, type TestTenant } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { startStatusSite, type StatusSite } from '../support/status-site.js';

// Positions and groups chosen so that page order differs from creation order: the ungrouped
// component comes first, and inside "Platform" position beats creation order.
const COMPONENTS: CreateComponentInput[] = [
  { name: 'API', description: 'Public REST and GraphQL API', group: 'Platform', position: 2 },
  { name: 'Dashboard', description: 'Web app for operators', group: 'Platform', position: 1 },
  { name: 'Website', description: 'Marketing site', group: null, position: 3 },
];

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
      await expect(page.getByText(name, { exact: true }).isVisible()).resolves.toBe(true);
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
    await expect(page.locator('script').count()).resolves.toBe(0);
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
