import type { ComponentStatus, IncidentState, MitigationType } from '@keepwatch/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ComponentStatusEnum,
  IncidentStateEnum,
  MitigationTypeEnum,
  VisibilityEnum,
} from '../../graphql/enums.js';
import type { Visibility } from './timeline-event.entity.js';

@InputType({
  description: 'A decision point: what was asked, what was considered, what was chosen and why.',
})
export class RecordDecisionInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => String, { description: 'The question, 1–1000 characters.' })
  @Length(1, 1000)
  @Matches(/\S/, { message: 'question must not be blank' })
  question!: string;

  @Field(() => [String], {
    description: 'Options considered (at least one besides the choice is usual).',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Length(1, 500, { each: true })
  options!: string[];

  @Field(() => String, { description: 'What was chosen, 1–500 characters.' })
  @Length(1, 500)
  choice!: string;

  @Field(() => String, { description: 'Why, 1–5000 characters.' })
  @Length(1, 5000)
  @Matches(/\S/, { message: 'rationale must not be blank' })
  rationale!: string;

  @Field(() => Boolean, { description: 'Whether the choice can be undone.' })
  reversible!: boolean;

  @Field(() => String, { description: 'Who decided, 1–200 characters.' })
  @Length(1, 200)
  decidedBy!: string;

  @Field(() => Date, { nullable: true, description: 'When it was decided; now if omitted.' })
  @IsOptional()
  occurredAt?: Date;
}

@InputType({ description: 'A mitigation, preferably a bounded experiment.' })
export class RecordMitigationInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => MitigationTypeEnum, { description: 'How impact is being reduced.' })
  type!: MitigationType;

  @Field(() => String, { description: 'What was done, 1–2000 characters.' })
  @Length(1, 2000)
  @Matches(/\S/, { message: 'description must not be blank' })
  description!: string;

  @Field(() => Boolean, { description: 'Whether it can be undone.' })
  reversible!: boolean;

  @Field(() => String, { nullable: true, description: 'How to undo it, up to 2000 characters.' })
  @IsOptional()
  @MaxLength(2000)
  revertPlan?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How long it may run before it is reassessed, 1–10080 minutes.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_080)
  timeBoxMinutes?: number;

  @Field(() => String, { nullable: true, description: 'What it achieved, up to 2000 characters.' })
  @IsOptional()
  @MaxLength(2000)
  outcome?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The recorded decision behind it; required for anything but a bounded experiment on SEV1/SEV2.',
  })
  @IsOptional()
  decisionId?: string;

  @Field(() => Date, { nullable: true, description: 'When it was applied; now if omitted.' })
  @IsOptional()
  occurredAt?: Date;
}

@InputType({ description: 'A change or deploy that matters to the incident.' })
export class RecordChangeInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => String, { description: 'What changed, 1–2000 characters.' })
  @Length(1, 2000)
  description!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Deploy id, commit or ticket, up to 200 characters.',
  })
  @IsOptional()
  @MaxLength(200)
  reference?: string;

  @Field(() => Date, { nullable: true, description: 'When it happened; now if omitted.' })
  @IsOptional()
  occurredAt?: Date;
}

@InputType({ description: 'A note for the timeline.' })
export class AddNoteInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => String, { description: 'The note, 1–5000 characters.' })
  @Length(1, 5000)
  @Matches(/\S/, { message: 'body must not be blank' })
  body!: string;

  @Field(() => Date, { nullable: true, description: 'When it happened; now if omitted.' })
  @IsOptional()
  occurredAt?: Date;
}

@InputType({ description: 'A new public status for a component.' })
export class ComponentStatusInput {
  @Field(() => ID, { description: 'The component.' })
  componentId!: string;

  @Field(() => ComponentStatusEnum, { description: 'Its new status.' })
  status!: ComponentStatus;
}

@InputType({ description: 'A status update, public (status page) or internal.' })
export class PostStatusUpdateInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => VisibilityEnum, { description: 'Who may read it.' })
  visibility!: Visibility;

  @Field(() => String, { description: 'The update, 1–5000 characters.' })
  @Length(1, 5000)
  @Matches(/\S/, { message: 'body must not be blank' })
  body!: string;

  @Field(() => IncidentStateEnum, {
    nullable: true,
    description: 'Moves the incident to this state as well.',
  })
  @IsOptional()
  state?: IncidentState;

  @Field(() => [ComponentStatusInput], {
    defaultValue: [],
    description: 'Component statuses to set.',
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  componentStatuses!: ComponentStatusInput[];
}

@InputType({ description: 'A correction of an earlier event, which stays in the timeline.' })
export class CorrectTimelineEventInput {
  @Field(() => ID, { description: 'The event being corrected.' })
  eventId!: string;

  @Field(() => String, { description: 'Why, 1–2000 characters.' })
  @Length(1, 2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;

  @Field(() => String, { description: 'What is actually true, 1–5000 characters.' })
  @Length(1, 5000)
  correction!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When the corrected event really happened, if that was wrong.',
  })
  @IsOptional()
  occurredAt?: Date;
}

@InputType({ description: 'An executive summary of the incident so far.' })
export class PostExecutiveSummaryInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => String, { description: 'The summary, 1–10000 characters.' })
  @Length(1, 10_000)
  @Matches(/\S/, { message: 'body must not be blank' })
  body!: string;
}
