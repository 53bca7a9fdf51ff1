import type { ImpactFacts, IncidentState } from '@keepwatch/domain';
import type { IncidentEntity } from './incident.entity.js';

/**
 * An incident as events carry it: plain JSON, complete enough that a subscriber's selection can
 * be served without a database round trip.
 */
export interface IncidentView {
  id: string;
  number: number;
  title: string;
  state: IncidentState;
  severity: string;
  impact: ImpactFacts;
  impactStartedAt: string | null;
  detectedAt: string | null;
  declaredAt: string;
  mitigatedAt: string | null;
  resolvedAt: string | null;
  commanderId: string | null;
  communicationsLeadId: string | null;
  componentIds: string[];
  updatedAt: string;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function incidentView(e: IncidentEntity, componentIds: string[]): IncidentView {
  return {
    id: e.id,
    number: e.number,
    title: e.title,
    state: e.state,
    severity: e.severity,
    impact: e.impact,
    impactStartedAt: iso(e.impactStartedAt),
    detectedAt: iso(e.detectedAt),
    declaredAt: e.declaredAt.toISOString(),
    mitigatedAt: iso(e.mitigatedAt),
    resolvedAt: iso(e.resolvedAt),
    commanderId: e.commanderId,
    communicationsLeadId: e.communicationsLeadId,
    componentIds: [...componentIds].sort(),
    updatedAt: e.updatedAt.toISOString(),
  };
}
