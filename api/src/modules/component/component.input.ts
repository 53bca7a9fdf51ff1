import { IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new component.' })
export class CreateComponentInput {
  @Field(() => String, { description: 'Name, 1–120 characters, unique within the tenant.' })
  @Length(1, 120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field(() => String, { defaultValue: '', description: 'Description, up to 500 characters.' })
  @MaxLength(500)
  description!: string;

  @Field(() => String, { nullable: true, description: 'Group name, 1–120 characters.' })
  @IsOptional()
  @Length(1, 120)
  group?: string;

  @Field(() => Int, { defaultValue: 0, description: 'Order on the page (ascending), 0–10000.' })
  @IsInt()
  @Min(0)
  @Max(10_000)
  position!: number;
}
