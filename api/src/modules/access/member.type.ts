import type { Role } from '@keepwatch/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';
import type { MemberEntity } from './member.entity.js';

@ObjectType({ description: 'A person of the tenant and the role they hold.' })
export class Member {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'E-mail address, unique within the tenant.' })
  email!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => RoleEnum, { description: 'What the member may do.' })
  role!: Role;

  @Field(() => Date, { description: 'When the member was added.' })
  createdAt!: Date;

  static from(e: MemberEntity): Member {
    return Object.assign(new Member(), {
      id: e.id,
      email: e.email,
      name: e.name,
      role: e.role,
      createdAt: e.createdAt,
    });
  }
}
