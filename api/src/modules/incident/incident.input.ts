import type { ComponentStatus, IncidentState } from '@keepwatch/domain';
import {
  ArrayMaxSize,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { ComponentStatusEnum, IncidentRoleEnum, IncidentStateEnum } from '../../graphql/enums.js';

@InputType({ description: 'What users experience, as far as is known.' })
export class ImpactInput {
  @Field(() => Float, { defaultValue: 0, description: 'Share of users affected, 0–100.' })
  @Min(0)
  @Max(100)
  usersAffectedPct!: number;

  @Field(() => Boolean, { defaultValue: false, description: 'A critical user journey is broken.' })
  criticalJourneyBroken!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: 'Customer data is at risk.' })
  dataAtRisk!: boolean;
}

@InputType({ description: 'A new incident.' })
export class DeclareIncidentInput {
  @Field(() => String, { description: 'What is broken for users, 1–200 characters.' })
  @Length(1, 200)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @Field(() => String, { description: 'Severity key from the tenant scale, e.g. SEV2.' })
  @Length(1, 20)
  severity!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Affected components.' })
  @ArrayMaxSize(100)
  componentIds!: string[];

  @Field(() => ComponentStatusEnum, {
    nullable: true,
    description: 'Status to show for the affected components; unchanged if omitted.',
  })
  @IsOptional()
  componentStatus?: ComponentStatus;

  @Field(() => ImpactInput, { description: 'User-visible impact.' })
  @ValidateNested()
  impact!: ImpactInput;

  @Field(() => Date, { nullable: true, description: 'When users started to be affected.' })
  @IsOptional()
  impactStartedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the problem was detected.' })
  @IsOptional()
  detectedAt?: Date;

  @Field(() => String, { nullable: true, description: 'First summary, up to 5000 characters.' })
  @IsOptional()
  @MaxLength(5000)
  summary?: string;
}

@InputType({ description: 'A lifecycle move.' })
export class TransitionIncidentInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => IncidentStateEnum, { description: 'The state to move to.' })
  to!: IncidentState;

  @Field(() => Date, { nullable: true, description: 'When it really happened; now if omitted.' })
  @IsOptional()
  at?: Date;

  @Field(() => String, { nullable: true, description: 'Why, up to 2000 characters.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}

@InputType({ description: "A commander's severity decision." })
export class ChangeSeverityInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => String, { description: 'New severity key.' })
  @Length(1, 20)
  severity!: string;

  @Field(() => String, { description: 'Why, 1–2000 characters.' })
  @Length(1, 2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}

@InputType({ description: 'Someone takes a role for an incident.' })
export class AssignRoleInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => IncidentRoleEnum, { description: 'The role.' })
  role!: 'COMMANDER' | 'COMMUNICATIONS_LEAD';

  @Field(() => ID, { description: 'The member taking it.' })
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId!: string;
}

@InputType({ description: 'Key times set to when things really happened; omitted ones stay.' })
export class SetIncidentTimesInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => Date, { nullable: true, description: 'When users started to be affected.' })
  @IsOptional()
  impactStartedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the problem was detected.' })
  @IsOptional()
  detectedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When impact was mitigated.' })
  @IsOptional()
  mitigatedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the incident was resolved.' })
  @IsOptional()
  resolvedAt?: Date;
}
