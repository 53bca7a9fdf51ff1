import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { Role } from '@keepwatch/domain';
import { requireToken } from '../../graphql/auth.js';
import { scopeOf, type Context } from '../../graphql/context.js';
import { RoleEnum } from '../../graphql/enums.js';
import { AddMemberInput, CreateApiTokenInput } from './access.input.js';
import { ApiToken, CreatedApiToken } from './api-token.type.js';
import { Member } from './member.type.js';

@ObjectType({ description: 'Who the caller is.' })
class Viewer {
  @Field(() => ID, { description: 'The API token in use.' })
  tokenId!: string;

  @Field(() => RoleEnum, { description: 'Its role.' })
  role!: Role;
}

@Resolver()
export class AccessResolver {
  @Authorized()
  @Query(() => Viewer, { description: 'The token making this request and its role.' })
  viewer(@Ctx() ctx: Context): Viewer {
    const { tokenId, role } = requireToken(ctx.auth);
    return { tokenId, role };
  }

  @Authorized()
  @Query(() => [Member], { description: 'Members of the tenant, oldest first.' })
  async members(@Ctx() ctx: Context): Promise<Member[]> {
    return (await ctx.services.access.members(scopeOf(ctx))).map(Member.from);
  }

  @Authorized('ADMIN')
  @Mutation(() => Member, { description: 'Adds a person to the tenant.' })
  async addMember(
    @Arg('input', () => AddMemberInput, { description: 'The person to add.' })
    input: AddMemberInput,
    @Ctx() ctx: Context,
  ): Promise<Member> {
    return Member.from(await ctx.services.access.addMember(scopeOf(ctx), input));
  }

  @Authorized('ADMIN')
  @Mutation(() => Member, { description: "Changes a member's role." })
  async changeMemberRole(
    @Arg('id', () => ID, { description: 'The member.' }) id: string,
    @Arg('role', () => RoleEnum, { description: 'Their new role.' }) role: Role,
    @Ctx() ctx: Context,
  ): Promise<Member> {
    return Member.from(await ctx.services.access.changeMemberRole(scopeOf(ctx), id, role));
  }

  @Authorized('ADMIN')
  @Mutation(() => Member, { description: 'Removes a member; returns them as they were.' })
  async removeMember(
    @Arg('id', () => ID, { description: 'The member.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Member> {
    return Member.from(await ctx.services.access.removeMember(scopeOf(ctx), id));
  }

  @Authorized('ADMIN')
  @Query(() => [ApiToken], { description: 'API tokens of the tenant (never their secrets).' })
  async apiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    return (await ctx.services.access.tokens(scopeOf(ctx))).map(ApiToken.from);
  }

  @Authorized('ADMIN')
  @Mutation(() => CreatedApiToken, {
    description: 'Creates an API token; its secret is shown once.',
  })
  async createApiToken(
    @Arg('input', () => CreateApiTokenInput, { description: 'The token to create.' })
    input: CreateApiTokenInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedApiToken> {
    const issued = await ctx.services.access.createToken(scopeOf(ctx), input);
    return { secret: issued.secret, token: ApiToken.from(issued.token) };
  }

  @Authorized('ADMIN')
  @Mutation(() => ApiToken, { description: 'Revokes an API token at once.' })
  async revokeApiToken(
    @Arg('id', () => ID, { description: 'The token.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<ApiToken> {
    return ApiToken.from(await ctx.services.access.revokeToken(scopeOf(ctx), id));
  }
}
