import type { ActionItemKind, ActionItemState, Comparator } from '@keepwatch/domain';
import {
  ArrayMaxSize,
  IsEmail,
  IsOptional,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ActionItemKindEnum, ActionItemStateEnum, ComparatorEnum } from '../../graphql/enums.js';

@InputType({
  description: 'A measurable acceptance criterion, e.g. p99 checkout latency < 300 ms over 7 days.',
})
export class AcceptanceCriterionInput {
  @Field(() => String, { description: 'What is measured, e.g. "p99 checkout latency".' })
  @MaxLength(200)
  signal!: string;

  @Field(() => ComparatorEnum, { description: 'How the signal compares with the target.' })
  comparator!: Comparator;

  @Field(() => Float, { nullable: true, description: 'The target value.' })
  target!: number;

  @Field(() => String, { defaultValue: '', description: 'Unit of the target, e.g. "ms" or "%".' })
  @MaxLength(20)
  unit?: string;

  @Field(() => Int, { description: 'Over how long it must hold, in minutes (1–525600).' })
  windowMinutes!: number;
}

@InputType({ description: 'The SLO an action item protects.' })
export class SloContextInput {
  @Field(() => String, { description: 'Name of the SLO, e.g. "checkout availability 99.9%".' })
  @Length(1, 200)
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Share of its error budget burned, in %.' })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  budgetBurnedPct?: number;
}

@InputType({ description: 'A follow-up of a postmortem.' })
export class CreateActionItemInput {
  @Field(() => ID, { description: 'The postmortem it follows up.' })
  postmortemId!: string;

  @Field(() => String, { description: 'What will be done, 1–200 characters.' })
  @MaxLength(200)
  title!: string;

  @Field(() => ID, { description: 'The member who owns it.' })
  ownerId!: string;

  @Field(() => String, {
    description: 'The team that does it (the cap on open actions is per team).',
  })
  @MaxLength(60)
  team!: string;

  @Field(() => Date, { description: 'When it is due (in the future).' })
  dueAt!: Date;

  @Field(() => [AcceptanceCriterionInput], {
    description: 'Exactly one measurable acceptance criterion.',
  })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  acceptanceCriteria!: AcceptanceCriterionInput[];

  @Field(() => ActionItemKindEnum, {
    description: 'Whether it removes a class of failure or fixes a one-off defect.',
  })
  kind!: ActionItemKind;

  @Field(() => SloContextInput, { nullable: true, description: 'The SLO it protects.' })
  @IsOptional()
  @ValidateNested()
  slo?: SloContextInput;

  @Field(() => String, { nullable: true, description: 'A link to where the work is tracked.' })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_tld: false },
    { message: 'trackerUrl must be an http(s) URL' },
  )
  trackerUrl?: string;
}

@InputType({ description: 'Which action items to list; all of them when empty.' })
export class ActionItemFilter {
  @Field(() => String, { nullable: true, description: 'Only this team.' })
  @IsOptional()
  team?: string;

  @Field(() => ActionItemStateEnum, { nullable: true, description: 'Only this state.' })
  @IsOptional()
  state?: ActionItemState;

  @Field(() => ID, { nullable: true, description: "Only this postmortem's." })
  @IsOptional()
  postmortemId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only open items past their due date.' })
  @IsOptional()
  overdue?: boolean;
}

@InputType({ description: "The tenant's Jira Cloud site, where action items become issues." })
export class ConfigureJiraInput {
  @Field(() => String, { description: 'Site URL, e.g. https://acme.atlassian.net.' })
  @IsUrl(
    { protocols: ['http', 'https'], require_tld: false, require_protocol: true },
    { message: 'baseUrl must be an http(s) URL' },
  )
  baseUrl!: string;

  @Field(() => String, { description: 'E-mail of the Jira account the API token belongs to.' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @Field(() => String, { description: 'Jira API token (write-only: never returned).' })
  @Length(1, 500)
  apiToken!: string;

  @Field(() => String, { description: 'Project key, e.g. OPS.' })
  @Matches(/^[A-Z][A-Z0-9_]{0,19}$/, { message: 'projectKey must be a Jira project key, e.g. OPS' })
  projectKey!: string;

  @Field(() => String, { description: 'Key of the epic issues are created under, e.g. OPS-12.' })
  @Matches(/^[A-Z][A-Z0-9_]{0,19}-\d+$/, { message: 'epicKey must be an issue key, e.g. OPS-12' })
  epicKey!: string;
}
