import type { Role } from '@keepwatch/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';
import type { ApiTokenEntity } from './api-token.entity.js';

@ObjectType({ description: 'An API token of the tenant. The secret itself is never shown again.' })
export class ApiToken {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'What the token is for, e.g. the integration using it.' })
  name!: string;

  @Field(() => RoleEnum, { description: 'What the token may do.' })
  role!: Role;

  @Field(() => String, { description: 'Who created it.' })
  createdBy!: string;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it stops working, if ever.' })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last use, to the minute.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked, if it was.' })
  revokedAt!: Date | null;

  static from(e: ApiTokenEntity): ApiToken {
    const { tokenHash: _hash, tenantId: _tenant, ...visible } = e;
    return Object.assign(new ApiToken(), visible);
  }
}

@ObjectType({ description: 'A token just created: the only time its secret is shown.' })
export class CreatedApiToken {
  @Field(() => String, { description: 'The secret. Store it now; it cannot be shown again.' })
  secret!: string;

  @Field(() => ApiToken, { description: 'The token record.' })
  token!: ApiToken;
}
