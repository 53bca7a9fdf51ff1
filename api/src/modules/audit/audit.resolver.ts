import { IsOptional, Matches, Max, Min } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { scopeOf, type Context } from '../../graphql/context.js';
import { AuditRecord } from './audit-record.type.js';

@ArgsType()
class AuditLogArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1–200.' })
  @Min(1)
  @Max(200)
  first!: number;

  @Field(() => ID, { nullable: true, description: 'Return records older than this one.' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'before must be the id of an audit record' })
  before?: string;
}

@Resolver()
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => [AuditRecord], { description: 'The audit log, newest first.' })
  async auditLog(
    @Args(() => AuditLogArgs) args: AuditLogArgs,
    @Ctx() ctx: Context,
  ): Promise<AuditRecord[]> {
    const rows = await ctx.services.audit.list(scopeOf(ctx), args.first, args.before);
    return rows.map(AuditRecord.from);
  }
}
