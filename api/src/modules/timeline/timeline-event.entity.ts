import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TimelineKind } from '@keepwatch/domain';

export type Visibility = 'PUBLIC' | 'INTERNAL';

@Entity('timeline_events')
export class TimelineEventEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'incident_id' })
  incidentId!: string;

  /** 1, 2, 3… per incident, in recording order. */
  @Column('integer')
  seq!: number;

  @Column('text')
  kind!: TimelineKind;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('uuid', { name: 'author_id', nullable: true })
  authorId!: string | null;

  @Column('text', { name: 'author_label' })
  authorLabel!: string;

  @Column('text')
  visibility!: Visibility;

  /** Kind-specific content (see timeline-payload.ts). */
  @Column('jsonb')
  payload!: Record<string, unknown>;

  @Column('uuid', { name: 'supersedes_id', nullable: true })
  supersedesId!: string | null;

  /** REGULATED tenants: hash of the previous event of the incident, and of this one. */
  @Column('bytea', { name: 'prev_hash', nullable: true })
  prevHash!: Buffer | null;

  @Column('bytea', { nullable: true })
  hash!: Buffer | null;
}
