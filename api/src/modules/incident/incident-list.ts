import { DomainError, type IncidentState } from '@keepwatch/domain';
import type { TenantReader } from '../../db/tenant-reader.js';
import type { TimelineEventView } from '../timeline/timeline-event-view.js';
import type { IncidentView } from './incident-view.js';

export interface IncidentFilterValues {
  states?: IncidentState[];
  severities?: string[];
  open?: boolean;
}

export interface IncidentPage {
  nodes: (IncidentView & { latestUpdate: TimelineEventView | null })[];
  hasNextPage: boolean;
  endCursor: string | null;
}

const encode = (declaredAt: string, id: string) =>
  Buffer.from(JSON.stringify([declaredAt, id])).toString('base64url');

function decode(cursor: string): [string, string] {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at)))
      return [at, id];
  } catch {
    // fall through
  }
  throw DomainError.validation([
    { field: 'after', rule: 'cursor', message: 'after is not a cursor from this list' },
  ]);
}

interface Row {
  id: string;
  number: number;
  title: string;
  state: IncidentState;
  severity: string;
  impact: IncidentView['impact'];
  impact_started_at: Date | null;
  detected_at: Date | null;
  declared_at: Date;
  mitigated_at: Date | null;
  resolved_at: Date | null;
  commander_id: string | null;
  communications_lead_id: string | null;
  updated_at: Date;
  component_ids: string[];
  latest:
    | (Omit<TimelineEventView, 'occurredAt' | 'recordedAt'> & {
        occurredAt: string;
        recordedAt: string;
      })
    | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Newest first, keyset-paginated, each with its components and latest status update — one query,
 * so a page costs one round trip inside the tenant transaction however long it is.
 */
export async function listIncidents(
  tx: TenantReader,
  filter: IncidentFilterValues,
  first: number,
  after?: string,
): Promise<IncidentPage> {
  const cursor = after ? decode(after) : null;
  const rows = await tx.prepared<Row>(
    'keepwatch_list_incidents',
    `SELECT i.id, i.number, i.title, i.state, i.severity, i.impact, i.impact_started_at, i.detected_at,
            i.declared_at, i.mitigated_at, i.resolved_at, i.commander_id, i.communications_lead_id,
            i.updated_at,
            coalesce((SELECT array_agg(ic.component_id ORDER BY ic.component_id) FROM incident_components ic
                       WHERE ic.tenant_id = i.tenant_id AND ic.incident_id = i.id), '{}') AS component_ids,
            (SELECT jsonb_build_object('id', t.id, 'incidentId', t.incident_id, 'seq', t.seq, 'kind', t.kind,
                      'occurredAt', t.occurred_at, 'recordedAt', t.recorded_at, 'author', t.author_label,
                      'visibility', t.visibility, 'details', t.payload, 'supersedesId', t.supersedes_id)
               FROM timeline_events t
              WHERE t.tenant_id = i.tenant_id AND t.incident_id = i.id AND t.kind = 'STATUS_UPDATE'
              ORDER BY t.seq DESC LIMIT 1) AS latest
       FROM incidents i
      WHERE ($1::text[] IS NULL OR i.state = ANY($1))
        AND ($2::text[] IS NULL OR i.severity = ANY($2))
        AND ($3::boolean IS NULL OR (i.state <> 'RESOLVED') = $3)
        AND ($4::timestamptz IS NULL OR (i.declared_at, i.id) < ($4, $5::uuid))
      ORDER BY i.declared_at DESC, i.id DESC
      LIMIT $6`,
    [
      filter.states ?? null,
      filter.severities ?? null,
      filter.open ?? null,
      cursor?.[0] ?? null,
      cursor?.[1] ?? null,
      first + 1,
    ],
  );
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return {
    nodes: page.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      state: r.state,
      severity: r.severity,
      impact: r.impact,
      impactStartedAt: iso(r.impact_started_at),
      detectedAt: iso(r.detected_at),
      declaredAt: r.declared_at.toISOString(),
      mitigatedAt: iso(r.mitigated_at),
      resolvedAt: iso(r.resolved_at),
      commanderId: r.commander_id,
      communicationsLeadId: r.communications_lead_id,
      componentIds: r.component_ids,
      updatedAt: r.updated_at.toISOString(),
      latestUpdate: r.latest
        ? {
            ...r.latest,
            occurredAt: new Date(r.latest.occurredAt).toISOString(),
            recordedAt: new Date(r.latest.recordedAt).toISOString(),
          }
        : null,
    })),
    hasNextPage: rows.length > first,
    endCursor: last ? encode(last.declared_at.toISOString(), last.id) : null,
  };
}
