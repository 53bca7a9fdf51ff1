import type { RiskProfile } from '@keepwatch/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RiskProfileEnum } from '../../graphql/enums.js';
import type { TenantEntity } from './tenant.entity.js';

@ObjectType({ description: 'An organisation. Everything else belongs to exactly one tenant.' })
export class Tenant {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'URL slug of the public status page.' })
  slug!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => RiskProfileEnum, { description: 'Risk profile that picks the defaults.' })
  riskProfile!: RiskProfile;

  @Field(() => Boolean, { description: 'Whether the status page is public.' })
  statusPagePublic!: boolean;

  @Field(() => String, { nullable: true, description: 'Custom host of the status page.' })
  statusPageHost!: string | null;

  @Field(() => String, { description: "The status page's time zone (IANA)." })
  timeZone!: string;

  @Field(() => Int, { description: 'Cap on open postmortem action items per team.' })
  openActionCap!: number;

  @Field(() => Date, { description: 'When the tenant was created.' })
  createdAt!: Date;

  static from(e: TenantEntity): Tenant {
    return Object.assign(new Tenant(), {
      id: e.id,
      slug: e.slug,
      name: e.name,
      riskProfile: e.riskProfile,
      statusPagePublic: e.statusPagePublic,
      statusPageHost: e.statusPageHost,
      timeZone: e.timeZone,
      openActionCap: e.openActionCap,
      createdAt: e.createdAt,
    });
  }
}
