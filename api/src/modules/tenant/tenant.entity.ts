import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { RiskProfile } from '@keepwatch/domain';

@Entity('tenants')
export class TenantEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  slug!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'risk_profile' })
  riskProfile!: RiskProfile;

  @Column('boolean', { name: 'status_page_public' })
  statusPagePublic!: boolean;

  @Column('text', { name: 'status_page_host', nullable: true })
  statusPageHost!: string | null;

  @Column('text', { name: 'time_zone' })
  timeZone!: string;

  @Column('integer', { name: 'open_action_cap' })
  openActionCap!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
