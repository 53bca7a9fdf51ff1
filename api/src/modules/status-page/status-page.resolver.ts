import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { StatusPage } from './status-page.type.js';

@Resolver(() => StatusPage)
export class StatusPageResolver {
  @Query(() => StatusPage, {
    nullable: true,
    description: 'Public, no token needed: the status page of the tenant at this slug, or null.',
  })
  statusPage(
    @Arg('slug', () => String, { description: 'URL slug of the tenant.' }) slug: string,
    @Ctx() ctx: Context,
  ): Promise<StatusPage | null> {
    return ctx.services.statusPage.bySlug(slug);
  }
}
