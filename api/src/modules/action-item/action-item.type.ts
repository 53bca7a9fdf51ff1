import {
  criterionText,
  isOverdue,
  type ActionItemKind,
  type ActionItemState,
  type Comparator,
} from '@keepwatch/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  ActionItemKindEnum,
  ActionItemStateEnum,
  ComparatorEnum,
  JiraSyncStateEnum,
} from '../../graphql/enums.js';
import type { ActionItemEntity, JiraSettingsEntity, JiraSyncState } from './action-item.entity.js';

@ObjectType({ description: 'The one measurable criterion that says an action item worked.' })
export class AcceptanceCriterion {
  @Field(() => String, { description: 'What is measured.' })
  signal!: string;

  @Field(() => ComparatorEnum, { description: 'How it compares with the target.' })
  comparator!: Comparator;

  @Field(() => Float, { description: 'The target.' })
  target!: number;

  @Field(() => String, { description: 'Unit of the target (may be empty).' })
  unit!: string;

  @Field(() => Int, { description: 'Over how long it must hold, in minutes.' })
  windowMinutes!: number;

  @Field(() => String, {
    description: 'In words, e.g. "p99 checkout latency < 300 ms over 7 days".',
  })
  text!: string;
}

@ObjectType({ description: 'The SLO an action item protects.' })
export class SloContext {
  @Field(() => String, { description: 'Name of the SLO.' })
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Share of its error budget burned, in %.' })
  budgetBurnedPct!: number | null;
}

@ObjectType({ description: "An action item's Jira issue and sync state." })
export class JiraLink {
  @Field(() => JiraSyncStateEnum, { description: 'Where the sync stands.' })
  sync!: JiraSyncState;

  @Field(() => String, { nullable: true, description: 'Issue key, e.g. OPS-42.' })
  key!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the issue.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the last sync failed.' })
  error!: string | null;

  @Field(() => Int, { description: 'Failed attempts since the last success.' })
  attempts!: number;

  @Field(() => Date, { nullable: true, description: 'Last successful sync.' })
  syncedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the next automatic attempt is due.' })
  nextAttemptAt!: Date | null;
}

@ObjectType({ description: 'A follow-up of a postmortem that must change behaviour.' })
export class ActionItem {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => ID, { description: 'The postmortem it follows up.' })
  postmortemId!: string;

  @Field(() => String, { description: 'What will be done.' })
  title!: string;

  @Field(() => ID, { description: 'The member who owns it.' })
  ownerId!: string;

  @Field(() => String, { description: 'The team that does it.' })
  team!: string;

  @Field(() => Date, { description: 'When it is due.' })
  dueAt!: Date;

  @Field(() => Boolean, { description: 'Open (OPEN or IN_PROGRESS) and past its due date.' })
  overdue!: boolean;

  @Field(() => AcceptanceCriterion, { description: 'Its one acceptance criterion.' })
  acceptanceCriterion!: AcceptanceCriterion;

  @Field(() => ActionItemKindEnum, { description: 'Class of failure, or one-off defect.' })
  kind!: ActionItemKind;

  @Field(() => SloContext, { nullable: true, description: 'The SLO it protects.' })
  slo!: SloContext | null;

  @Field(() => String, { nullable: true, description: 'Where the work is tracked.' })
  trackerUrl!: string | null;

  @Field(() => ActionItemStateEnum, { description: 'Where it is.' })
  state!: ActionItemState;

  @Field(() => String, { nullable: true, description: 'Evidence that the criterion holds.' })
  evidence!: string | null;

  @Field(() => ID, { nullable: true, description: 'The member who verified it.' })
  verifiedById!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was verified.' })
  verifiedAt!: Date | null;

  @Field(() => JiraLink, { description: 'Its Jira issue and sync state.' })
  jira!: JiraLink;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'Last change.' })
  updatedAt!: Date;

  static from(e: ActionItemEntity, now: Date): ActionItem {
    return Object.assign(new ActionItem(), {
      id: e.id,
      postmortemId: e.postmortemId,
      title: e.title,
      ownerId: e.ownerId,
      team: e.team,
      dueAt: e.dueAt,
      overdue: isOverdue(e, now),
      acceptanceCriterion: { ...e.criterion, text: criterionText(e.criterion) },
      kind: e.kind,
      slo: e.sloName === null ? null : { name: e.sloName, budgetBurnedPct: e.sloBudgetBurnedPct },
      trackerUrl: e.trackerUrl,
      state: e.state,
      evidence: e.evidence,
      verifiedById: e.verifiedBy,
      verifiedAt: e.verifiedAt,
      jira: {
        sync: e.jiraSync,
        key: e.jiraKey,
        url: e.jiraUrl,
        error: e.jiraError,
        attempts: e.jiraAttempts,
        syncedAt: e.jiraSyncedAt,
        nextAttemptAt: e.jiraNextAttemptAt,
      },
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
  }
}

@ObjectType({ description: "The tenant's Jira site (its API token is never returned)." })
export class JiraSettings {
  @Field(() => String, { description: 'Site URL.' })
  baseUrl!: string;

  @Field(() => String, { description: 'Account e-mail.' })
  email!: string;

  @Field(() => String, { description: 'Project key.' })
  projectKey!: string;

  @Field(() => String, { description: 'Epic issues are created under.' })
  epicKey!: string;

  @Field(() => Date, { description: 'Last change.' })
  updatedAt!: Date;

  static from(e: JiraSettingsEntity): JiraSettings {
    return Object.assign(new JiraSettings(), {
      baseUrl: e.baseUrl,
      email: e.email,
      projectKey: e.projectKey,
      epicKey: e.epicKey,
      updatedAt: e.updatedAt,
    });
  }
}
