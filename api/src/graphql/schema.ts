import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccessResolver } from '../modules/access/access.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { CommunicationContractResolver } from '../modules/communication/communication-contract.resolver.js';
import { ComponentResolver } from '../modules/component/component.resolver.js';
import { StatusPageResolver } from '../modules/status-page/status-page.resolver.js';
import { IncidentResolver } from '../modules/incident/incident.resolver.js';
import { IncidentEventsResolver } from '../modules/incident-events/incident-events.resolver.js';
import { ActionItemResolver } from '../modules/action-item/action-item.resolver.js';
import { PostmortemResolver } from '../modules/postmortem/postmortem.resolver.js';
import { MaintenanceResolver } from '../modules/maintenance/maintenance.resolver.js';
import { SeverityResolver } from '../modules/severity/severity.resolver.js';
import { TenantResolver } from '../modules/tenant/tenant.resolver.js';
import { TimelineResolver } from '../modules/timeline/timeline.resolver.js';
import { authChecker } from './auth-checker.js';

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process from the resolvers' decorators. */
export function schema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      TenantResolver,
      AccessResolver,
      AuditResolver,
      ComponentResolver,
      StatusPageResolver,
      SeverityResolver,
      IncidentResolver,
      TimelineResolver,
      IncidentEventsResolver,
      CommunicationContractResolver,
      MaintenanceResolver,
      PostmortemResolver,
      ActionItemResolver,
    ],
    // Required by the builder for @Subscription; ours are fed by the outbox through their own
    // `subscribe`, so no topic is ever published or subscribed here.
    pubSub: {
      publish() {
        throw new Error('Subscriptions are fed by the outbox, not by topics');
      },
      subscribe() {
        throw new Error('Subscriptions are fed by the outbox, not by topics');
      },
    },
    authChecker,
    validate: { forbidUnknownValues: false },
  });
  return built;
}

/** The SDL committed as api/schema.graphql. */
export async function printedSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await schema())) + '\n';
}
