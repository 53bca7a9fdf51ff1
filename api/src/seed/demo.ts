import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/database.js';
import type { Scope } from '../db/scope.js';
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
    body: 'Some card payments are failing. We are investigating and will update within the hour.',
    componentStatuses: [],
  });
  await services.timeline.addNote(scope, {
    incidentId: incident.id,
    body: 'Provider B latency p99 at 9 s since 10:02; provider A healthy.',
  });
  await seedHistory(services, scope, ids);
  await mkdir(dataDir, { recursive: true });
  await writeFile(tokenFile, admin.secret + '\n', { mode: 0o600 });
  return admin.secret;
}

/**
 * What the rest of the product shows: a resolved incident with its postmortem under way (one
 * contributing factor, one action item), and a maintenance window tomorrow.
 */
async function seedHistory(services: Services, scope: Scope, ids: Record<string, string>) {
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
  const webhooks = await services.incidents.declare(scope, {
    title: 'Webhook deliveries delayed',
    severity: 'SEV2',
    componentIds: [ids.Webhooks!],
    componentStatus: 'DEGRADED_PERFORMANCE',
    impact: { usersAffectedPct: 8, criticalJourneyBroken: false, dataAtRisk: false },
    impactStartedAt: minutesAgo(180),
    detectedAt: minutesAgo(170),
    summary: 'The delivery queue backed up behind one slow partner endpoint.',
  });
  await services.timeline.postStatusUpdate(scope, {
    incidentId: webhooks.id,
    visibility: 'PUBLIC',
    body: 'Webhook deliveries are delayed by up to 20 minutes. No events are lost.',
    componentStatuses: [],
  });
  await services.timeline.postStatusUpdate(scope, {
    incidentId: webhooks.id,
    visibility: 'PUBLIC',
    state: 'RESOLVED',
    body: 'Deliveries are back to normal and the backlog is cleared.',
    componentStatuses: [{ componentId: ids.Webhooks!, status: 'OPERATIONAL' }],
  });
  const postmortem = await services.postmortems.start(scope, {
    incidentId: webhooks.id,
    sloBreached: false,
  });
  await services.postmortems.update(scope, {
    postmortemId: postmortem.postmortem.id,
    contributingFactors: [
      {
        description:
          'One delivery queue is shared by all partners, so one slow endpoint delays all.',
        category: 'ARCHITECTURE',
      },
    ],
  });
  const owner = await services.access.addMember(scope, {
    email: 'sam@demo.example',
    name: 'Sam Rivera',
    role: 'RESPONDER',
  });
  await services.actionItems.create(scope, {
    postmortemId: postmortem.postmortem.id,
    title: 'Give each partner its own delivery queue',
    ownerId: owner.id,
    team: 'integrations',
    dueAt: new Date(Date.now() + 21 * 24 * 3_600_000),
    kind: 'CLASS_OF_FAILURE',
    acceptanceCriteria: [
      {
        signal: 'p99 webhook delivery delay',
        comparator: 'LT',
        target: 60,
        unit: 's',
        windowMinutes: 7 * 1440,
      },
    ],
    slo: { name: 'webhook delivery within 5 min, 99.9%', budgetBurnedPct: 35 },
  });
  const tomorrow = new Date();
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  tomorrow.setUTCHours(2, 0, 0, 0);
  await services.maintenance.schedule(scope, {
    title: 'Database upgrade',
    description: 'The Public API may answer slowly for a few minutes.',
    scheduledFor: tomorrow,
    scheduledUntil: new Date(tomorrow.getTime() + 3_600_000),
    componentIds: [ids['Public API']!],
  });
}
