import type { IncidentState } from '@keepwatch/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IncidentStateEnum } from '../../graphql/enums.js';

@ObjectType({
  description: 'A public update of an incident, as readers of the status page see it.',
})
export class PublicUpdate {
  @Field(() => String, { description: 'The update.' })
  body!: string;

  @Field(() => IncidentStateEnum, { description: 'State of the incident when it was posted.' })
  state!: IncidentState;

  @Field(() => Date, { description: 'When it was posted.' })
  postedAt!: Date;
}

@ObjectType({ description: 'An open incident on the status page: only what the public may see.' })
export class PublicIncident {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'What is broken for users.' })
  title!: string;

  @Field(() => IncidentStateEnum, { description: 'Lifecycle state.' })
  state!: IncidentState;

  @Field(() => Date, { description: 'When it was declared.' })
  declaredAt!: Date;

  @Field(() => [PublicUpdate], { description: 'Every public update, newest first.' })
  updates!: PublicUpdate[];

  @Field(() => Date, { nullable: true, description: 'When the next public update is promised.' })
  nextUpdateDueAt!: Date | null;

  @Field(() => Int, {
    description: 'How long that promise is overdue, in seconds (0 when it is not).',
  })
  updateOverdueBySeconds!: number;
}
