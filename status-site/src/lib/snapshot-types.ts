import type { PublicIncidentFieldsFragment, StatusPageQuery } from '@keepwatch/client';

export type {
  ComponentStatus,
  IncidentState,
  MaintenanceState,
  PublicImpact,
} from '@keepwatch/client';

/** A tenant's public status page as the API serves it (all times ISO 8601 at UTC). */
export type SnapshotPage = NonNullable<StatusPageQuery['statusPage']>;
export type SnapshotComponent = SnapshotPage['components'][number];
export type SnapshotIncident = PublicIncidentFieldsFragment;
export type SnapshotUpdate = SnapshotIncident['updates'][number];
export type SnapshotMaintenance = SnapshotPage['maintenances'][number];
export type SnapshotUptime = SnapshotPage['uptime'][number];
