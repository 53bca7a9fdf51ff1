import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { scopeOf, type Context } from '../../graphql/context.js';
import { CreateComponentInput } from './component.input.js';
import { Component } from './component.type.js';

@Resolver(() => Component)
export class ComponentResolver {
  @Authorized()
  @Query(() => [Component], { description: 'Components of the tenant in page order.' })
  async components(@Ctx() ctx: Context): Promise<Component[]> {
    return (await ctx.services.components.list(scopeOf(ctx))).map(Component.from);
  }

  @Authorized('ADMIN')
  @Mutation(() => Component, { description: 'Adds a component to the status page.' })
  async createComponent(
    @Arg('input', () => CreateComponentInput, { description: 'The component to add.' })
    input: CreateComponentInput,
    @Ctx() ctx: Context,
  ): Promise<Component> {
    return Component.from(await ctx.services.components.create(scopeOf(ctx), input));
  }
}
