import {
  communicationStatus,
  type CommunicationFact,
  type CommunicationStatus,
} from '@keepwatch/domain';
import type { IncidentEntity } from '../incident/incident.entity.js';
import type { TimelineEventEntity } from '../timeline/timeline-event.entity.js';
import type { CommunicationContractEntity } from './communication-contract.entity.js';
import { inForce } from './communication-contract.service.js';

export interface IncidentCommunication extends CommunicationStatus {
  /** Version of the contract the incident is judged by (its severity at declaration). */
  contractVersion: number | null;
  /** First public update − detection (declaration when detection is unknown); null before one. */
  timeToCommunicateMs: number | null;
}

/**
 * An incident's promises, judged by the contracts in force when it was declared (`history` is the
 * tenant's contract history, see contractHistory, loaded once for many incidents): the timeline is
 * turned into communication facts and folded by the domain rule (see communicationStatus).
 */
export function incidentCommunication(
  history: readonly CommunicationContractEntity[],
  incident: IncidentEntity,
  events: readonly TimelineEventEntity[],
  now: Date,
): IncidentCommunication {
  const contracts = inForce(history, incident.declaredAt);
  const declaration = events.find((e) => e.kind === 'DECLARATION');
  const initialSeverity = (declaration?.payload as { severity?: string } | undefined)?.severity;
  const declaredContract = contracts.get(initialSeverity ?? incident.severity);
  const facts: CommunicationFact[] = [];
  let firstPublic: Date | null = null;
  for (const e of events) {
    const d = e.payload as { to?: string };
    if (e === declaration) {
      if (declaredContract)
        facts.push({ kind: 'DECLARED', at: e.occurredAt, contract: declaredContract });
    } else if (e.kind === 'SEVERITY_CHANGE') {
      const contract = contracts.get(d.to ?? '');
      if (contract) facts.push({ kind: 'SEVERITY_CHANGED', at: e.occurredAt, contract });
    } else if (e.kind === 'STATUS_UPDATE') {
      const isPublic = e.visibility === 'PUBLIC';
      facts.push({ kind: isPublic ? 'PUBLIC_UPDATE' : 'INTERNAL_UPDATE', at: e.occurredAt });
      if (isPublic && (!firstPublic || e.occurredAt < firstPublic)) firstPublic = e.occurredAt;
    } else if (e.kind === 'EXECUTIVE_SUMMARY') {
      facts.push({ kind: 'EXEC_SUMMARY', at: e.occurredAt });
    } else if (e.kind === 'STATE_CHANGE' && d.to === 'RESOLVED') {
      facts.push({ kind: 'RESOLVED', at: e.occurredAt });
    }
  }
  const detected = incident.detectedAt ?? incident.declaredAt;
  return {
    ...communicationStatus(facts, now),
    contractVersion: declaredContract?.version ?? null,
    timeToCommunicateMs: firstPublic ? firstPublic.getTime() - detected.getTime() : null,
  };
}
