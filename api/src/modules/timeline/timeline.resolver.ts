import { WRITE_ROLES } from '@keepwatch/domain';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { scopeOf, type Context } from '../../graphql/context.js';
import { Incident } from '../incident/incident.type.js';
import {
  AddNoteInput,
  CorrectTimelineEventInput,
  PostExecutiveSummaryInput,
  PostStatusUpdateInput,
  RecordChangeInput,
  RecordDecisionInput,
  RecordMitigationInput,
} from './timeline.input.js';

@Resolver()
export class TimelineResolver {
  @Authorized(...WRITE_ROLES)
  @Mutation(() => Incident, {
    description:
      "Records a decision point with its options and rationale. Only the contract's decision-owning role (or ADMIN) may.",
  })
  async recordDecision(
    @Arg('input', () => RecordDecisionInput, { description: 'The decision.' })
    input: RecordDecisionInput,
    @Ctx() ctx: Context,
  ): Promise<Incident> {
    return Incident.from(await ctx.services.timeline.recordDecision(scopeOf(ctx), input));
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Incident, {
    description:
      'Records a mitigation. Anything but a bounded experiment on SEV1/SEV2 must cite a decision.',
  })
  async recordMitigation(
    @Arg('input', () => RecordMitigationInput, { description: 'The mitigation.' })
    input: RecordMitigationInput,
    @Ctx() ctx: Context,
  ): Promise<Incident> {
    return Incident.from(await ctx.services.timeline.recordMitigation(scopeOf(ctx), input));
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Incident, {
    description: 'Records a change or deploy that matters to the incident.',
  })
  async recordChange(
    @Arg('input', () => RecordChangeInput, { description: 'The change.' }) input: RecordChangeInput,
    @Ctx() ctx: Context,
  ): Promise<Incident> {
    return Incident.from(await ctx.services.timeline.recordChange(scopeOf(ctx), input));
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Incident, { description: 'Adds a note to the timeline.' })
  async addTimelineNote(
    @Arg('input', () => AddNoteInput, { description: 'The note.' }) input: AddNoteInput,
    @Ctx() ctx: Context,
  ): Promise<Incident> {
    return Incident.from(await ctx.services.timeline.addNote(scopeOf(ctx), input));
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Incident, {
    description:
      "Posts a status update. A PUBLIC one needs the contract's announcing role (or ADMIN).",
  })
  async postStatusUpdate(
    @Arg('input', () => PostStatusUpdateInput, { description: 'The update.' })
    input: PostStatusUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<Incident> {
    return Incident.from(await ctx.services.timeline.postStatusUpdate(scopeOf(ctx), input));
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Incident, {
    description:
      "Posts an executive summary (the contract's announcing or decision-owning role, or ADMIN).",
  })
  async postExecutiveSummary(
    @Arg('input', () => PostExecutiveSummaryInput, { description: 'The summary.' })
    input: PostExecutiveSummaryInput,
    @Ctx() ctx: Context,
  ): Promise<Incident> {
    return Incident.from(await ctx.services.timeline.postExecutiveSummary(scopeOf(ctx), input));
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Incident, {
    description: 'Supersedes an earlier timeline event; nothing is deleted.',
  })
  async correctTimelineEvent(
    @Arg('input', () => CorrectTimelineEventInput, { description: 'The correction.' })
    input: CorrectTimelineEventInput,
    @Ctx() ctx: Context,
  ): Promise<Incident> {
    return Incident.from(await ctx.services.timeline.correct(scopeOf(ctx), input));
  }
}
