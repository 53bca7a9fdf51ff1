import type { ContributingFactor, PostmortemState } from '@keepwatch/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('postmortems')
export class PostmortemEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'incident_id' })
  incidentId!: string;

  @Column('text')
  state!: PostmortemState;

  @Column('text')
  impact!: string;

  @Column('jsonb', { name: 'contributing_factors' })
  contributingFactors!: ContributingFactor[];

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;
}

@Entity('factor_categories')
export class FactorCategoryEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('text')
  key!: string;

  @Column('text')
  name!: string;

  @Column('text')
  description!: string;

  @Column('integer')
  position!: number;
}
