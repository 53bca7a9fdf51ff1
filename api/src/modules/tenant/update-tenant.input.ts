import type { RiskProfile } from '@keepwatch/domain';
import { IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { RiskProfileEnum } from '../../graphql/enums.js';

@InputType({ description: "Changes to the caller's tenant; omitted fields stay as they are." })
export class UpdateTenantInput {
  @Field(() => String, { nullable: true, description: 'New display name, 1–120 characters.' })
  @IsOptional()
  @Length(1, 120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field(() => RiskProfileEnum, { nullable: true, description: 'New risk profile.' })
  @IsOptional()
  riskProfile?: RiskProfile;
}
