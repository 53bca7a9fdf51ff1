import {
  ArrayMaxSize,
  IsOptional,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Starts the postmortem of an incident.' })
export class StartPostmortemInput {
  @Field(() => ID, { description: 'The incident.' })
  incidentId!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether an SLO was breached, for the pre-filled impact (omitted: not recorded).',
  })
  @IsOptional()
  sloBreached?: boolean | null;
}

@InputType({ description: 'A contributing factor, tagged with a category of the taxonomy.' })
export class ContributingFactorInput {
  @Field(() => String, { description: 'What contributed, 1–2000 characters.' })
  @Length(1, 2000)
  @Matches(/\S/, { message: 'description must not be blank' })
  description!: string;

  @Field(() => String, { description: 'Key of a factor category, e.g. CHANGE_MANAGEMENT.' })
  @Length(1, 40)
  category!: string;
}

@InputType({ description: 'Edits a postmortem; omitted fields stay as they are.' })
export class UpdatePostmortemInput {
  @Field(() => ID, { description: 'The postmortem.' })
  postmortemId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The impact section, up to 10000 characters.',
  })
  @IsOptional()
  @MaxLength(10_000)
  impact?: string;

  @Field(() => [ContributingFactorInput], {
    nullable: true,
    description: 'All contributing factors (replaces the list), up to 50.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  contributingFactors?: ContributingFactorInput[];
}

@InputType({ description: 'A category of the contributing-factor taxonomy.' })
export class FactorCategoryInput {
  @Field(() => String, { description: 'Stable key, UPPER_SNAKE, up to 40 characters.' })
  @Matches(/^[A-Z][A-Z0-9_]{0,39}$/, { message: 'key must be UPPER_SNAKE, up to 40 characters' })
  key!: string;

  @Field(() => String, { description: 'Display name, 1–80 characters.' })
  @Length(1, 80)
  name!: string;

  @Field(() => String, {
    defaultValue: '',
    description: 'What belongs here, up to 500 characters.',
  })
  @MaxLength(500)
  description!: string;
}
