import type { ActionItemState, PostmortemState } from '@keepwatch/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { ActionItemStateEnum, PostmortemStateEnum } from '../../graphql/enums.js';
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

@ObjectType({ description: "A postmortem's change, as events carry it." })
export class PostmortemRef {
  @Field(() => ID, { description: 'The postmortem.' })
  id!: string;

  @Field(() => PostmortemStateEnum, { description: 'Its state after the change.' })
  state!: PostmortemState;
}

@ObjectType({ description: "An action item's change, as events carry it." })
export class ActionItemRef {
  @Field(() => ID, { description: 'The action item.' })
  id!: string;

  @Field(() => String, { description: 'Its title.' })
  title!: string;

  @Field(() => String, { description: 'Its team.' })
  team!: string;

  @Field(() => ActionItemStateEnum, { description: 'Its state after the change.' })
  state!: ActionItemState;
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
      'What happened: the kind of the timeline event it carries, COMMUNICATION_DUE_SOON / ' +
      'COMMUNICATION_OVERDUE, POSTMORTEM_STARTED / _UPDATED / _IN_REVIEW / _DRAFT / _PUBLISHED, ' +
      'or ACTION_ITEM_CREATED / ACTION_ITEM_UPDATED.',
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

  @Field(() => PostmortemRef, { nullable: true, description: 'For postmortem changes.' })
  postmortem!: PostmortemRef | null;

  @Field(() => ActionItemRef, { nullable: true, description: 'For action-item changes.' })
  actionItem!: ActionItemRef | null;

  /** Tenant of the event: subscribers are filtered on it before anything is delivered. */
  tenantId!: string;

  static from(row: OutboxRow): IncidentEvent {
    const payload = row.payload as {
      incident: IncidentView;
      timelineEvent?: TimelineEventView;
      reminder?: { promise: string; kind: string; dueAt: string };
      postmortem?: PostmortemRef;
      actionItem?: ActionItemRef;
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
      postmortem: payload.postmortem
        ? Object.assign(new PostmortemRef(), payload.postmortem)
        : null,
      actionItem: payload.actionItem
        ? Object.assign(new ActionItemRef(), payload.actionItem)
        : null,
      tenantId: row.tenantId,
    });
  }
}
