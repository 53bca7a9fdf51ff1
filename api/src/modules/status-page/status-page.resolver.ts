import { Arg, Ctx, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PublicIncident } from './public-incident.type.js';
import { StatusPageChange } from './status-page-change.type.js';
import { StatusPage } from './status-page.type.js';

@Resolver(() => StatusPage)
export class StatusPageResolver {
  @Query(() => StatusPage, {
    nullable: true,
    description:
      'Public, no token needed: the status page of the tenant at this slug, or null when there ' +
      'is none or it is private.',
  })
  statusPage(
    @Arg('slug', () => String, { description: 'URL slug of the tenant.' }) slug: string,
    @Ctx() ctx: Context,
  ): Promise<StatusPage | null> {
    return ctx.services.statusPage.bySlug(slug);
  }

  @Query(() => [PublicIncident], {
    nullable: true,
    description:
      'Public, no token needed: the incidents declared in a UTC month, newest first, as the ' +
      'status page shows them; null when there is no public page at this slug.',
  })
  statusPageHistory(
    @Arg('slug', () => String, { description: 'URL slug of the tenant.' }) slug: string,
    @Arg('month', () => String, { description: 'The month, YYYY-MM (UTC).' }) month: string,
    @Ctx() ctx: Context,
  ): Promise<PublicIncident[] | null> {
    return ctx.services.statusPage.history(slug, month);
  }

  @Query(() => String, {
    nullable: true,
    description: 'Public: the slug of the status page served at this custom host, or null.',
  })
  statusPageSlug(
    @Arg('host', () => String, { description: 'Host name, e.g. status.example.com.' })
    host: string,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return ctx.services.statusPage.slugByHost(host);
  }

  @Subscription(() => StatusPageChange, {
    description:
      'Public, no token needed: an event each time the status page at this slug may have ' +
      'changed (no content; read `statusPage` again). NOT_FOUND for an unknown or private page.',
    subscribe: ({ args, context }) =>
      (context as Context).services.statusPageChanges.open((args as { slug: string }).slug),
  })
  statusPageChanged(
    @Root() change: StatusPageChange,
    @Arg('slug', () => String, { description: 'URL slug of the tenant.' }) _slug: string,
  ): StatusPageChange {
    return change;
  }
}
