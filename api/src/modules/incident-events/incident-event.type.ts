import { Field, ID, ObjectType } from 'type-graphql';
import type { OutboxRow } from '../../db/outbox-tailer.js';
import type { IncidentView } from '../incident/incident-view.js';
import { Incident } from '../incident/incident.type.js';
import type { TimelineEventView } from '../timeline/timeline-event-view.js';
import { TimelineEvent } from '../timeline/timeline-event.type.js';

@ObjectType({ description: 'A communication promise that is about to fall due, or has.' })
export class CommunicationReminder {
  @Field(() => String, { description: 'PUBLIC_UPDATE, INTERNAL_UPDATE or EXEC_SUMMARY.' })
  promise!: string;

  @Field(() => String, { description: 'DUE_SOON or OVERDUE.' })
  kind!: string;

  @Field(() => Date, { description: 'When it is (or was) due.' })
  dueAt!: Date;
}

@ObjectType({ description: 'Something that happened to an incident, as delivered to subscribers.' })
export class IncidentEvent {
  @Field(() => ID, {
    description:
      'Position in the event stream (increasing). Pass it as `after` to resume from here.',
  })
  position!: string;

  @Field(() => String, {
    description:
      'What happened: the kind of the timeline event it carries, or COMMUNICATION_DUE_SOON / COMMUNICATION_OVERDUE.',
  })
  type!: string;

  @Field(() => Date, { description: 'When the change was committed.' })
  createdAt!: Date;

  @Field(() => Incident, { description: 'The incident as it was right after the change.' })
  incident!: Incident;

  @Field(() => TimelineEvent, {
    nullable: true,
    description: 'The timeline event the change added.',
  })
  timelineEvent!: TimelineEvent | null;

  @Field(() => CommunicationReminder, {
    nullable: true,
    description: 'For reminders: which promise.',
  })
  reminder!: CommunicationReminder | null;

  /** Tenant of the event: subscribers are filtered on it before anything is delivered. */
  tenantId!: string;

  static from(row: OutboxRow): IncidentEvent {
    const payload = row.payload as {
      incident: IncidentView;
      timelineEvent?: TimelineEventView;
      reminder?: { promise: string; kind: string; dueAt: string };
    };
    return Object.assign(new IncidentEvent(), {
      position: String(row.position),
      type: row.type,
      createdAt: new Date(row.createdAt),
      incident: Incident.from(payload.incident),
      timelineEvent: payload.timelineEvent ? TimelineEvent.from(payload.timelineEvent) : null,
      reminder: payload.reminder
        ? Object.assign(new CommunicationReminder(), payload.reminder, {
            dueAt: new Date(payload.reminder.dueAt),
          })
        : null,
      tenantId: row.tenantId,
    });
  }
}
