import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { scopeOf, type Context } from '../../graphql/context.js';
import { SeverityLevel } from './severity-level.type.js';
import { UpdateSeverityLevelInput } from './update-severity-level.input.js';

@Resolver(() => SeverityLevel)
export class SeverityResolver {
  @Authorized()
  @Query(() => [SeverityLevel], { description: "The tenant's severity scale, most severe first." })
  async severityLevels(@Ctx() ctx: Context): Promise<SeverityLevel[]> {
    return (await ctx.services.severities.list(scopeOf(ctx))).map(SeverityLevel.from);
  }

  @Authorized('ADMIN')
  @Mutation(() => SeverityLevel, {
    description: 'Rewords a severity level or changes its impact criteria.',
  })
  async updateSeverityLevel(
    @Arg('input', () => UpdateSeverityLevelInput, { description: 'The level and its changes.' })
    input: UpdateSeverityLevelInput,
    @Ctx() ctx: Context,
  ): Promise<SeverityLevel> {
    return SeverityLevel.from(await ctx.services.severities.update(scopeOf(ctx), input));
  }
}
