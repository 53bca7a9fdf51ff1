import { IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SeverityCriteria } from './severity-level.type.js';

@InputType({ description: 'New wording or criteria for one severity level; omitted fields stay.' })
export class UpdateSeverityLevelInput {
  @Field(() => String, { description: 'Key of the level, e.g. SEV2.' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'Short name, 1–60 characters.' })
  @IsOptional()
  @Length(1, 60)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the level means for users, 1–500 characters.',
  })
  @IsOptional()
  @Length(1, 500)
  description?: string;

  @Field(() => SeverityCriteria, { nullable: true, description: 'Impact criteria.' })
  @IsOptional()
  @ValidateNested()
  criteria?: SeverityCriteria;
}
