import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DomainError, RISK_PROFILES, type RiskProfile } from '@keepwatch/domain';
import { validate } from 'class-validator';
import { loadConfig } from './config/config.js';
import { openDatabase } from './db/open.js';
import { provisionDatabase, roleUrls } from './db/provision.js';
import { problemsOf } from './graphql/errors.js';
import { printedSchema } from './graphql/schema.js';
import { CreateTenantInput } from './modules/tenant/create-tenant.input.js';
import { createServices } from './services.js';

const USAGE = `Usage:
  cli emit-schema <file>                                   write the GraphQL SDL
  cli provision --superuser-url URL [--database D] [--owner-password P] [--app-password P]
                                                           create the roles and the database (superuser, idempotent)
  cli migrate                                              apply pending migrations
  cli create-tenant --slug S --name N [--profile P]        create a tenant and its first ADMIN token`;

const [command, ...rest] = process.argv.slice(2);

switch (command) {
  case 'emit-schema': {
    await writeFile(rest[0] ?? 'schema.graphql', await printedSchema());
    break;
  }
  case 'provision': {
    const { values } = parseArgs({
      args: rest,
      options: {
        'superuser-url': { type: 'string' },
        database: { type: 'string', default: 'keepwatch' },
        'owner-password': { type: 'string' },
        'app-password': { type: 'string' },
      },
    });
    if (!values['superuser-url']) {
      console.error(USAGE);
      process.exit(2);
    }
    await provisionDatabase(values['superuser-url'], values.database, {
      owner: values['owner-password'],
      app: values['app-password'],
    });
    const urls = roleUrls(values['superuser-url'], values.database);
    console.log(
      `Provisioned. With the roles' passwords added:\n  DATABASE_URL=${urls.appUrl}\n  DATABASE_OWNER_URL=${urls.ownerUrl}`,
    );
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
    // The same rules as the createTenant mutation.
    const input = Object.assign(new CreateTenantInput(), {
      slug: values.slug ?? '',
      name: values.name ?? '',
      riskProfile: (values.profile ?? 'STANDARD') as RiskProfile,
    });
    const problems = problemsOf(await validate(input));
    if (!RISK_PROFILES.includes(input.riskProfile)) {
      problems.push({
        field: 'profile',
        rule: 'isIn',
        message: `profile must be one of ${RISK_PROFILES.join(', ')}`,
      });
    }
    if (problems.length > 0) {
      console.error(`${DomainError.validation(problems).message}\n${USAGE}`);
      process.exit(2);
    }
    const database = await openDatabase(loadConfig());
    try {
      const { tenant, admin } = await createServices(database.db).tenants.create(input);
      console.log(
        JSON.stringify(
          { tenantId: tenant.id, slug: tenant.slug, adminToken: admin.secret },
          null,
          2,
        ),
      );
    } finally {
      await database.close();
    }
    break;
  }
  default:
    console.error(USAGE);
    process.exit(2);
}
