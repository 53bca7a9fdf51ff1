import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ImpactFacts, IncidentState } from '@keepwatch/domain';

@Entity('incidents')
export class IncidentEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  /** Per-tenant, human-friendly number (INC-12). */
  @Column('integer')
  number!: number;

  @Column('text')
  title!: string;

  @Column('text')
  state!: IncidentState;

  @Column('text')
  severity!: string;

  @Column('jsonb')
  impact!: ImpactFacts;

  @Column('timestamptz', { name: 'impact_started_at', nullable: true })
  impactStartedAt!: Date | null;

  @Column('timestamptz', { name: 'detected_at', nullable: true })
  detectedAt!: Date | null;

  @Column('timestamptz', { name: 'declared_at' })
  declaredAt!: Date;

  @Column('timestamptz', { name: 'mitigated_at', nullable: true })
  mitigatedAt!: Date | null;

  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;

  @Column('uuid', { name: 'commander_id', nullable: true })
  commanderId!: string | null;

  @Column('uuid', { name: 'communications_lead_id', nullable: true })
  communicationsLeadId!: string | null;

  /** Sequence number of the newest timeline event. */
  @Column('integer', { name: 'last_seq' })
  lastSeq!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
