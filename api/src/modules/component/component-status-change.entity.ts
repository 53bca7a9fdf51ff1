import type { ComponentStatus } from '@keepwatch/domain';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** Every status a component has had, from when it was listed: the source of uptime history. */
@Entity('component_status_changes')
export class ComponentStatusChangeEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('uuid', { name: 'component_id' })
  componentId!: string;

  @Column('text')
  status!: ComponentStatus;

  @Column('timestamptz')
  since!: Date;
}
