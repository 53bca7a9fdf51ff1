import { RESERVED_SLUGS, SLUG_PATTERN, type RiskProfile } from '@keepwatch/domain';
import { IsNotIn, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { RiskProfileEnum } from '../../graphql/enums.js';

@InputType({ description: 'A new tenant and its first admin token.' })
export class CreateTenantInput {
  @Field(() => String, { description: 'URL slug: 1–40 lowercase letters, digits or hyphens.' })
  @Matches(SLUG_PATTERN, {
    message:
      'slug must be 1–40 lowercase letters, digits or hyphens, not starting or ending with a hyphen',
  })
  @IsNotIn([...RESERVED_SLUGS], { message: 'slug is reserved' })
  slug!: string;

  @Field(() => String, { description: 'Display name, 1–120 characters.' })
  @Length(1, 120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field(() => RiskProfileEnum, { defaultValue: 'STANDARD', description: 'Risk profile.' })
  riskProfile!: RiskProfile;
}
