import { randomUUID } from 'node:crypto';
import { assertValid, DomainError, NO_IMPACT, timestampProblems } from '@keepwatch/domain';
import { In } from 'typeorm';
import type { Database } from '../../db/database.js';
import type { Scope } from '../../db/scope.js';
import type { TenantTx } from '../../db/tenant-tx.js';
import { MemberEntity } from '../access/member.entity.js';
import { contractHistory } from '../communication/communication-contract.service.js';
import {
  incidentCommunication,
  type IncidentCommunication,
} from '../communication/incident-communication.js';
import { ComponentEntity } from '../component/component.entity.js';
import { SeverityLevelEntity } from '../severity/severity-level.entity.js';
import { verifyChain, type ChainCheck } from '../timeline/hash-chain.js';
import { TimelineEventEntity } from '../timeline/timeline-event.entity.js';
import { applyTransition } from './apply-transition.js';
import { setComponentStatuses } from './component-status.js';
import { IncidentChange } from './incident-change.js';
import type {
  AssignRoleInput,
  ChangeSeverityInput,
  DeclareIncidentInput,
  SetIncidentTimesInput,
  TransitionIncidentInput,
} from './incident.input.js';
import { IncidentComponentEntity } from './incident-component.entity.js';
import { listIncidents, type IncidentFilterValues, type IncidentPage } from './incident-list.js';
import { incidentView, type IncidentView } from './incident-view.js';
import { IncidentEntity } from './incident.entity.js';

export async function requireSeverity(tx: TenantTx, key: string): Promise<SeverityLevelEntity> {
  const level = await tx.repo(SeverityLevelEntity).findOne({ key });
  if (!level) {
    throw DomainError.validation([
      {
        field: 'severity',
        rule: 'exists',
        message: `severity ${key} is not on the tenant's scale`,
      },
    ]);
  }
  return level;
}

function assertTimes(incident: IncidentEntity, now: Date): void {
  assertValid(timestampProblems(incident, now));
}

export class IncidentService {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
  ) {}

  /** The incident's communication promises as of now (see incidentCommunication). */
  communication(scope: Scope, id: string): Promise<IncidentCommunication> {
    return this.db.transaction(scope, async (tx) => {
      const incident = await tx.repo(IncidentEntity).get({ id }, 'Incident');
      const events = await tx
        .repo(TimelineEventEntity)
        .find({ incidentId: id }, { order: { seq: 'ASC' } });
      return incidentCommunication(await contractHistory(tx), incident, events, this.clock());
    });
  }

  declare(scope: Scope, input: DeclareIncidentInput): Promise<IncidentView> {
    return this.db.transaction(scope, async (tx) => {
      const now = new Date();
      const severity = await requireSeverity(tx, input.severity);
      const componentIds = [...new Set(input.componentIds)];
      const found = componentIds.length
        ? await tx.repo(ComponentEntity).count({ id: In(componentIds) })
        : 0;
      if (found !== componentIds.length) throw DomainError.notFound('Component');
      const incident: IncidentEntity = {
        tenantId: tx.tenantId,
        id: randomUUID(),
        number: 0,
        title: input.title.trim(),
        state: 'INVESTIGATING',
        severity: severity.key,
        impact: {
          ...NO_IMPACT,
          ...input.impact,
          componentStatuses: input.componentStatus ? [input.componentStatus] : [],
        },
        impactStartedAt: input.impactStartedAt ?? null,
        detectedAt: input.detectedAt ?? null,
        declaredAt: now,
        mitigatedAt: null,
        resolvedAt: null,
        commanderId: null,
        communicationsLeadId: null,
        lastSeq: 0,
        createdAt: now,
        updatedAt: now,
      };
      assertTimes(incident, now);
      incident.number = await tx.nextIncidentNumber();
      const change = await IncidentChange.create(tx, incident, componentIds);
      if (input.componentStatus) {
        const status = input.componentStatus;
        await setComponentStatuses(
          tx,
          componentIds.map((componentId) => ({ componentId, status })),
        );
      }
      if (incident.detectedAt) {
        await change.append({ kind: 'DETECTION', occurredAt: incident.detectedAt, details: {} });
      }
      await change.append({
        kind: 'DECLARATION',
        occurredAt: now,
        details: { title: incident.title, severity: severity.key, summary: input.summary ?? null },
      });
      return change.commit('incident.declare');
    });
  }

  transition(scope: Scope, input: TransitionIncidentInput): Promise<IncidentView> {
    return this.db.transaction(scope, async (tx) => {
      const change = await IncidentChange.open(tx, input.incidentId);
      await applyTransition(tx, change, input.to, input.at ?? new Date(), input.note ?? null);
      return change.commit('incident.transition');
    });
  }

  changeSeverity(scope: Scope, input: ChangeSeverityInput): Promise<IncidentView> {
    return this.db.transaction(scope, async (tx) => {
      const change = await IncidentChange.open(tx, input.incidentId);
      const level = await requireSeverity(tx, input.severity);
      const from = change.incident.severity;
      if (from === level.key) {
        throw new DomainError('CONFLICT', `The incident is already ${from}`);
      }
      change.incident.severity = level.key;
      await change.append({
        kind: 'SEVERITY_CHANGE',
        details: { from, to: level.key, reason: input.reason.trim() },
      });
      return change.commit('incident.change_severity');
    });
  }

  assignRole(scope: Scope, input: AssignRoleInput): Promise<IncidentView> {
    return this.db.transaction(scope, async (tx) => {
      const change = await IncidentChange.open(tx, input.incidentId);
      const member = await tx.repo(MemberEntity).get({ id: input.memberId }, 'Member');
      if (input.role === 'COMMANDER') change.incident.commanderId = member.id;
      else change.incident.communicationsLeadId = member.id;
      await change.append({
        kind: 'ROLE_ASSIGNMENT',
        details: { role: input.role, memberId: member.id, memberName: member.name },
      });
      return change.commit('incident.assign_role');
    });
  }

  setTimes(scope: Scope, input: SetIncidentTimesInput): Promise<IncidentView> {
    return this.db.transaction(scope, async (tx) => {
      const change = await IncidentChange.open(tx, input.incidentId);
      const { incident } = change;
      const fields = ['impactStartedAt', 'detectedAt', 'mitigatedAt', 'resolvedAt'] as const;
      const changed: Record<string, { from: string | null; to: string }> = {};
      for (const field of fields) {
        const value = input[field];
        if (!value) continue;
        changed[field] = { from: incident[field]?.toISOString() ?? null, to: value.toISOString() };
        incident[field] = value;
      }
      if (incident.resolvedAt && incident.state !== 'RESOLVED') {
        throw DomainError.validation([
          {
            field: 'resolvedAt',
            rule: 'state',
            message: 'resolvedAt can only be set on a resolved incident',
          },
        ]);
      }
      assertTimes(incident, new Date());
      await change.append({
        kind: 'NOTE',
        details: { body: 'Key times corrected', times: changed },
      });
      return change.commit('incident.set_times');
    });
  }

  list(
    scope: Scope,
    filter: IncidentFilterValues,
    first: number,
    after?: string,
  ): Promise<IncidentPage> {
    return this.db.read(scope, (reader) => listIncidents(reader, filter, first, after));
  }

  get(scope: Scope, id: string): Promise<IncidentView> {
    return this.db.transaction(scope, async (tx) => {
      const incident = await tx.repo(IncidentEntity).get({ id }, 'Incident');
      const links = await tx.repo(IncidentComponentEntity).find({ incidentId: id });
      return incidentView(
        incident,
        links.map((l) => l.componentId),
      );
    });
  }

  timeline(scope: Scope, incidentId: string): Promise<TimelineEventEntity[]> {
    return this.db.transaction(scope, async (tx) => {
      await tx.repo(IncidentEntity).get({ id: incidentId }, 'Incident');
      return tx.repo(TimelineEventEntity).find({ incidentId }, { order: { seq: 'ASC' } });
    });
  }

  /** Re-computes the incident's hash chain (REGULATED tenants keep one). */
  verify(scope: Scope, incidentId: string): Promise<ChainCheck | null> {
    return this.db.transaction(scope, async (tx) => {
      await tx.repo(IncidentEntity).get({ id: incidentId }, 'Incident');
      if ((await tx.tenant()).riskProfile !== 'REGULATED') return null;
      const events = await tx
        .repo(TimelineEventEntity)
        .find({ incidentId }, { order: { seq: 'ASC' } });
      return verifyChain(events);
    });
  }
}
