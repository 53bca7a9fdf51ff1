import type { IncidentState } from '@keepwatch/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { IncidentStateEnum } from '../../graphql/enums.js';
import type { TimelineEventView } from '../timeline/timeline-event-view.js';
import type { IncidentView } from './incident-view.js';

@ObjectType({ description: 'User-visible impact of an incident.' })
export class Impact {
  @Field(() => Float, { description: 'Share of users affected, 0–100.' })
  usersAffectedPct!: number;

  @Field(() => Boolean, { description: 'A critical user journey is broken.' })
  criticalJourneyBroken!: boolean;

  @Field(() => Boolean, { description: 'Customer data is at risk.' })
  dataAtRisk!: boolean;
}

const date = (iso: string | null) => (iso ? new Date(iso) : null);

@ObjectType({ description: 'Something users experience as broken, from detection to resolution.' })
export class Incident {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => Int, { description: 'Per-tenant number, as in INC-12.' })
  number!: number;

  @Field(() => String, { description: 'What is broken for users.' })
  title!: string;

  @Field(() => IncidentStateEnum, { description: 'Lifecycle state.' })
  state!: IncidentState;

  @Field(() => String, { description: 'Severity key on the tenant scale, e.g. SEV2.' })
  severity!: string;

  @Field(() => Impact, { description: 'User-visible impact as declared.' })
  impact!: Impact;

  @Field(() => Date, { nullable: true, description: 'When users started to be affected.' })
  impactStartedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the problem was detected.' })
  detectedAt!: Date | null;

  @Field(() => Date, { description: 'When the incident was declared.' })
  declaredAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When impact was mitigated.' })
  mitigatedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved.' })
  resolvedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'Member who owns technical decisions.' })
  commanderId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Member who announces status.' })
  communicationsLeadId!: string | null;

  @Field(() => [ID], { description: 'Affected components.' })
  componentIds!: string[];

  @Field(() => Date, { description: 'Last change.' })
  updatedAt!: Date;

  /** Preloaded by list queries; undefined means "not loaded yet". */
  latestUpdateView?: TimelineEventView | null;

  static from(v: IncidentView & { latestUpdate?: TimelineEventView | null }): Incident {
    return Object.assign(new Incident(), {
      id: v.id,
      number: v.number,
      title: v.title,
      state: v.state,
      severity: v.severity,
      impact: v.impact,
      impactStartedAt: date(v.impactStartedAt),
      detectedAt: date(v.detectedAt),
      declaredAt: new Date(v.declaredAt),
      mitigatedAt: date(v.mitigatedAt),
      resolvedAt: date(v.resolvedAt),
      commanderId: v.commanderId,
      communicationsLeadId: v.communicationsLeadId,
      componentIds: v.componentIds,
      updatedAt: new Date(v.updatedAt),
      latestUpdateView: v.latestUpdate,
    });
  }
}

@ObjectType({ description: 'Where a page of a list ends.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;
}

@ObjectType({ description: 'A page of incidents, newest first.' })
export class IncidentConnection {
  @Field(() => [Incident], { description: 'The incidents of this page.' })
  nodes!: Incident[];

  @Field(() => PageInfo, { description: 'Paging.' })
  pageInfo!: PageInfo;
}

@ObjectType({
  description: 'Result of re-computing an incident timeline hash chain (REGULATED tenants).',
})
export class TimelineVerification {
  @Field(() => Boolean, {
    description: 'Whether the tenant keeps a hash chain (REGULATED risk profile).',
  })
  chained!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether every event matches; null when not chained.',
  })
  valid!: boolean | null;

  @Field(() => Int, { description: 'Events checked, up to and including the first mismatch.' })
  checkedEvents!: number;

  @Field(() => ID, { nullable: true, description: 'The first event that does not match, if any.' })
  firstInvalidEventId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Its sequence number.' })
  firstInvalidSeq!: number | null;
}
