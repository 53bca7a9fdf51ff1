import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { OPERATOR } from '../../graphql/auth-checker.js';
import { scopeOf, type Context } from '../../graphql/context.js';
import { ApiToken, CreatedApiToken } from '../access/api-token.type.js';
import { CreateTenantInput } from './create-tenant.input.js';
import { Tenant } from './tenant.type.js';
import { UpdateTenantInput } from './update-tenant.input.js';

@ObjectType({ description: 'A new tenant and the secret of its first ADMIN token.' })
class CreateTenantPayload {
  @Field(() => Tenant, { description: 'The tenant.' })
  tenant!: Tenant;

  @Field(() => CreatedApiToken, { description: 'Its first ADMIN token, shown once.' })
  adminToken!: CreatedApiToken;
}

@Resolver(() => Tenant)
export class TenantResolver {
  @Authorized()
  @Query(() => Tenant, { description: "The caller's tenant." })
  async tenant(@Ctx() ctx: Context): Promise<Tenant> {
    return Tenant.from(await ctx.services.tenants.current(scopeOf(ctx)));
  }

  @Authorized(OPERATOR)
  @Mutation(() => CreateTenantPayload, {
    description: 'Operator only: creates a tenant and its first ADMIN token.',
  })
  async createTenant(
    @Arg('input', () => CreateTenantInput, { description: 'The tenant to create.' })
    input: CreateTenantInput,
    @Ctx() ctx: Context,
  ): Promise<CreateTenantPayload> {
    const { tenant, admin } = await ctx.services.tenants.create(input);
    return {
      tenant: Tenant.from(tenant),
      adminToken: { secret: admin.secret, token: ApiToken.from(admin.token) },
    };
  }

  @Authorized('ADMIN')
  @Mutation(() => Tenant, {
    description:
      'Changes the name, risk profile, status page settings or the cap on open action items.',
  })
  async updateTenant(
    @Arg('input', () => UpdateTenantInput, { description: 'What to change.' })
    input: UpdateTenantInput,
    @Ctx() ctx: Context,
  ): Promise<Tenant> {
    return Tenant.from(await ctx.services.tenants.update(scopeOf(ctx), input));
  }
}
