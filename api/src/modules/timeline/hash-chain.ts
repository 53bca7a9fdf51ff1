import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { TimelineEventEntity } from './timeline-event.entity.js';

type Hashed = Pick<
  TimelineEventEntity,
  | 'id'
  | 'incidentId'
  | 'seq'
  | 'kind'
  | 'occurredAt'
  | 'recordedAt'
  | 'authorLabel'
  | 'visibility'
  | 'payload'
  | 'supersedesId'
>;

/**
 * Evidence for REGULATED tenants: each event's hash covers its content (canonical JSON, RFC 8785)
 * and the previous event's hash, so changing or removing any stored event breaks every hash after
 * it.
 */
export function eventHash(event: Hashed, prevHash: Buffer | null): Buffer {
  const content = canonicalize({
    id: event.id,
    incidentId: event.incidentId,
    seq: event.seq,
    kind: event.kind,
    occurredAt: event.occurredAt.toISOString(),
    recordedAt: event.recordedAt.toISOString(),
    author: event.authorLabel,
    visibility: event.visibility,
    payload: event.payload,
    supersedesId: event.supersedesId,
    prevHash: prevHash ? prevHash.toString('hex') : null,
  });
  return createHash('sha256')
    .update(content ?? '')
    .digest();
}

export interface ChainCheck {
  valid: boolean;
  checked: number;
  /** The first event whose stored hash or link does not match, if any. */
  firstInvalid: TimelineEventEntity | null;
}

/** Re-computes the chain of one incident's events (in seq order) and finds the first break. */
export function verifyChain(events: readonly TimelineEventEntity[]): ChainCheck {
  let prev: Buffer | null = null;
  for (const [index, event] of events.entries()) {
    const linked =
      index === 0 ? event.prevHash === null : prev !== null && event.prevHash?.equals(prev);
    const expected = eventHash(event, event.prevHash);
    if (event.seq !== index + 1 || !linked || !event.hash?.equals(expected)) {
      return { valid: false, checked: index + 1, firstInvalid: event };
    }
    prev = event.hash;
  }
  return { valid: true, checked: events.length, firstInvalid: null };
}
