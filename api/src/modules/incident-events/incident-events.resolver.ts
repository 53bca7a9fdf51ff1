import { Arg, Authorized, ID, Resolver, Root, Subscription } from 'type-graphql';
import { tenantScope } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { IncidentEvent } from './incident-event.type.js';

interface IncidentEventsArgs {
  incidentId?: string | null;
  after?: string | null;
}

@Resolver()
export class IncidentEventsResolver {
  @Authorized()
  @Subscription(() => IncidentEvent, {
    description:
      "Live events of the tenant's incidents, or of one incident. With `after` (a position), first " +
      'replays every event after it, then continues live: no gap, no duplicate.',
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const { incidentId = null, after = null } = args as IncidentEventsArgs;
      return ctx.services.events.open(
        tenantScope(ctx.auth, ctx.requestId),
        incidentId,
        after,
        ctx.tokenHash,
      );
    },
  })
  incidentEvents(
    @Root() event: IncidentEvent,
    @Arg('incidentId', () => ID, { nullable: true, description: 'Only this incident.' })
    _incidentId?: string,
    @Arg('after', () => ID, { nullable: true, description: 'Resume after this position.' })
    _after?: string,
  ): IncidentEvent {
    return event;
  }
}
