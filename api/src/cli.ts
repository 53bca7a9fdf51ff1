import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isValidSlug, RISK_PROFILES, type RiskProfile } from '@keepwatch/domain';
import { loadConfig } from './config/config.js';
import { openDatabase } from './db/open.js';
import { printedSchema } from './graphql/schema.js';
import { createServices } from './services.js';

const USAGE = `Usage:
  cli emit-schema <file>                                   write the GraphQL SDL
  cli migrate                                              apply pending migrations
  cli create-tenant --slug S --name N [--profile P]        create a tenant and its first ADMIN token`;

const [command, ...rest] = process.argv.slice(2);

switch (command) {
  case 'emit-schema': {
    await writeFile(rest[0] ?? 'schema.graphql', await printedSchema());
    break;
  }
  case 'migrate': {
    const database = await openDatabase(loadConfig());
    await database.close();
    break;
  }
  case 'create-tenant': {
    const { values } = parseArgs({
      args: rest,
      options: { slug: { type: 'string' }, name: { type: 'string' }, profile: { type: 'string' } },
    });
    const profile = (values.profile ?? 'STANDARD') as RiskProfile;
    if (!values.slug || !isValidSlug(values.slug) || !values.name?.trim() || !RISK_PROFILES.includes(profile)) {
      console.error(`--slug must be a valid slug, --name non-empty, --profile one of ${RISK_PROFILES.join(', ')}\n${USAGE}`);
      process.exit(2);
    }
    const database = await openDatabase(loadConfig());
    try {
      const { tenant, admin } = await createServices(database.db).tenants.create({
        slug: values.slug,
        name: values.name,
        riskProfile: profile,
      });
      console.log(JSON.stringify({ tenantId: tenant.id, slug: tenant.slug, adminToken: admin.secret }, null, 2));
    } finally {
      await database.close();
    }
    break;
  }
  default:
    console.error(USAGE);
    process.exit(2);
}
