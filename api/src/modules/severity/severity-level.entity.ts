import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SeverityCriteria } from '@keepwatch/domain';

@Entity('severity_levels')
export class SeverityLevelEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('text')
  key!: string;

  @Column('integer')
  rank!: number;

  @Column('text')
  name!: string;

  @Column('text')
  description!: string;

  @Column('jsonb')
  criteria!: SeverityCriteria;
}
