import type { ComponentStatus } from '@keepwatch/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ComponentStatusEnum } from '../../graphql/enums.js';
import type { ComponentEntity } from './component.entity.js';

@ObjectType({ description: 'A user-facing service shown on the status page.' })
export class Component {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Name, unique within the tenant.' })
  name!: string;

  @Field(() => String, { description: 'What it is, for readers of the status page.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Group it is shown in, if any.' })
  group!: string | null;

  @Field(() => Int, { description: 'Order on the page (ascending).' })
  position!: number;

  @Field(() => ComponentStatusEnum, { description: 'Current public status.' })
  status!: ComponentStatus;

  @Field(() => Date, { description: 'When it was listed.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'Last change.' })
  updatedAt!: Date;

  static from(e: ComponentEntity): Component {
    return Object.assign(new Component(), {
      id: e.id,
      name: e.name,
      description: e.description,
      group: e.groupName,
      position: e.position,
      status: e.status,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
  }
}
