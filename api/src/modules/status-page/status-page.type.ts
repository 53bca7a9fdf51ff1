import type { ComponentStatus } from '@keepwatch/domain';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { ComponentStatusEnum } from '../../graphql/enums.js';
import { Component } from '../component/component.type.js';
import { Maintenance } from '../maintenance/maintenance.type.js';
import { PublicIncident } from './public-incident.type.js';

@ObjectType({ description: "One UTC day of a component's uptime." })
export class UptimeDay {
  @Field(() => String, { description: 'The day, YYYY-MM-DD (UTC).' })
  date!: string;

  @Field(() => Float, { nullable: true, description: 'Uptime, 0–1; null when there is no data.' })
  ratio!: number | null;

  @Field(() => ComponentStatusEnum, {
    nullable: true,
    description: 'Worst status during the day; null when there is no data.',
  })
  worstStatus!: ComponentStatus | null;
}

@ObjectType({ description: "A component's uptime over the last 90 days." })
export class ComponentUptime {
  @Field(() => ID, { description: 'The component.' })
  componentId!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean of the days with data, 0–1; null when no day has data.',
  })
  ratio!: number | null;

  @Field(() => [UptimeDay], { description: 'Oldest day first, today last.' })
  days!: UptimeDay[];
}

@ObjectType({ description: 'What the public may see of a tenant: its status page.' })
export class StatusPage {
  @Field(() => String, { description: 'URL slug.' })
  slug!: string;

  @Field(() => String, { description: 'Display name of the tenant.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Custom host the page is served at.' })
  host!: string | null;

  @Field(() => String, { description: "The page's time zone (IANA), besides UTC." })
  timeZone!: string;

  @Field(() => ComponentStatusEnum, { description: 'Overall status: the worst component status.' })
  status!: ComponentStatus;

  @Field(() => [Component], {
    description: 'Components in page order, with maintenance in progress applied to their status.',
  })
  components!: Component[];

  @Field(() => [ComponentUptime], { description: 'Uptime per component, in page order.' })
  uptime!: ComponentUptime[];

  @Field(() => String, { description: 'How uptime is computed, for readers.' })
  uptimeMethod!: string;

  @Field(() => [PublicIncident], { description: 'Open incidents, newest first.' })
  incidents!: PublicIncident[];

  @Field(() => [PublicIncident], {
    description: 'The 50 most recent incidents, open and resolved, newest first.',
  })
  recentIncidents!: PublicIncident[];

  @Field(() => [String], {
    description: 'UTC months (YYYY-MM) with incidents, newest first (up to 36): history pages.',
  })
  historyMonths!: string[];

  @Field(() => [Maintenance], {
    description:
      'Maintenance windows upcoming, in progress, or ended in the last 7 days (never cancelled), ' +
      'soonest first.',
  })
  maintenances!: Maintenance[];

  @Field(() => Date, { description: 'When this view was read.' })
  asOf!: Date;
}
