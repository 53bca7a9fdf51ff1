import { randomUUID } from 'node:crypto';
import {
  assertActionItem,
  assertActionTransition,
  assertUnderCap,
  assertVerification,
  DomainError,
  isOpen,
  isOverdue,
  prioritise,
  type ActionItemState,
  type FieldProblem,
} from '@keepwatch/domain';
import { In } from 'typeorm';
import type { Database } from '../../db/database.js';
import type { Scope } from '../../db/scope.js';
import type { TenantTx } from '../../db/tenant-tx.js';
import { MemberEntity } from '../access/member.entity.js';
import { emitIncidentRecordEvent } from '../postmortem/postmortem-records.js';
import { PostmortemEntity } from '../postmortem/postmortem.entity.js';
import { ActionItemEntity, JiraSettingsEntity } from './action-item.entity.js';
import type { ActionItemFilter, CreateActionItemInput } from './action-item.input.js';
import type { JiraSync } from './jira-sync.js';

/** The team's open items, taken under a lock per tenant and team so two creations cannot both fit. */
export async function openItemsOfTeam(tx: TenantTx, team: string): Promise<ActionItemEntity[]> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${tx.tenantId}/team/${team}`]);
  return tx
    .repo(ActionItemEntity)
    .find({ team, state: In(['OPEN', 'IN_PROGRESS']) }, { order: { createdAt: 'ASC' } });
}

/** Audit record and event of an action-item change. */
export async function actionItemChanged(
  tx: TenantTx,
  item: ActionItemEntity,
  action: string,
  type: string,
): Promise<void> {
  await tx.audit({
    action,
    targetType: 'ActionItem',
    targetId: item.id,
    after: { title: item.title, state: item.state, team: item.team, ownerId: item.ownerId },
  });
  const postmortem = await tx.repo(PostmortemEntity).get({ id: item.postmortemId }, 'Postmortem');
  await emitIncidentRecordEvent(tx, postmortem.incidentId, type, {
    actionItem: { id: item.id, title: item.title, state: item.state, team: item.team },
  });
}

async function isMember(tx: TenantTx, id: string): Promise<boolean> {
  return (await tx.repo(MemberEntity).count({ id })) > 0;
}

const notMember = (field: string): FieldProblem => ({
  field,
  rule: 'member',
  message: `${field} must be a member of this tenant`,
});

export class ActionItemService {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
    private readonly jira: JiraSync,
  ) {}

  /** The time rules are judged at (overdue). */
  now(): Date {
    return this.clock();
  }

  /** Action items, class-of-failure first, then by due date. */
  list(scope: Scope, filter: ActionItemFilter = {}): Promise<ActionItemEntity[]> {
    return this.db.transaction(scope, async (tx) => {
      const items = await tx.repo(ActionItemEntity).find({
        ...(filter.team ? { team: filter.team } : {}),
        ...(filter.state ? { state: filter.state } : {}),
        ...(filter.postmortemId ? { postmortemId: filter.postmortemId } : {}),
      });
      const now = this.clock();
      return prioritise(filter.overdue ? items.filter((i) => isOverdue(i, now)) : items);
    });
  }

  get(scope: Scope, id: string): Promise<ActionItemEntity> {
    return this.db.transaction(scope, (tx) => tx.repo(ActionItemEntity).get({ id }, 'Action item'));
  }

  /**
   * A follow-up of a postmortem, with exactly one acceptance criterion; refused with OVER_CAP when
   * the team already has its cap of open actions. Goes to Jira after commit when one is set up.
   */
  async create(scope: Scope, input: CreateActionItemInput): Promise<ActionItemEntity> {
    const item = await this.db.transaction(scope, async (tx) => {
      const now = this.clock();
      const postmortem = await tx
        .repo(PostmortemEntity)
        .get({ id: input.postmortemId }, 'Postmortem');
      const team = input.team.trim();
      const problems: FieldProblem[] = [];
      try {
        assertActionItem({ ...input, team }, now);
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'VALIDATION_FAILED') throw error;
        problems.push(...error.problems);
      }
      if (!(await isMember(tx, input.ownerId))) problems.push(notMember('ownerId'));
      if (problems.length > 0) throw DomainError.validation(problems);
      assertUnderCap(team, (await tx.tenant()).openActionCap, await openItemsOfTeam(tx, team));
      const [criterion] = input.acceptanceCriteria;
      const jira = await tx.repo(JiraSettingsEntity).count();
      const row = await tx.repo(ActionItemEntity).insert({
        id: randomUUID(),
        postmortemId: postmortem.id,
        title: input.title.trim(),
        ownerId: input.ownerId,
        team,
        dueAt: input.dueAt,
        criterion: {
          signal: criterion!.signal.trim(),
          comparator: criterion!.comparator,
          target: criterion!.target,
          unit: criterion!.unit?.trim() ?? '',
          windowMinutes: criterion!.windowMinutes,
        },
        kind: input.kind,
        sloName: input.slo?.name.trim() ?? null,
        sloBudgetBurnedPct: input.slo?.budgetBurnedPct ?? null,
        trackerUrl: input.trackerUrl ?? null,
        state: 'OPEN',
        evidence: null,
        verifiedBy: null,
        verifiedAt: null,
        jiraKey: null,
        jiraUrl: null,
        jiraSync: jira > 0 ? 'PENDING' : 'NOT_CONFIGURED',
        jiraError: null,
        jiraAttempts: 0,
        jiraSyncedAt: null,
        jiraNextAttemptAt: jira > 0 ? now : null,
        createdAt: now,
        updatedAt: now,
      });
      await actionItemChanged(tx, row, 'action_item.create', 'ACTION_ITEM_CREATED');
      return row;
    });
    if (item.jiraSync === 'PENDING') this.jira.soon(scope.tenantId, item.id);
    return item;
  }

  /** Moves an item along OPEN → IN_PROGRESS → DONE (or reopens it, within the cap). */
  async setState(scope: Scope, id: string, to: ActionItemState): Promise<ActionItemEntity> {
    if (to === 'VERIFIED') {
      throw new DomainError('CONFLICT', 'Verification needs evidence: use verifyActionItem');
    }
    const item = await this.db.transaction(scope, async (tx) => {
      const item = await tx.repo(ActionItemEntity).get({ id }, 'Action item');
      assertActionTransition(item.state, to);
      if (!isOpen(item.state) && isOpen(to)) {
        const cap = (await tx.tenant()).openActionCap;
        assertUnderCap(item.team, cap, await openItemsOfTeam(tx, item.team));
      }
      return this.save(tx, item, { state: to }, 'action_item.set_state');
    });
    if (item.jiraSync === 'PENDING') this.jira.soon(scope.tenantId, item.id);
    return item;
  }

  /** DONE → VERIFIED, with evidence that the criterion holds and the member who checked it. */
  async verify(
    scope: Scope,
    input: { id: string; evidence: string; verifiedById: string },
  ): Promise<ActionItemEntity> {
    const item = await this.db.transaction(scope, async (tx) => {
      const item = await tx.repo(ActionItemEntity).get({ id: input.id }, 'Action item');
      assertActionTransition(item.state, 'VERIFIED');
      assertVerification(input.evidence);
      if (!(await isMember(tx, input.verifiedById))) {
        throw DomainError.validation([notMember('verifiedById')]);
      }
      return this.save(
        tx,
        item,
        {
          state: 'VERIFIED',
          evidence: input.evidence.trim(),
          verifiedBy: input.verifiedById,
          verifiedAt: this.clock(),
        },
        'action_item.verify',
      );
    });
    if (item.jiraSync === 'PENDING') this.jira.soon(scope.tenantId, item.id);
    return item;
  }

  /** Saves a change (marking a Jira-linked item for sync), with its audit record and event. */
  private async save(
    tx: TenantTx,
    item: ActionItemEntity,
    patch: Partial<ActionItemEntity>,
    action: string,
  ): Promise<ActionItemEntity> {
    const now = this.clock();
    const sync =
      item.jiraSync === 'NOT_CONFIGURED'
        ? {}
        : { jiraSync: 'PENDING' as const, jiraNextAttemptAt: now };
    const full = { ...patch, ...sync, updatedAt: now };
    await tx.repo(ActionItemEntity).update({ id: item.id }, full);
    const after = { ...item, ...full };
    await actionItemChanged(tx, after, action, 'ACTION_ITEM_UPDATED');
    return after;
  }
}
