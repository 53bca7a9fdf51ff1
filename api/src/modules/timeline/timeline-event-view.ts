import type { TimelineKind } from '@keepwatch/domain';
import type { TimelineEventEntity, Visibility } from './timeline-event.entity.js';

/** A timeline event as events and queries carry it (plain JSON; no tenant id, no hashes). */
export interface TimelineEventView {
  id: string;
  incidentId: string;
  seq: number;
  kind: TimelineKind;
  occurredAt: string;
  recordedAt: string;
  author: string;
  visibility: Visibility;
  details: Record<string, unknown>;
  supersedesId: string | null;
}

export function timelineEventView(e: TimelineEventEntity): TimelineEventView {
  return {
    id: e.id,
    incidentId: e.incidentId,
    seq: e.seq,
    kind: e.kind,
    occurredAt: e.occurredAt.toISOString(),
    recordedAt: e.recordedAt.toISOString(),
    author: e.authorLabel,
    visibility: e.visibility,
    details: e.payload,
    supersedesId: e.supersedesId,
  };
}
