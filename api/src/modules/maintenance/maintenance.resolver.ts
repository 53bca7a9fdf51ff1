import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { scopeOf, type Context } from '../../graphql/context.js';
import { ScheduleMaintenanceInput } from './maintenance.input.js';
import { Maintenance } from './maintenance.type.js';

@Resolver(() => Maintenance)
export class MaintenanceResolver {
  @Authorized()
  @Query(() => [Maintenance], {
    description: 'Maintenance windows of the tenant, latest start first (up to 100).',
  })
  maintenances(@Ctx() ctx: Context): Promise<Maintenance[]> {
    return ctx.services.maintenance.list(scopeOf(ctx));
  }

  @Authorized('ADMIN')
  @Mutation(() => Maintenance, {
    description:
      'Announces a maintenance window. While it is in progress its components show ' +
      'UNDER_MAINTENANCE on the status page (unless an incident made them worse).',
  })
  scheduleMaintenance(
    @Arg('input', () => ScheduleMaintenanceInput, { description: 'The window.' })
    input: ScheduleMaintenanceInput,
    @Ctx() ctx: Context,
  ): Promise<Maintenance> {
    return ctx.services.maintenance.schedule(scopeOf(ctx), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Maintenance, { description: 'Ends a window in progress now.' })
  completeMaintenance(
    @Arg('id', () => ID, { description: 'The window.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Maintenance> {
    return ctx.services.maintenance.complete(scopeOf(ctx), id);
  }

  @Authorized('ADMIN')
  @Mutation(() => Maintenance, { description: 'Calls off a window that has not started.' })
  cancelMaintenance(
    @Arg('id', () => ID, { description: 'The window.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Maintenance> {
    return ctx.services.maintenance.cancel(scopeOf(ctx), id);
  }
}
