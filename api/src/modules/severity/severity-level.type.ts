import type { ComponentStatus, SeverityLevel as Level } from '@keepwatch/domain';
import { IsOptional, Max, Min } from 'class-validator';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { ComponentStatusEnum } from '../../graphql/enums.js';

/** Output and input at once: the criteria read back are exactly the criteria that can be set. */
@ObjectType('SeverityCriteria', {
  description: 'User-visible impact that qualifies an incident for a level (any one suffices).',
})
@InputType('SeverityCriteriaInput', {
  description: 'User-visible impact that qualifies an incident for a level (any one suffices).',
})
export class SeverityCriteria {
  @Field(() => Float, {
    nullable: true,
    description:
      'Share of users affected (0–100) at or above which it applies; null: not a criterion.',
  })
  @IsOptional()
  @Min(0)
  @Max(100)
  minUsersAffectedPct!: number | null;

  @Field(() => Boolean, { description: 'Applies when a critical user journey is broken.' })
  criticalJourneyBroken!: boolean;

  @Field(() => Boolean, { description: 'Applies when customer data is at risk.' })
  dataAtRisk!: boolean;

  @Field(() => [ComponentStatusEnum], {
    description: 'Applies when an affected component is in one of these states.',
  })
  componentStatuses!: ComponentStatus[];
}

@ObjectType({
  description: "A level of the tenant's severity scale, defined by user-visible impact.",
})
export class SeverityLevel {
  @Field(() => String, { description: 'Stable key, e.g. SEV1.' })
  key!: string;

  @Field(() => Int, { description: '1 is the most severe.' })
  rank!: number;

  @Field(() => String, { description: 'Short name, e.g. Critical.' })
  name!: string;

  @Field(() => String, { description: 'What the level means for users.' })
  description!: string;

  @Field(() => SeverityCriteria, {
    description: 'Impact that qualifies an incident for this level.',
  })
  criteria!: SeverityCriteria;

  static from(e: Level): SeverityLevel {
    return Object.assign(new SeverityLevel(), {
      key: e.key,
      rank: e.rank,
      name: e.name,
      description: e.description,
      criteria: e.criteria,
    });
  }
}
