import { Field, ID, ObjectType } from 'type-graphql';
import type { OutboxRow } from '../../db/outbox-tailer.js';
import type { IncidentView } from '../incident/incident-view.js';
import { Incident } from '../incident/incident.type.js';
import type { TimelineEventView } from '../timeline/timeline-event-view.js';
import { TimelineEvent } from '../timeline/timeline-event.type.js';

@ObjectType({ description: 'Something that happened to an incident, as delivered to subscribers.' })
export class IncidentEvent {
  @Field(() => ID, {
    description:
      'Position in the event stream (increasing). Pass it as `after` to resume from here.',
  })
  position!: string;

  @Field(() => String, { description: 'What happened: the kind of the timeline event it carries.' })
  type!: string;

  @Field(() => Date, { description: 'When the change was committed.' })
  createdAt!: Date;

  @Field(() => Incident, { description: 'The incident as it was right after the change.' })
  incident!: Incident;

  @Field(() => TimelineEvent, { description: 'The timeline event the change added.' })
  timelineEvent!: TimelineEvent;

  /** Tenant of the event: subscribers are filtered on it before anything is delivered. */
  tenantId!: string;

  static from(row: OutboxRow): IncidentEvent {
    const payload = row.payload as { incident: IncidentView; timelineEvent: TimelineEventView };
    return Object.assign(new IncidentEvent(), {
      position: String(row.position),
      type: row.type,
      createdAt: new Date(row.createdAt),
      incident: Incident.from(payload.incident),
      timelineEvent: TimelineEvent.from(payload.timelineEvent),
      tenantId: row.tenantId,
    });
  }
}
