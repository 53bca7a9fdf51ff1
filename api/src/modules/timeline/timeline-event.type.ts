import type { TimelineKind } from '@keepwatch/domain';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TimelineKindEnum, VisibilityEnum } from '../../graphql/enums.js';
import type { Visibility } from './timeline-event.entity.js';
import type { TimelineEventView } from './timeline-event-view.js';

@ObjectType({ description: 'One append-only entry of an incident timeline.' })
export class TimelineEvent {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => Int, { description: '1, 2, 3… per incident, in recording order.' })
  seq!: number;

  @Field(() => TimelineKindEnum, {
    description: 'What it records (see TimelineKind for the details of each).',
  })
  kind!: TimelineKind;

  @Field(() => Date, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => Date, { description: 'When it was recorded.' })
  recordedAt!: Date;

  @Field(() => String, { description: 'Who recorded it.' })
  author!: string;

  @Field(() => VisibilityEnum, {
    description: 'PUBLIC for status-page updates, otherwise INTERNAL.',
  })
  visibility!: Visibility;

  @Field(() => GraphQLJSON, {
    description: 'Kind-specific content, as documented on TimelineKind.',
  })
  details!: Record<string, unknown>;

  @Field(() => ID, { nullable: true, description: 'For a CORRECTION: the event it supersedes.' })
  supersedesId!: string | null;

  static from(v: TimelineEventView): TimelineEvent {
    return Object.assign(new TimelineEvent(), v, {
      occurredAt: new Date(v.occurredAt),
      recordedAt: new Date(v.recordedAt),
    });
  }
}
