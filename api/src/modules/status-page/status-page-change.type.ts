import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A public status page changed: read it again with `statusPage`.' })
export class StatusPageChange {
  @Field(() => String, { description: 'Slug of the page.' })
  slug!: string;

  @Field(() => ID, { description: 'Position of the event that changed it.' })
  position!: string;

  @Field(() => String, {
    description: 'What changed, e.g. STATUS_UPDATE or MAINTENANCE_SCHEDULED.',
  })
  type!: string;
}
