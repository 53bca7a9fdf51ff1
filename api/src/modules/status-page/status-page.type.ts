import type { ComponentStatus } from '@keepwatch/domain';
import { Field, ObjectType } from 'type-graphql';
import { ComponentStatusEnum } from '../../graphql/enums.js';
import { Component } from '../component/component.type.js';
import { PublicIncident } from './public-incident.type.js';

@ObjectType({ description: 'What the public may see of a tenant: its status page.' })
export class StatusPage {
  @Field(() => String, { description: 'URL slug.' })
  slug!: string;

  @Field(() => String, { description: 'Display name of the tenant.' })
  name!: string;

  @Field(() => ComponentStatusEnum, { description: 'Overall status: the worst component status.' })
  status!: ComponentStatus;

  @Field(() => [Component], { description: 'Components in page order.' })
  components!: Component[];

  @Field(() => [PublicIncident], { description: 'Open incidents, newest first.' })
  incidents!: PublicIncident[];

  @Field(() => Date, { description: 'When this view was read.' })
  asOf!: Date;
}
