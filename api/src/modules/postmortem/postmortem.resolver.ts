import { WRITE_ROLES, type PostmortemState } from '@keepwatch/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { scopeOf, type Context } from '../../graphql/context.js';
import { PostmortemStateEnum } from '../../graphql/enums.js';
import {
  FactorCategoryInput,
  StartPostmortemInput,
  UpdatePostmortemInput,
} from './postmortem.input.js';
import type { PostmortemView } from './postmortem.service.js';
import { FactorCategory, Postmortem } from './postmortem.type.js';

const shown = (ctx: Context, view: PostmortemView) =>
  Postmortem.from(view, ctx.services.actionItems.now());

@Resolver(() => Postmortem)
export class PostmortemResolver {
  @Authorized()
  @Query(() => Postmortem, {
    nullable: true,
    description: "The incident's postmortem, if started.",
  })
  async postmortem(
    @Arg('incidentId', () => ID, { description: 'The incident.' }) incidentId: string,
    @Ctx() ctx: Context,
  ): Promise<Postmortem | null> {
    const view = await ctx.services.postmortems.byIncident(scopeOf(ctx), incidentId);
    return view && shown(ctx, view);
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Postmortem, {
    description: 'Starts the postmortem of an incident (one per incident), its impact pre-filled.',
  })
  async startPostmortem(
    @Arg('input', () => StartPostmortemInput, { description: 'Which incident.' })
    input: StartPostmortemInput,
    @Ctx() ctx: Context,
  ): Promise<Postmortem> {
    return shown(ctx, await ctx.services.postmortems.start(scopeOf(ctx), input));
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Postmortem, {
    description: 'Edits the impact and the contributing factors (not once published).',
  })
  async updatePostmortem(
    @Arg('input', () => UpdatePostmortemInput, { description: 'What to change.' })
    input: UpdatePostmortemInput,
    @Ctx() ctx: Context,
  ): Promise<Postmortem> {
    return shown(ctx, await ctx.services.postmortems.update(scopeOf(ctx), input));
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Postmortem, {
    description:
      'DRAFT → IN_REVIEW → PUBLISHED (or back to DRAFT). Publishing is for the commander or an ' +
      'admin, and is refused (CONFLICT) with every missing part listed in `problems`.',
  })
  async transitionPostmortem(
    @Arg('postmortemId', () => ID, { description: 'The postmortem.' }) postmortemId: string,
    @Arg('to', () => PostmortemStateEnum, { description: 'The state to move to.' })
    to: PostmortemState,
    @Ctx() ctx: Context,
  ): Promise<Postmortem> {
    return shown(ctx, await ctx.services.postmortems.transition(scopeOf(ctx), postmortemId, to));
  }

  @Authorized()
  @Query(() => [FactorCategory], { description: "The tenant's contributing-factor taxonomy." })
  async factorCategories(@Ctx() ctx: Context): Promise<FactorCategory[]> {
    return (await ctx.services.postmortems.categories(scopeOf(ctx))).map(FactorCategory.from);
  }

  @Authorized('ADMIN')
  @Mutation(() => FactorCategory, { description: 'Adds a factor category, or edits one.' })
  async saveFactorCategory(
    @Arg('input', () => FactorCategoryInput, { description: 'The category.' })
    input: FactorCategoryInput,
    @Ctx() ctx: Context,
  ): Promise<FactorCategory> {
    return FactorCategory.from(await ctx.services.postmortems.saveCategory(scopeOf(ctx), input));
  }

  @Authorized('ADMIN')
  @Mutation(() => FactorCategory, { description: 'Removes a factor category no postmortem uses.' })
  async removeFactorCategory(
    @Arg('key', () => String, { description: 'The category key.' }) key: string,
    @Ctx() ctx: Context,
  ): Promise<FactorCategory> {
    return FactorCategory.from(await ctx.services.postmortems.removeCategory(scopeOf(ctx), key));
  }
}
