import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@keepwatch/domain';

@Entity('communication_contracts')
export class CommunicationContractEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('text')
  severity!: string;

  @PrimaryColumn('integer')
  version!: number;

  @Column('text', { name: 'announcer_role' })
  announcerRole!: Role;

  @Column('text', { name: 'decision_owner_role' })
  decisionOwnerRole!: Role;

  @Column('integer', { name: 'first_public_update_minutes' })
  firstPublicUpdateMinutes!: number;

  @Column('integer', { name: 'public_cadence_minutes' })
  publicCadenceMinutes!: number;

  @Column('integer', { name: 'internal_cadence_minutes' })
  internalCadenceMinutes!: number;

  @Column('integer', { name: 'exec_summary_minutes', nullable: true })
  execSummaryMinutes!: number | null;

  @Column('boolean', { name: 'postmortem_required' })
  postmortemRequired!: boolean;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('text', { name: 'created_by' })
  createdBy!: string;
}
