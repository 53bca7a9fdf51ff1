import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('maintenance_windows')
export class MaintenanceWindowEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;

  @Column('timestamptz', { name: 'scheduled_for' })
  scheduledFor!: Date;

  @Column('timestamptz', { name: 'scheduled_until' })
  scheduledUntil!: Date;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

@Entity('maintenance_components')
export class MaintenanceComponentEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('uuid', { name: 'maintenance_id' })
  maintenanceId!: string;

  @PrimaryColumn('uuid', { name: 'component_id' })
  componentId!: string;
}
