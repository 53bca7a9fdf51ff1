import type { IncidentState, PublicImpact } from '@keepwatch/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IncidentStateEnum, PublicImpactEnum } from '../../graphql/enums.js';
import { ComponentRef } from '../maintenance/maintenance.type.js';

@ObjectType({
  description: 'A public update of an incident, as readers of the status page see it.',
})
export class PublicUpdate {
  @Field(() => ID, { description: 'Stable identifier (that of its timeline event).' })
  id!: string;

  @Field(() => String, { description: 'The update.' })
  body!: string;

  @Field(() => IncidentStateEnum, { description: 'State of the incident when it was posted.' })
  state!: IncidentState;

  @Field(() => Date, { description: 'When it was posted.' })
  postedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was corrected (its body is then the corrected text), if it was.',
  })
  correctedAt!: Date | null;
}

@ObjectType({ description: 'An incident on the status page: only what the public may see.' })
export class PublicIncident {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'What is broken for users.' })
  title!: string;

  @Field(() => IncidentStateEnum, { description: 'Lifecycle state.' })
  state!: IncidentState;

  @Field(() => PublicImpactEnum, { description: 'Impact, from the severity.' })
  impact!: PublicImpact;

  @Field(() => Date, { description: 'When it was declared.' })
  declaredAt!: Date;

  @Field(() => Date, { description: 'When impact started (the declaration when not known).' })
  startedAt!: Date;

  @Field(() => Date, { description: 'Last change.' })
  updatedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the first public update in the MONITORING state was posted.',
  })
  monitoringAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved.' })
  resolvedAt!: Date | null;

  @Field(() => [ComponentRef], { description: 'Affected components.' })
  components!: ComponentRef[];

  @Field(() => [PublicUpdate], { description: 'Every public update, newest first.' })
  updates!: PublicUpdate[];

  @Field(() => Date, {
    nullable: true,
    description: 'When the next public update is promised (null once resolved).',
  })
  nextUpdateDueAt!: Date | null;

  @Field(() => Int, {
    description: 'How long that promise is overdue, in seconds (0 when it is not).',
  })
  updateOverdueBySeconds!: number;
}
