import type { AcceptanceCriterion, ActionItemKind, ActionItemState } from '@keepwatch/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where an action item stands with the tenant's Jira. */
export const JIRA_SYNC_STATES = ['NOT_CONFIGURED', 'PENDING', 'SYNCED', 'FAILED'] as const;
export type JiraSyncState = (typeof JIRA_SYNC_STATES)[number];

@Entity('action_items')
export class ActionItemEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'postmortem_id' })
  postmortemId!: string;

  @Column('text')
  title!: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  @Column('text')
  team!: string;

  @Column('timestamptz', { name: 'due_at' })
  dueAt!: Date;

  @Column('jsonb')
  criterion!: AcceptanceCriterion;

  @Column('text')
  kind!: ActionItemKind;

  @Column('text', { name: 'slo_name', nullable: true })
  sloName!: string | null;

  @Column('double precision', { name: 'slo_budget_burned_pct', nullable: true })
  sloBudgetBurnedPct!: number | null;

  @Column('text', { name: 'tracker_url', nullable: true })
  trackerUrl!: string | null;

  @Column('text')
  state!: ActionItemState;

  @Column('text', { nullable: true })
  evidence!: string | null;

  @Column('uuid', { name: 'verified_by', nullable: true })
  verifiedBy!: string | null;

  @Column('timestamptz', { name: 'verified_at', nullable: true })
  verifiedAt!: Date | null;

  @Column('text', { name: 'jira_key', nullable: true })
  jiraKey!: string | null;

  @Column('text', { name: 'jira_url', nullable: true })
  jiraUrl!: string | null;

  @Column('text', { name: 'jira_sync' })
  jiraSync!: JiraSyncState;

  @Column('text', { name: 'jira_error', nullable: true })
  jiraError!: string | null;

  @Column('integer', { name: 'jira_attempts' })
  jiraAttempts!: number;

  @Column('timestamptz', { name: 'jira_synced_at', nullable: true })
  jiraSyncedAt!: Date | null;

  @Column('timestamptz', { name: 'jira_next_attempt_at', nullable: true })
  jiraNextAttemptAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

@Entity('jira_settings')
export class JiraSettingsEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text', { name: 'base_url' })
  baseUrl!: string;

  @Column('text')
  email!: string;

  @Column('text', { name: 'api_token' })
  apiToken!: string;

  @Column('text', { name: 'project_key' })
  projectKey!: string;

  @Column('text', { name: 'epic_key' })
  epicKey!: string;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
