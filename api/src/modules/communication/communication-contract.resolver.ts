import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { scopeOf, type Context } from '../../graphql/context.js';
import { UpdateCommunicationContractInput } from './communication-contract.input.js';
import { CommunicationContract } from './communication-contract.type.js';

@Resolver(() => CommunicationContract)
export class CommunicationContractResolver {
  @Authorized()
  @Query(() => [CommunicationContract], { description: 'The contract in force for each severity.' })
  async communicationContracts(@Ctx() ctx: Context): Promise<CommunicationContract[]> {
    return (await ctx.services.contracts.current(scopeOf(ctx))).map(CommunicationContract.from);
  }

  @Authorized()
  @Query(() => [CommunicationContract], {
    description: "Every version of one severity's contract, newest first.",
  })
  async communicationContractHistory(
    @Arg('severity', () => String, { description: 'Severity key.' }) severity: string,
    @Ctx() ctx: Context,
  ): Promise<CommunicationContract[]> {
    return (await ctx.services.contracts.history(scopeOf(ctx), severity)).map(
      CommunicationContract.from,
    );
  }

  @Authorized('ADMIN')
  @Mutation(() => CommunicationContract, {
    description: "Changes one severity's contract (as a new version).",
  })
  async updateCommunicationContract(
    @Arg('input', () => UpdateCommunicationContractInput, { description: 'The new terms.' })
    input: UpdateCommunicationContractInput,
    @Ctx() ctx: Context,
  ): Promise<CommunicationContract> {
    return CommunicationContract.from(await ctx.services.contracts.update(scopeOf(ctx), input));
  }

  @Authorized('ADMIN')
  @Mutation(() => [CommunicationContract], {
    description:
      "Re-applies the preset of the tenant's risk profile to every severity (as new versions).",
  })
  async applyContractPreset(@Ctx() ctx: Context): Promise<CommunicationContract[]> {
    return (await ctx.services.contracts.applyPreset(scopeOf(ctx))).map(CommunicationContract.from);
  }
}
