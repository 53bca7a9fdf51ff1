import { Entity, PrimaryColumn } from 'typeorm';

@Entity('incident_components')
export class IncidentComponentEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('uuid', { name: 'incident_id' })
  incidentId!: string;

  @PrimaryColumn('uuid', { name: 'component_id' })
  componentId!: string;
}
