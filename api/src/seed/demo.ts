import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/database.js';
import { tenantScope } from '../graphql/auth.js';
import type { Services } from '../services.js';

export const DEMO_SLUG = 'demo';

const COMPONENTS = [
  { name: 'Website', group: 'Storefront', description: 'Browsing and search' },
  { name: 'Checkout', group: 'Storefront', description: 'Cart, payment and order confirmation' },
  { name: 'Public API', group: 'Platform', description: 'REST and GraphQL APIs for partners' },
  { name: 'Webhooks', group: 'Platform', description: 'Outbound event delivery' },
  { name: 'Login', group: null, description: 'Sign-in and single sign-on' },
];

/**
 * First start only: a demo tenant with components and an ADMIN token. The token's secret is kept
 * in DATA_DIR (a local, git-ignored folder) so later starts can print it again.
 */
export async function seedDemo(db: Database, services: Services, dataDir: string): Promise<string> {
  const tokenFile = path.join(dataDir, 'demo-token');
  if (await db.tenantIdBySlug(DEMO_SLUG)) {
    return existsSync(tokenFile)
      ? (await readFile(tokenFile, 'utf8')).trim()
      : '(kept from an earlier start)';
  }
  const { tenant, admin } = await services.tenants.create({
    slug: DEMO_SLUG,
    name: 'Keepwatch Demo',
    riskProfile: 'CONSUMER',
  });
  const scope = tenantScope({
    kind: 'token',
    tenantId: tenant.id,
    tokenId: admin.token.id,
    role: 'ADMIN',
  });
  const ids: Record<string, string> = {};
  for (const [position, c] of COMPONENTS.entries()) {
    const created = await services.components.create(scope, {
      ...c,
      group: c.group ?? undefined,
      position,
    });
    ids[c.name] = created.id;
  }
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
  const incident = await services.incidents.declare(scope, {
    title: 'Some card payments fail at checkout',
    severity: 'SEV2',
    componentIds: [ids.Checkout!],
    componentStatus: 'PARTIAL_OUTAGE',
    impact: { usersAffectedPct: 12, criticalJourneyBroken: true, dataAtRisk: false },
    impactStartedAt: minutesAgo(25),
    detectedAt: minutesAgo(18),
    summary: 'Card authorisations time out for one payment provider.',
  });
  await services.timeline.postStatusUpdate(scope, {
    incidentId: incident.id,
    visibility: 'PUBLIC',
    body: 'Some card payments are failing. We are investigating and will update within 30 minutes.',
    componentStatuses: [],
  });
  await services.timeline.addNote(scope, {
    incidentId: incident.id,
    body: 'Provider B latency p99 at 9 s since 10:02; provider A healthy.',
  });
  await mkdir(dataDir, { recursive: true });
  await writeFile(tokenFile, admin.secret + '\n', { mode: 0o600 });
  return admin.secret;
}
