import {
  assertRole,
  assertValid,
  DomainError,
  eventTimeProblems,
  mitigationNeedsDecision,
} from '@keepwatch/domain';
import type { Database } from '../../db/database.js';
import type { Scope } from '../../db/scope.js';
import type { TenantTx } from '../../db/tenant-tx.js';
import type { CommunicationContractEntity } from '../communication/communication-contract.entity.js';
import { contractsInForce } from '../communication/communication-contract.service.js';
import { applyTransition } from '../incident/apply-transition.js';
import { setComponentStatuses } from '../incident/component-status.js';
import { IncidentChange } from '../incident/incident-change.js';
import type { IncidentView } from '../incident/incident-view.js';
import { SeverityLevelEntity } from '../severity/severity-level.entity.js';
import { TimelineEventEntity } from './timeline-event.entity.js';
import type {
  AddNoteInput,
  CorrectTimelineEventInput,
  PostExecutiveSummaryInput,
  PostStatusUpdateInput,
  RecordChangeInput,
  RecordDecisionInput,
  RecordMitigationInput,
} from './timeline.input.js';

/** The contract for the incident's severity, as in force when it was declared. */
async function contractOf(
  tx: TenantTx,
  change: IncidentChange,
): Promise<CommunicationContractEntity> {
  const contract = (await contractsInForce(tx, change.incident.declaredAt)).get(
    change.incident.severity,
  );
  if (!contract) throw new Error(`No communication contract for ${change.incident.severity}`);
  return contract;
}

const at = (field: string, value: Date | undefined) => {
  assertValid(eventTimeProblems(field, value, new Date()));
  return value;
};

/** Timeline entries other than lifecycle, severity and role changes (see IncidentService). */
export class TimelineService {
  constructor(private readonly db: Database) {}

  recordDecision(scope: Scope, input: RecordDecisionInput): Promise<IncidentView> {
    return this.db.transaction(scope, async (tx) => {
      const change = await IncidentChange.open(tx, input.incidentId);
      assertRole(scope.role, [(await contractOf(tx, change)).decisionOwnerRole]);
      const { incidentId: _i, occurredAt, ...details } = input;
      await change.append({
        kind: 'DECISION',
        occurredAt: at('occurredAt', occurredAt),
        details: { ...details },
      });
      return change.commit('incident.record_decision');
    });
  }

  recordMitigation(scope: Scope, input: RecordMitigationInput): Promise<IncidentView> {
    return this.db.transaction(scope, async (tx) => {
      const change = await IncidentChange.open(tx, input.incidentId);
      const level = await tx
        .repo(SeverityLevelEntity)
        .get({ key: change.incident.severity }, 'Severity level');
      if (input.decisionId) {
        const decision = await tx
          .repo(TimelineEventEntity)
          .findOne({ id: input.decisionId, incidentId: input.incidentId, kind: 'DECISION' });
        if (!decision) throw DomainError.notFound('Decision');
      } else if (mitigationNeedsDecision(level.rank, input)) {
        throw DomainError.validation([
          {
            field: 'decisionId',
            rule: 'decisionRequired',
            message: `a ${input.reversible ? '' : 'non-reversible '}${input.type} mitigation on a ${level.key} incident needs a recorded decision with its rationale (record one, then pass its id)`,
          },
        ]);
      }
      const { incidentId: _i, occurredAt, ...details } = input;
      await change.append({
        kind: 'MITIGATION',
        occurredAt: at('occurredAt', occurredAt),
        details: {
          revertPlan: null,
          timeBoxMinutes: null,
          outcome: null,
          decisionId: null,
          ...details,
        },
      });
      return change.commit('incident.record_mitigation');
    });
  }

  recordChange(scope: Scope, input: RecordChangeInput): Promise<IncidentView> {
    return this.db.transaction(scope, async (tx) => {
      const change = await IncidentChange.open(tx, input.incidentId);
      await change.append({
        kind: 'CHANGE',
        occurredAt: at('occurredAt', input.occurredAt),
        details: { description: input.description, reference: input.reference ?? null },
      });
      return change.commit('incident.record_change');
    });
  }

  addNote(scope: Scope, input: AddNoteInput): Promise<IncidentView> {
    return this.db.transaction(scope, async (tx) => {
      const change = await IncidentChange.open(tx, input.incidentId);
      await change.append({
        kind: 'NOTE',
        occurredAt: at('occurredAt', input.occurredAt),
        details: { body: input.body },
      });
      return change.commit('incident.add_note');
    });
  }

  /** An update, optionally with a lifecycle move and component statuses, all in one change. */
  postStatusUpdate(scope: Scope, input: PostStatusUpdateInput): Promise<IncidentView> {
    return this.db.transaction(scope, async (tx) => {
      const change = await IncidentChange.open(tx, input.incidentId);
      if (input.visibility === 'PUBLIC') {
        assertRole(scope.role, [(await contractOf(tx, change)).announcerRole]);
      }
      const now = new Date();
      if (input.state) await applyTransition(tx, change, input.state, now, null);
      await setComponentStatuses(tx, input.componentStatuses);
      const affected = new Set([
        ...change.componentIds,
        ...input.componentStatuses.map((c) => c.componentId),
      ]);
      change.componentIds = [...affected];
      await change.linkComponents();
      await change.append({
        kind: 'STATUS_UPDATE',
        occurredAt: now,
        visibility: input.visibility,
        details: {
          body: input.body,
          state: change.incident.state,
          componentStatuses: input.componentStatuses.map((c) => ({ ...c })),
        },
      });
      return change.commit('incident.post_status_update');
    });
  }

  /** An executive summary: by the contract's announcer or decision owner. */
  postExecutiveSummary(scope: Scope, input: PostExecutiveSummaryInput): Promise<IncidentView> {
    return this.db.transaction(scope, async (tx) => {
      const change = await IncidentChange.open(tx, input.incidentId);
      const contract = await contractOf(tx, change);
      assertRole(scope.role, [contract.announcerRole, contract.decisionOwnerRole]);
      await change.append({ kind: 'EXECUTIVE_SUMMARY', details: { body: input.body } });
      return change.commit('incident.post_executive_summary');
    });
  }

  correct(scope: Scope, input: CorrectTimelineEventInput): Promise<IncidentView> {
    return this.db.transaction(scope, async (tx) => {
      const original = await tx
        .repo(TimelineEventEntity)
        .get({ id: input.eventId }, 'Timeline event');
      const change = await IncidentChange.open(tx, original.incidentId);
      // Correcting what the public read is announcing: the contract's announcer (or an admin).
      if (original.visibility === 'PUBLIC') {
        assertRole(scope.role, [(await contractOf(tx, change)).announcerRole]);
      }
      await change.append({
        kind: 'CORRECTION',
        // A correction is as public as what it corrects: readers see a public update corrected.
        visibility: original.visibility,
        supersedesId: original.id,
        details: {
          reason: input.reason,
          correction: input.correction,
          correctedOccurredAt: at('occurredAt', input.occurredAt)?.toISOString() ?? null,
        },
      });
      return change.commit('incident.correct_timeline_event');
    });
  }
}
