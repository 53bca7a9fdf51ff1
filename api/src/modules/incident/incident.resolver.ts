import {
  WRITE_ROLES,
  COMMAND_ROLES,
  suggestSeverity,
  type ComponentStatus,
  type IncidentState,
  timelineView,
} from '@keepwatch/domain';
import { Max, Min } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { scopeOf, type Context } from '../../graphql/context.js';
import { ComponentStatusEnum, IncidentStateEnum } from '../../graphql/enums.js';
import { IncidentCommunicationType } from '../communication/incident-communication.type.js';
import { Component } from '../component/component.type.js';
import { SeverityLevel } from '../severity/severity-level.type.js';
import { TimelineEvent } from '../timeline/timeline-event.type.js';
import { timelineEventView } from '../timeline/timeline-event-view.js';
import {
  AssignRoleInput,
  ChangeSeverityInput,
  DeclareIncidentInput,
  ImpactInput,
  SetIncidentTimesInput,
  TransitionIncidentInput,
} from './incident.input.js';
import { Incident, IncidentConnection, TimelineVerification } from './incident.type.js';

@InputType({ description: 'Which incidents to list; all when empty.' })
class IncidentFilter {
  @Field(() => [IncidentStateEnum], { nullable: true, description: 'Only these states.' })
  states?: IncidentState[];

  @Field(() => [String], { nullable: true, description: 'Only these severity keys.' })
  severities?: string[];

  @Field(() => Boolean, { nullable: true, description: 'true: not resolved; false: resolved.' })
  open?: boolean;
}

@ArgsType()
class IncidentsArgs {
  @Field(() => IncidentFilter, { nullable: true, description: 'Which incidents.' })
  filter?: IncidentFilter;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1–100.' })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string;
}

@Resolver(() => Incident)
export class IncidentResolver {
  @Authorized()
  @Query(() => IncidentConnection, { description: 'Incidents, newest first.' })
  async incidents(
    @Args(() => IncidentsArgs) args: IncidentsArgs,
    @Ctx() ctx: Context,
  ): Promise<IncidentConnection> {
    const page = await ctx.services.incidents.list(
      scopeOf(ctx),
      args.filter ?? {},
      args.first,
      args.after,
    );
    return {
      nodes: page.nodes.map(Incident.from),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Authorized()
  @Query(() => Incident, { description: 'One incident.' })
  async incident(
    @Arg('id', () => ID, { description: 'The incident.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Incident> {
    return Incident.from(await ctx.services.incidents.get(scopeOf(ctx), id));
  }

  @Authorized()
  @Query(() => TimelineVerification, {
    description: "Re-computes an incident's timeline hash chain.",
  })
  async verifyTimeline(
    @Arg('incidentId', () => ID, { description: 'The incident.' }) incidentId: string,
    @Ctx() ctx: Context,
  ): Promise<TimelineVerification> {
    const check = await ctx.services.incidents.verify(scopeOf(ctx), incidentId);
    return {
      chained: check !== null,
      valid: check?.valid ?? null,
      checkedEvents: check?.checked ?? 0,
      firstInvalidEventId: check?.firstInvalid?.id ?? null,
      firstInvalidSeq: check?.firstInvalid?.seq ?? null,
    };
  }

  @Authorized()
  @Query(() => SeverityLevel, {
    nullable: true,
    description:
      'The severity the tenant scale suggests for this impact; null when users see nothing.',
  })
  async suggestSeverity(
    @Arg('impact', () => ImpactInput, { description: 'User-visible impact.' }) impact: ImpactInput,
    @Arg('componentStatuses', () => [ComponentStatusEnum], {
      defaultValue: [],
      description: 'States of affected components.',
    })
    componentStatuses: ComponentStatus[],
    @Ctx() ctx: Context,
  ): Promise<SeverityLevel | null> {
    const levels = await ctx.services.severities.list(scopeOf(ctx));
    const level = suggestSeverity(levels, { ...impact, componentStatuses });
    return level ? SeverityLevel.from(level) : null;
  }

  @FieldResolver(() => [Component], { description: 'Affected components.' })
  async components(@Root() incident: Incident, @Ctx() ctx: Context): Promise<Component[]> {
    if (incident.componentIds.length === 0) return [];
    const all = await ctx.services.components.list(scopeOf(ctx));
    return all.filter((c) => incident.componentIds.includes(c.id)).map(Component.from);
  }

  @FieldResolver(() => [TimelineEvent], {
    description: 'The timeline, in the order things happened.',
  })
  async timeline(
    @Root() incident: Incident,
    @Arg('includeSuperseded', () => Boolean, {
      defaultValue: false,
      description: 'Also show events a correction supersedes.',
    })
    includeSuperseded: boolean,
    @Ctx() ctx: Context,
  ): Promise<TimelineEvent[]> {
    const events = await ctx.services.incidents.timeline(scopeOf(ctx), incident.id);
    return timelineView(events, includeSuperseded).map((e) =>
      TimelineEvent.from(timelineEventView(e)),
    );
  }

  @FieldResolver(() => IncidentCommunicationType, {
    description:
      'Next updates due, overdue promises and breaches, by the contract in force at declaration.',
  })
  async communication(
    @Root() incident: Incident,
    @Ctx() ctx: Context,
  ): Promise<IncidentCommunicationType> {
    return IncidentCommunicationType.from(
      await ctx.services.incidents.communication(scopeOf(ctx), incident.id),
    );
  }

  @FieldResolver(() => TimelineEvent, { nullable: true, description: 'The newest status update.' })
  async latestUpdate(
    @Root() incident: Incident,
    @Ctx() ctx: Context,
  ): Promise<TimelineEvent | null> {
    if (incident.latestUpdateView !== undefined) {
      return incident.latestUpdateView ? TimelineEvent.from(incident.latestUpdateView) : null;
    }
    const events = await ctx.services.incidents.timeline(scopeOf(ctx), incident.id);
    const latest = events.filter((e) => e.kind === 'STATUS_UPDATE').at(-1);
    return latest ? TimelineEvent.from(timelineEventView(latest)) : null;
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Incident, { description: 'Declares an incident (INVESTIGATING).' })
  async declareIncident(
    @Arg('input', () => DeclareIncidentInput, { description: 'The incident.' })
    input: DeclareIncidentInput,
    @Ctx() ctx: Context,
  ): Promise<Incident> {
    return Incident.from(await ctx.services.incidents.declare(scopeOf(ctx), input));
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Incident, {
    description: 'Moves an incident along its lifecycle; CONFLICT when not allowed.',
  })
  async transitionIncident(
    @Arg('input', () => TransitionIncidentInput, { description: 'The move.' })
    input: TransitionIncidentInput,
    @Ctx() ctx: Context,
  ): Promise<Incident> {
    return Incident.from(await ctx.services.incidents.transition(scopeOf(ctx), input));
  }

  @Authorized(...COMMAND_ROLES)
  @Mutation(() => Incident, { description: "Records the commander's severity decision." })
  async changeSeverity(
    @Arg('input', () => ChangeSeverityInput, { description: 'The decision.' })
    input: ChangeSeverityInput,
    @Ctx() ctx: Context,
  ): Promise<Incident> {
    return Incident.from(await ctx.services.incidents.changeSeverity(scopeOf(ctx), input));
  }

  @Authorized(...COMMAND_ROLES)
  @Mutation(() => Incident, { description: 'Gives a member an incident role.' })
  async assignRole(
    @Arg('input', () => AssignRoleInput, { description: 'Who takes which role.' })
    input: AssignRoleInput,
    @Ctx() ctx: Context,
  ): Promise<Incident> {
    return Incident.from(await ctx.services.incidents.assignRole(scopeOf(ctx), input));
  }

  @Authorized(...WRITE_ROLES)
  @Mutation(() => Incident, { description: 'Sets key times to when things really happened.' })
  async setIncidentTimes(
    @Arg('input', () => SetIncidentTimesInput, { description: 'The times.' })
    input: SetIncidentTimesInput,
    @Ctx() ctx: Context,
  ): Promise<Incident> {
    return Incident.from(await ctx.services.incidents.setTimes(scopeOf(ctx), input));
  }
}
