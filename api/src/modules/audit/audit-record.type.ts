import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { AuditRecordEntity } from './audit-record.entity.js';

@ObjectType({
  description: 'One change: who made it, what it was, and the state before and after.',
})
export class AuditRecord {
  @Field(() => ID, { description: 'Position in the tenant audit log (increasing).' })
  id!: string;

  @Field(() => Date, { description: 'When the change was committed.' })
  at!: Date;

  @Field(() => String, { description: 'TOKEN, OPERATOR or SYSTEM.' })
  actorKind!: string;

  @Field(() => String, { description: 'Who acted, e.g. token:<id>.' })
  actorLabel!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Request id, to find the request in the logs.',
  })
  requestId!: string | null;

  @Field(() => String, { description: 'What was done, e.g. member.add.' })
  action!: string;

  @Field(() => String, { description: 'Type of the changed object.' })
  targetType!: string;

  @Field(() => String, { description: 'Id of the changed object.' })
  targetId!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'State before the change.' })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'State after the change.' })
  after!: unknown;

  static from(e: AuditRecordEntity): AuditRecord {
    const { tenantId: _tenant, actorId: _actor, ...visible } = e;
    return Object.assign(new AuditRecord(), visible);
  }
}
