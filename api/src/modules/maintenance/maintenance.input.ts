import { ArrayMaxSize, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A maintenance window to announce on the status page.' })
export class ScheduleMaintenanceInput {
  @Field(() => String, { description: 'What is being done, for readers, 1–200 characters.' })
  @Length(1, 200)
  title!: string;

  @Field(() => String, {
    defaultValue: '',
    description: 'What readers should expect, up to 2000 characters.',
  })
  @MaxLength(2000)
  description!: string;

  @Field(() => Date, { description: 'When the window starts.' })
  scheduledFor!: Date;

  @Field(() => Date, { description: 'When it ends: after the start, in the future, ≤ 7 days on.' })
  scheduledUntil!: Date;

  @Field(() => [ID], { description: 'Components under maintenance during the window (≥ 1).' })
  @ArrayMaxSize(100)
  componentIds!: string[];
}
