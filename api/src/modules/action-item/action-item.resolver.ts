import { WRITE_ROLES, type ActionItemState } from '@keepwatch/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { scopeOf, type Context } from '../../graphql/context.js';
import { ActionItemStateEnum } from '../../graphql/enums.js';
import {
  ActionItemFilter,
  ConfigureJiraInput,
  CreateActionItemInput,
} from './action-item.input.js';
import { ActionItem, JiraSettings } from './action-item.type.js';

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @Authorized()
  @Query(() => [ActionItem], {
    description: 'Action items, those removing a class of failure first, then by due date.',
  })
  async actionItems(
    @Arg('filter', () => ActionItemFilter, { nullable: true, description: 'Which ones.' })
    filter: ActionItemFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<ActionItem[]> {
    const items = await ctx.services.actionItems.list(scopeOf(ctx), filter ?? {});
    const now = ctx.services.actionItems.now();
    return items.map((i) => ActionItem.from(i, now));
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => ActionItem, {
    description:
      'Adds a follow-up to a postmortem. OVER_CAP when its team already has its cap of open ' +
      'actions (the error names the cap and every open item).',
  })
  async createActionItem(
    @Arg('input', () => CreateActionItemInput, { description: 'The action item.' })
    input: CreateActionItemInput,
    @Ctx() ctx: Context,
  ): Promise<ActionItem> {
    const item = await ctx.services.actionItems.create(scopeOf(ctx), input);
    return ActionItem.from(item, ctx.services.actionItems.now());
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => ActionItem, {
    description:
      'Moves an action item (VERIFIED only through verifyActionItem); reopening counts toward the cap.',
  })
  async setActionItemState(
    @Arg('id', () => ID, { description: 'The action item.' }) id: string,
    @Arg('to', () => ActionItemStateEnum, { description: 'The state to move to.' })
    to: ActionItemState,
    @Ctx() ctx: Context,
  ): Promise<ActionItem> {
    const item = await ctx.services.actionItems.setState(scopeOf(ctx), id, to);
    return ActionItem.from(item, ctx.services.actionItems.now());
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => ActionItem, {
    description: 'DONE → VERIFIED, with evidence that the criterion holds and who checked it.',
  })
  async verifyActionItem(
    @Arg('id', () => ID, { description: 'The action item.' }) id: string,
    @Arg('evidence', () => String, { description: 'What shows the criterion holds.' })
    evidence: string,
    @Arg('verifiedById', () => ID, { description: 'The member who checked it.' })
    verifiedById: string,
    @Ctx() ctx: Context,
  ): Promise<ActionItem> {
    const item = await ctx.services.actionItems.verify(scopeOf(ctx), {
      id,
      evidence,
      verifiedById,
    });
    return ActionItem.from(item, ctx.services.actionItems.now());
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => ActionItem, {
    description:
      'Syncs an action item with Jira now (creates its issue, or pushes or pulls the state) and ' +
      'returns it with the outcome in `jira`.',
  })
  async syncActionItem(
    @Arg('id', () => ID, { description: 'The action item.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<ActionItem> {
    const item = await ctx.services.jira.sync(scopeOf(ctx), id);
    return ActionItem.from(item, ctx.services.actionItems.now());
  }

  @Authorized('ADMIN')
  @Query(() => JiraSettings, { nullable: true, description: "The tenant's Jira site, if set up." })
  async jiraSettings(@Ctx() ctx: Context): Promise<JiraSettings | null> {
    const settings = await ctx.services.jira.settings(scopeOf(ctx));
    return settings ? JiraSettings.from(settings) : null;
  }

  @Authorized('ADMIN')
  @Mutation(() => JiraSettings, {
    description: 'Sets up Jira: every action item becomes an issue under the epic.',
  })
  async configureJira(
    @Arg('input', () => ConfigureJiraInput, { description: 'The Jira site.' })
    input: ConfigureJiraInput,
    @Ctx() ctx: Context,
  ): Promise<JiraSettings> {
    return JiraSettings.from(await ctx.services.jira.configure(scopeOf(ctx), input));
  }
}
