import { maintenanceState, type MaintenanceState } from '@keepwatch/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { MaintenanceStateEnum } from '../../graphql/enums.js';
import type { MaintenanceWindowEntity } from './maintenance-window.entity.js';

@ObjectType({ description: 'A component named by a public record: only its id and name.' })
export class ComponentRef {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;
}

@ObjectType({ description: 'A scheduled maintenance window.' })
export class Maintenance {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'What is being done.' })
  title!: string;

  @Field(() => String, { description: 'What readers should expect.' })
  description!: string;

  @Field(() => MaintenanceStateEnum, { description: 'State at the time of reading.' })
  state!: MaintenanceState;

  @Field(() => Date, { description: 'When the window starts.' })
  scheduledFor!: Date;

  @Field(() => Date, { description: 'When the window ends as scheduled.' })
  scheduledUntil!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was ended early, if it was.' })
  completedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled, if it was.' })
  cancelledAt!: Date | null;

  @Field(() => [ComponentRef], { description: 'Components under maintenance.' })
  components!: ComponentRef[];

  @Field(() => Date, { description: 'When it was scheduled.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'Last change.' })
  updatedAt!: Date;

  static from(e: MaintenanceWindowEntity, components: ComponentRef[], now: Date): Maintenance {
    return Object.assign(new Maintenance(), {
      id: e.id,
      title: e.title,
      description: e.description,
      state: maintenanceState(e, now),
      scheduledFor: e.scheduledFor,
      scheduledUntil: e.scheduledUntil,
      completedAt: e.completedAt,
      cancelledAt: e.cancelledAt,
      components,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
  }
}
