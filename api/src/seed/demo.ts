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
  for (const [position, c] of COMPONENTS.entries()) {
    await services.components.create(scope, { ...c, group: c.group ?? undefined, position });
  }
  await mkdir(dataDir, { recursive: true });
  await writeFile(tokenFile, admin.secret + '\n', { mode: 0o600 });
  return admin.secret;
}
