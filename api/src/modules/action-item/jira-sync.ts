import {
  assertActionTransition,
  assertUnderCap,
  criterionText,
  DomainError,
  isOpen,
  type ActionItemState,
} from '@keepwatch/domain';
import type { Database } from '../../db/database.js';
import type { SecretBox } from '../../secrets.js';
import type { Scope } from '../../db/scope.js';
import type { TenantTx } from '../../db/tenant-tx.js';
import { MemberEntity } from '../access/member.entity.js';
import { IncidentEntity } from '../incident/incident.entity.js';
import { PostmortemEntity } from '../postmortem/postmortem.entity.js';
import { ActionItemEntity, JiraSettingsEntity } from './action-item.entity.js';
import { actionItemChanged, openItemsOfTeam } from './action-item.service.js';
import type { ConfigureJiraInput } from './action-item.input.js';
import {
  adfDocument,
  JiraClient,
  JiraError,
  type JiraClientOptions,
  type JiraStatusCategory,
} from './jira/jira-client.js';

const SYSTEM = { kind: 'SYSTEM' as const, label: 'jira sync' };
/** Retries of a failed sync: 1 min, 2 min, 4 min … up to 1 h apart. */
const RETRY_BASE_MS = 60_000;
const RETRY_MAX_MS = 3_600_000;

const CATEGORY: Record<ActionItemState, JiraStatusCategory> = {
  OPEN: 'new',
  IN_PROGRESS: 'indeterminate',
  DONE: 'done',
  VERIFIED: 'done',
};
const STATE: Record<JiraStatusCategory, ActionItemState> = {
  new: 'OPEN',
  indeterminate: 'IN_PROGRESS',
  done: 'DONE',
};

/**
 * Keeps action items and the tenant's Jira in step. An item is created as a Jira issue under the
 * configured epic; afterwards a sync pushes Keepwatch's state when it changed since the last sync,
 * and otherwise pulls Jira's (so work moved in Jira shows here). A failure never loses the item: it
 * stays, marked FAILED with the error, and is retried with backoff (429 and 5xx after the time Jira
 * asked for) by every API process's timer, or at once on demand (`syncActionItem`). The row is
 * locked for the duration of a sync, so two processes never create the same issue twice.
 */
export class JiraSync {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
    private readonly secrets: SecretBox,
    private readonly clientOptions: JiraClientOptions = {},
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** The tenant's Jira site (the API token is never read back out). */
  settings(scope: Scope): Promise<JiraSettingsEntity | null> {
    return this.db.transaction(scope, async (tx) => {
      const [settings] = await tx.repo(JiraSettingsEntity).find({});
      return settings ?? null;
    });
  }

  configure(scope: Scope, input: ConfigureJiraInput): Promise<JiraSettingsEntity> {
    return this.db.transaction(scope, async (tx) => {
      const repo = tx.repo(JiraSettingsEntity);
      const values = {
        baseUrl: input.baseUrl.replace(/\/+$/, ''),
        email: input.email.trim(),
        // Sealed under SECRETS_KEY, bound to this tenant: the database never holds it in clear.
        apiToken: this.secrets.seal(input.apiToken, tx.tenantId),
        projectKey: input.projectKey,
        epicKey: input.epicKey,
        updatedAt: this.clock(),
      };
      if ((await repo.count()) > 0) await repo.update({}, values);
      else await repo.insert(values);
      // Items made before Jira was set up go there now.
      await tx
        .repo(ActionItemEntity)
        .update(
          { jiraSync: 'NOT_CONFIGURED' },
          { jiraSync: 'PENDING', jiraNextAttemptAt: values.updatedAt },
        );
      await tx.audit({
        action: 'jira.configure',
        targetType: 'JiraSettings',
        targetId: tx.tenantId,
        after: {
          baseUrl: values.baseUrl,
          email: values.email,
          projectKey: values.projectKey,
          epicKey: values.epicKey,
        },
      });
      return { ...values, tenantId: tx.tenantId };
    });
  }

  /**
   * Syncs one item now, waiting out a rate limit or a passing failure as the client does, and
   * returns it as it stands afterwards (FAILED with the reason, if so).
   */
  sync(scope: Scope, id: string): Promise<ActionItemEntity> {
    return this.db.transaction(scope, async (tx) => {
      await tx.repo(ActionItemEntity).get({ id }, 'Action item');
      return (
        (await this.syncLocked(tx, id, this.clientOptions)) ??
        tx.repo(ActionItemEntity).get({ id }, 'Action item')
      );
    });
  }

  /** Starts a sync of a just-committed change in the background. */
  soon(tenantId: string, id: string): void {
    const work = this.background(tenantId, id)
      .catch(this.onError)
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  /** One pass of the retry timer: every item whose sync is due, each in its own transaction. */
  async tick(now: Date = this.clock()): Promise<void> {
    for (const tenantId of await this.db.tenantsWithJiraSyncDue(now)) {
      const due = await this.db.transaction({ tenantId, actor: SYSTEM, role: 'ADMIN' }, (tx) =>
        tx.query<{ id: string }>(
          `SELECT id FROM action_items
            WHERE jira_sync IN ('PENDING', 'FAILED') AND jira_next_attempt_at <= $1
            ORDER BY jira_next_attempt_at, id LIMIT 50`,
          [now],
        ),
      );
      for (const { id } of due) await this.background(tenantId, id);
    }
  }

  /**
   * A sync nobody waits for: one attempt, so a slow or rate-limiting Jira never holds a database
   * connection for long; the retry timer tries again when Jira asked (Retry-After) or after backoff.
   */
  private background(tenantId: string, id: string): Promise<ActionItemEntity | undefined> {
    return this.db.transaction({ tenantId, actor: SYSTEM, role: 'ADMIN' }, (tx) =>
      this.syncLocked(tx, id, { ...this.clientOptions, maxAttempts: 1 }),
    );
  }

  start(intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.tick()
        .catch(this.onError)
        .finally(() => (this.running = undefined));
    }, intervalMs);
    this.timer.unref();
  }

  /** Resolves once the background syncs started so far have finished. */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([this.running, ...this.pending]);
  }

  /**
   * Syncs the item under a row lock; undefined when another sync holds it (that one will do).
   */
  private async syncLocked(
    tx: TenantTx,
    id: string,
    clientOptions: JiraClientOptions,
  ): Promise<ActionItemEntity | undefined> {
    const locked = await tx.query<{ id: string }>(
      'SELECT id FROM action_items WHERE id = $1 FOR UPDATE SKIP LOCKED',
      [id],
    );
    if (locked.length === 0) return undefined;
    const item = await tx.repo(ActionItemEntity).get({ id }, 'Action item');
    const [settings] = await tx.repo(JiraSettingsEntity).find({});
    if (!settings)
      return this.record(tx, item, { jiraSync: 'NOT_CONFIGURED', jiraNextAttemptAt: null });
    const client = new JiraClient(
      { ...settings, apiToken: this.secrets.open(settings.apiToken, tx.tenantId) },
      clientOptions,
    );
    const now = this.clock();
    try {
      if (!item.jiraKey) {
        // Jira's create is not idempotent: an earlier attempt may have made the issue even though
        // its answer never arrived, so look for the item's own label first.
        const issue =
          (await client.findByLabel(itemLabel(item))) ??
          (await client.createIssue(await this.issueInput(tx, item)));
        return this.record(tx, item, { jiraKey: issue.key, jiraUrl: issue.url, ...synced(now) });
      }
      const changedHere = !item.jiraSyncedAt || item.updatedAt > item.jiraSyncedAt;
      if (changedHere) {
        await client.transitionTo(item.jiraKey, CATEGORY[item.state]);
        return this.record(tx, item, synced(now));
      }
      const remote = STATE[(await client.getIssue(item.jiraKey)).statusCategory];
      return await this.pull(tx, client, item, remote, now);
    } catch (error) {
      if (!(error instanceof JiraError) && !(error instanceof DomainError)) throw error;
      const attempts = item.jiraAttempts + 1;
      const retryable = error instanceof JiraError && error.retryable;
      // When Jira said when (Retry-After), then; otherwise 1 min, 2 min, 4 min … up to 1 h.
      const retryAfter = error instanceof JiraError ? error.retryAfterMs : undefined;
      const wait = retryAfter ?? Math.min(RETRY_BASE_MS * 2 ** (attempts - 1), RETRY_MAX_MS);
      return this.record(tx, item, {
        jiraSync: 'FAILED',
        jiraError: error.message,
        jiraAttempts: attempts,
        // A refusal (4xx) will not change on its own: it waits for a fix and an on-demand sync.
        jiraNextAttemptAt: retryable ? new Date(now.getTime() + wait) : null,
      });
    }
  }

  /** Takes Jira's state when Keepwatch's rules allow it; otherwise Keepwatch's state wins. */
  private async pull(
    tx: TenantTx,
    client: JiraClient,
    item: ActionItemEntity,
    remote: ActionItemState,
    now: Date,
  ): Promise<ActionItemEntity> {
    if (remote === item.state || (remote === 'DONE' && item.state === 'VERIFIED')) {
      return this.record(tx, item, synced(now));
    }
    try {
      assertActionTransition(item.state, remote);
    } catch {
      await client.transitionTo(item.jiraKey!, CATEGORY[item.state]);
      return this.record(tx, item, synced(now));
    }
    if (!isOpen(item.state) && isOpen(remote)) {
      assertUnderCap(
        item.team,
        (await tx.tenant()).openActionCap,
        await openItemsOfTeam(tx, item.team),
      );
    }
    const after = await this.record(tx, item, { state: remote, updatedAt: now, ...synced(now) });
    await actionItemChanged(tx, after, 'action_item.jira_pull', 'ACTION_ITEM_UPDATED');
    return after;
  }

  private async record(
    tx: TenantTx,
    item: ActionItemEntity,
    patch: Partial<ActionItemEntity>,
  ): Promise<ActionItemEntity> {
    await tx.repo(ActionItemEntity).update({ id: item.id }, patch);
    return { ...item, ...patch };
  }

  private async issueInput(tx: TenantTx, item: ActionItemEntity) {
    const postmortem = await tx.repo(PostmortemEntity).get({ id: item.postmortemId }, 'Postmortem');
    const incident = await tx.repo(IncidentEntity).get({ id: postmortem.incidentId }, 'Incident');
    const [owner] = await tx.repo(MemberEntity).find({ id: item.ownerId });
    const slo =
      item.sloName === null
        ? 'No SLO named.'
        : `${item.sloName}${item.sloBudgetBurnedPct === null ? '' : `: ${item.sloBudgetBurnedPct}% of the error budget burned`}.`;
    return {
      summary: item.title,
      description: adfDocument([
        { heading: 'Acceptance criterion' },
        criterionText(item.criterion),
        { heading: 'SLO context' },
        slo,
        { heading: 'From the postmortem' },
        `INC-${incident.number}: ${incident.title}. ${item.kind === 'CLASS_OF_FAILURE' ? 'Removes a class of failure.' : 'Fixes a one-off defect.'} Owner: ${owner?.name ?? 'unknown'}, team ${item.team}.`,
      ]),
      labels: ['keepwatch', 'postmortem', itemLabel(item)],
      dueDate: item.dueAt.toISOString().slice(0, 10),
    };
  }
}

/** The label that ties a Jira issue to its action item. */
const itemLabel = (item: ActionItemEntity) => `keepwatch-${item.id}`;

const synced = (now: Date) => ({
  jiraSync: 'SYNCED' as const,
  jiraError: null,
  jiraAttempts: 0,
  jiraSyncedAt: now,
  jiraNextAttemptAt: null,
});
