import { randomUUID } from 'node:crypto';
import {
  assertPostmortemTransition,
  assertPublishable,
  assertRole,
  blamelessFindings,
  criterionText,
  DEFAULT_FACTOR_CATEGORIES,
  DomainError,
  impactSummary,
  isDecisionPoint,
  missingParts,
  postmortemMarkdown,
  prioritise,
  timelineLine,
  timelineView,
  type BlamelessFinding,
  type ContributingFactor,
  type FieldProblem,
  type MissingPart,
  type PostmortemState,
} from '@keepwatch/domain';
import { In } from 'typeorm';
import type { Database } from '../../db/database.js';
import type { Scope } from '../../db/scope.js';
import type { TenantTx } from '../../db/tenant-tx.js';
import { ActionItemEntity } from '../action-item/action-item.entity.js';
import { MemberEntity } from '../access/member.entity.js';
import { contractHistory, inForce } from '../communication/communication-contract.service.js';
import { incidentCommunication } from '../communication/incident-communication.js';
import { ComponentEntity } from '../component/component.entity.js';
import { IncidentComponentEntity } from '../incident/incident-component.entity.js';
import { IncidentEntity } from '../incident/incident.entity.js';
import { TimelineEventEntity } from '../timeline/timeline-event.entity.js';
import { emitIncidentRecordEvent } from './postmortem-records.js';
import { FactorCategoryEntity, PostmortemEntity } from './postmortem.entity.js';
import type {
  FactorCategoryInput,
  StartPostmortemInput,
  UpdatePostmortemInput,
} from './postmortem.input.js';

export interface TimelineEntry {
  at: Date;
  kind: string;
  text: string;
  /** A decision or mitigation. */
  highlight: boolean;
}

/** Everything a postmortem shows, assembled in one transaction. */
export interface PostmortemView {
  postmortem: PostmortemEntity;
  incident: IncidentEntity;
  /** The contract in force at declaration marks this severity as needing a postmortem. */
  required: boolean;
  timeline: TimelineEntry[];
  factors: (ContributingFactor & { categoryName: string })[];
  actionItems: ActionItemEntity[];
  findings: (BlamelessFinding & { section: string })[];
  missing: MissingPart[];
  markdown: string;
}

/** Seeds the default contributing-factor taxonomy of a new tenant. */
export async function createDefaultFactorCategories(tx: TenantTx): Promise<void> {
  const categories = tx.repo(FactorCategoryEntity);
  for (const [i, c] of DEFAULT_FACTOR_CATEGORIES.entries()) {
    await categories.insert({ ...c, position: i + 1 });
  }
}

function categoryProblems(
  factors: readonly ContributingFactor[],
  keys: ReadonlySet<string>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  factors.forEach((f, i) => {
    if (!keys.has(f.category)) {
      problems.push({
        field: `contributingFactors.${i}.category`,
        rule: 'unknownCategory',
        message: `contributingFactors.${i}.category “${f.category}” is not in the tenant's factor taxonomy (${[...keys].join(', ')})`,
      });
    }
  });
  return problems;
}

export class PostmortemService {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
  ) {}

  /** The incident's postmortem, or null when none was started. */
  byIncident(scope: Scope, incidentId: string): Promise<PostmortemView | null> {
    return this.db.transaction(scope, async (tx) => {
      await tx.repo(IncidentEntity).get({ id: incidentId }, 'Incident');
      const [postmortem] = await tx.repo(PostmortemEntity).find({ incidentId });
      return postmortem ? this.view(tx, postmortem) : null;
    });
  }

  byId(scope: Scope, id: string): Promise<PostmortemView> {
    return this.db.transaction(scope, async (tx) =>
      this.view(tx, await tx.repo(PostmortemEntity).get({ id }, 'Postmortem')),
    );
  }

  /** A DRAFT for the incident, its impact pre-filled from what was recorded. One per incident. */
  start(scope: Scope, input: StartPostmortemInput): Promise<PostmortemView> {
    return this.db.transaction(scope, async (tx) => {
      const now = this.clock();
      const incident = await tx.repo(IncidentEntity).get({ id: input.incidentId }, 'Incident');
      if ((await tx.repo(PostmortemEntity).count({ incidentId: incident.id })) > 0) {
        throw new DomainError('CONFLICT', 'This incident already has a postmortem');
      }
      const postmortem = await tx.repo(PostmortemEntity).insert({
        id: randomUUID(),
        incidentId: incident.id,
        state: 'DRAFT',
        impact: await this.prefilledImpact(tx, incident, input.sloBreached ?? null, now),
        contributingFactors: [],
        createdAt: now,
        updatedAt: now,
        publishedAt: null,
      });
      return this.changed(tx, postmortem, 'postmortem.start', 'POSTMORTEM_STARTED');
    });
  }

  /** Edits the impact text and the contributing factors; a published postmortem is final. */
  update(scope: Scope, input: UpdatePostmortemInput): Promise<PostmortemView> {
    return this.db.transaction(scope, async (tx) => {
      const postmortem = await tx
        .repo(PostmortemEntity)
        .get({ id: input.postmortemId }, 'Postmortem');
      if (postmortem.state === 'PUBLISHED') {
        throw new DomainError('CONFLICT', 'A published postmortem cannot be edited');
      }
      const factors = input.contributingFactors?.map((f) => ({
        description: f.description.trim(),
        category: f.category,
      }));
      if (factors) {
        const problems = categoryProblems(factors, await this.categoryKeys(tx));
        if (problems.length > 0) throw DomainError.validation(problems);
      }
      const patch = {
        impact: input.impact?.trim() ?? postmortem.impact,
        contributingFactors: factors ?? postmortem.contributingFactors,
        updatedAt: this.clock(),
      };
      await tx.repo(PostmortemEntity).update({ id: postmortem.id }, patch);
      return this.changed(
        tx,
        { ...postmortem, ...patch },
        'postmortem.update',
        'POSTMORTEM_UPDATED',
      );
    });
  }

  /**
   * DRAFT → IN_REVIEW → PUBLISHED (or back to DRAFT from review). Publishing needs every section
   * and is for the commander or an admin; it is refused with the whole list of what is missing.
   */
  transition(scope: Scope, postmortemId: string, to: PostmortemState): Promise<PostmortemView> {
    return this.db.transaction(scope, async (tx) => {
      const postmortem = await tx.repo(PostmortemEntity).get({ id: postmortemId }, 'Postmortem');
      assertPostmortemTransition(postmortem.state, to);
      const now = this.clock();
      if (to === 'PUBLISHED') {
        assertRole(scope.role, ['COMMANDER']);
        // What completeness needs, not the whole view (that is assembled once, after the change).
        const events = await tx
          .repo(TimelineEventEntity)
          .find({ incidentId: postmortem.incidentId });
        assertPublishable(
          {
            impact: postmortem.impact,
            contributingFactors: postmortem.contributingFactors,
            actionItemCount: await tx.repo(ActionItemEntity).count({ postmortemId: postmortem.id }),
            timelineEventCount: timelineView(events, false).length,
          },
          [...(await this.categoryKeys(tx))],
        );
      }
      const patch = { state: to, updatedAt: now, publishedAt: to === 'PUBLISHED' ? now : null };
      await tx.repo(PostmortemEntity).update({ id: postmortem.id }, patch);
      return this.changed(
        tx,
        { ...postmortem, ...patch },
        `postmortem.${to.toLowerCase()}`,
        `POSTMORTEM_${to}`,
      );
    });
  }

  categories(scope: Scope): Promise<FactorCategoryEntity[]> {
    return this.db.transaction(scope, (tx) =>
      tx.repo(FactorCategoryEntity).find({}, { order: { position: 'ASC', key: 'ASC' } }),
    );
  }

  /** Adds a category to the taxonomy, or renames and redescribes one. */
  saveCategory(scope: Scope, input: FactorCategoryInput): Promise<FactorCategoryEntity> {
    return this.db.transaction(scope, async (tx) => {
      const categories = tx.repo(FactorCategoryEntity);
      const [before] = await categories.find({ key: input.key });
      const values = { name: input.name.trim(), description: input.description.trim() };
      const after = before
        ? { ...before, ...values }
        : await categories.insert({
            key: input.key,
            ...values,
            position: (await categories.count()) + 1,
          });
      if (before) await categories.update({ key: input.key }, values);
      await tx.audit({
        action: before ? 'factor_category.update' : 'factor_category.create',
        targetType: 'FactorCategory',
        targetId: input.key,
        ...(before ? { before: { name: before.name, description: before.description } } : {}),
        after: values,
      });
      return after;
    });
  }

  /** Removes a category no postmortem uses. */
  removeCategory(scope: Scope, key: string): Promise<FactorCategoryEntity> {
    return this.db.transaction(scope, async (tx) => {
      const category = await tx.repo(FactorCategoryEntity).get({ key }, 'Factor category');
      const [used] = await tx.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM postmortems WHERE contributing_factors @> $1::jsonb`,
        [JSON.stringify([{ category: key }])],
      );
      const n = used?.n ?? 0;
      if (n > 0) {
        throw new DomainError('CONFLICT', `Category ${key} is used by ${n} postmortem(s)`);
      }
      await tx.repo(FactorCategoryEntity).delete({ key });
      await tx.audit({
        action: 'factor_category.remove',
        targetType: 'FactorCategory',
        targetId: key,
      });
      return category;
    });
  }

  private async categoryKeys(tx: TenantTx): Promise<Set<string>> {
    return new Set((await tx.repo(FactorCategoryEntity).find({})).map((c) => c.key));
  }

  private async prefilledImpact(
    tx: TenantTx,
    incident: IncidentEntity,
    sloBreached: boolean | null,
    now: Date,
  ): Promise<string> {
    const links = await tx.repo(IncidentComponentEntity).find({ incidentId: incident.id });
    const components = links.length
      ? await tx.repo(ComponentEntity).find({ id: In(links.map((l) => l.componentId)) })
      : [];
    const events = await tx
      .repo(TimelineEventEntity)
      .find({ incidentId: incident.id }, { order: { seq: 'ASC' } });
    const communication = incidentCommunication(await contractHistory(tx), incident, events, now);
    // Impact lasts until mitigation (or resolution); while neither happened, until now.
    const end = incident.mitigatedAt ?? incident.resolvedAt ?? now;
    return impactSummary({
      durationMinutes: incident.impactStartedAt
        ? Math.round((end.getTime() - incident.impactStartedAt.getTime()) / 60_000)
        : null,
      components: components.map((c) => c.name).sort(),
      usersAffectedPct: incident.impact.usersAffectedPct ?? null,
      sloBreached,
      communicationBreaches: communication.breaches.length,
    });
  }

  /** Audit record and event of a change, and the postmortem as it now reads. */
  private async changed(
    tx: TenantTx,
    postmortem: PostmortemEntity,
    action: string,
    type: string,
  ): Promise<PostmortemView> {
    await tx.audit({
      action,
      targetType: 'Postmortem',
      targetId: postmortem.id,
      after: {
        state: postmortem.state,
        impact: postmortem.impact,
        contributingFactors: postmortem.contributingFactors,
      },
    });
    await emitIncidentRecordEvent(tx, postmortem.incidentId, type, {
      postmortem: { id: postmortem.id, state: postmortem.state },
    });
    return this.view(tx, postmortem);
  }

  async view(tx: TenantTx, postmortem: PostmortemEntity): Promise<PostmortemView> {
    const incident = await tx.repo(IncidentEntity).get({ id: postmortem.incidentId }, 'Incident');
    const events = await tx
      .repo(TimelineEventEntity)
      .find({ incidentId: incident.id }, { order: { seq: 'ASC' } });
    const timeline = timelineView(events, false).map((e) => ({
      at: e.occurredAt,
      kind: e.kind,
      text: timelineLine(e.kind, e.payload as Record<string, unknown>),
      highlight: isDecisionPoint(e.kind),
    }));
    const categories = await tx.repo(FactorCategoryEntity).find({});
    const names = new Map(categories.map((c) => [c.key, c.name]));
    const factors = postmortem.contributingFactors.map((f) => ({
      ...f,
      categoryName: names.get(f.category) ?? f.category,
    }));
    const actionItems = prioritise(
      await tx.repo(ActionItemEntity).find({ postmortemId: postmortem.id }),
    );
    const members = await tx.repo(MemberEntity).find({});
    const memberNames = members.map((m) => m.name);
    const findings = [
      ...blamelessFindings(postmortem.impact, memberNames).map((f) => ({
        ...f,
        section: 'impact',
      })),
      ...factors.flatMap((f, i) =>
        blamelessFindings(f.description, memberNames).map((x) => ({
          ...x,
          section: `contributingFactors.${i}`,
        })),
      ),
    ];
    const missing = missingParts(
      {
        impact: postmortem.impact,
        contributingFactors: postmortem.contributingFactors,
        actionItemCount: actionItems.length,
        timelineEventCount: timeline.length,
      },
      categories.map((c) => c.key),
    );
    const contract = inForce(await contractHistory(tx), incident.declaredAt).get(incident.severity);
    const owners = new Map(members.map((m) => [m.id, m.name]));
    const markdown = postmortemMarkdown({
      incidentNumber: incident.number,
      title: incident.title,
      severity: incident.severity,
      state: postmortem.state,
      impact: postmortem.impact,
      timeline,
      contributingFactors: factors.map((f) => ({
        description: f.description,
        categoryName: f.categoryName,
      })),
      actionItems: actionItems.map((a) => ({
        title: a.title,
        owner: owners.get(a.ownerId) ?? 'former member',
        team: a.team,
        dueAt: a.dueAt,
        criterion: criterionText(a.criterion),
        kind: a.kind,
        state: a.state,
        trackerUrl: a.jiraUrl ?? a.trackerUrl,
      })),
      publishedAt: postmortem.publishedAt,
    });
    return {
      postmortem,
      incident,
      required: contract?.postmortemRequired ?? false,
      timeline,
      factors,
      actionItems,
      findings,
      missing,
      markdown,
    };
  }
}
