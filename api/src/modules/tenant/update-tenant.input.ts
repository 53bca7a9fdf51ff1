import type { RiskProfile } from '@keepwatch/domain';
import { IsFQDN, IsInt, IsOptional, IsTimeZone, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
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

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the status page is public; a private one is a 404 everywhere.',
  })
  @IsOptional()
  statusPagePublic?: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Custom host the status page is served at (e.g. status.example.com); null removes it.',
  })
  @IsOptional()
  @IsFQDN({ require_tld: true }, { message: 'statusPageHost must be a host name' })
  statusPageHost?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The status page's time zone, an IANA name such as Europe/Paris.",
  })
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Paris' })
  timeZone?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Cap on open postmortem action items per team, 1–100 (default 8).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  openActionCap?: number;
}
