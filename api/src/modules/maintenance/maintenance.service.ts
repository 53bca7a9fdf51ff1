import { randomUUID } from 'node:crypto';
import {
  assertMaintenanceWindow,
  DomainError,
  maintenanceState,
  type MaintenanceState,
} from '@keepwatch/domain';
import { In, IsNull, MoreThan } from 'typeorm';
import type { Database } from '../../db/database.js';
import type { Scope } from '../../db/scope.js';
import type { TenantTx } from '../../db/tenant-tx.js';
import { ComponentEntity } from '../component/component.entity.js';
import type { ScheduleMaintenanceInput } from './maintenance.input.js';
import { Maintenance, type ComponentRef } from './maintenance.type.js';
import {
  MaintenanceComponentEntity,
  MaintenanceWindowEntity,
} from './maintenance-window.entity.js';

/** How long a finished window stays on the public page. */
const SHOWN_AFTER_END_MS = 7 * 24 * 3600_000;
const LIST_LIMIT = 100;

/** Windows with their components, in the order given. */
async function withComponents(
  tx: TenantTx,
  windows: MaintenanceWindowEntity[],
  now: Date,
): Promise<Maintenance[]> {
  if (windows.length === 0) return [];
  const links = await tx
    .repo(MaintenanceComponentEntity)
    .find({ maintenanceId: In(windows.map((w) => w.id)) });
  const components = await tx
    .repo(ComponentEntity)
    .find({ id: In([...new Set(links.map((l) => l.componentId))]) });
  const names = new Map(components.map((c) => [c.id, c.name]));
  return windows.map((w) => {
    const refs: ComponentRef[] = links
      .filter((l) => l.maintenanceId === w.id)
      .map((l) => ({ id: l.componentId, name: names.get(l.componentId) ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return Maintenance.from(w, refs, now);
  });
}

/**
 * What the public page shows: windows not cancelled that are upcoming, in progress, or ended in
 * the last 7 days, soonest start first.
 */
export async function publicMaintenances(tx: TenantTx, now: Date): Promise<Maintenance[]> {
  const windows = await tx.repo(MaintenanceWindowEntity).find(
    {
      cancelledAt: IsNull(),
      scheduledUntil: MoreThan(new Date(now.getTime() - SHOWN_AFTER_END_MS)),
    },
    { order: { scheduledFor: 'ASC', id: 'ASC' }, take: LIST_LIMIT },
  );
  return withComponents(tx, windows, now);
}

/** Ids of the components in a window in progress now. */
export function componentsInMaintenance(windows: readonly Maintenance[]): Set<string> {
  return new Set(
    windows.filter((w) => w.state === 'IN_PROGRESS').flatMap((w) => w.components.map((c) => c.id)),
  );
}

export class MaintenanceService {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
  ) {}

  /** Every window of the tenant, latest start first (up to 100). */
  list(scope: Scope): Promise<Maintenance[]> {
    return this.db.transaction(scope, async (tx) => {
      const windows = await tx
        .repo(MaintenanceWindowEntity)
        .find({}, { order: { scheduledFor: 'DESC', id: 'DESC' }, take: LIST_LIMIT });
      return withComponents(tx, windows, this.clock());
    });
  }

  schedule(scope: Scope, input: ScheduleMaintenanceInput): Promise<Maintenance> {
    return this.db.transaction(scope, async (tx) => {
      const now = this.clock();
      const title = input.title.trim();
      assertMaintenanceWindow({ ...input, title }, now);
      const componentIds = input.componentIds;
      const found = await tx.repo(ComponentEntity).count({ id: In(componentIds) });
      if (found !== componentIds.length) throw DomainError.notFound('Component');
      const window = await tx.repo(MaintenanceWindowEntity).insert({
        id: randomUUID(),
        title,
        description: input.description.trim(),
        scheduledFor: input.scheduledFor,
        scheduledUntil: input.scheduledUntil,
        completedAt: null,
        cancelledAt: null,
        createdAt: now,
        updatedAt: now,
      });
      for (const componentId of componentIds) {
        await tx.repo(MaintenanceComponentEntity).insert({ maintenanceId: window.id, componentId });
      }
      return this.changed(tx, window, 'maintenance.schedule', now);
    });
  }

  /** Ends a window in progress now, before its scheduled end. */
  complete(scope: Scope, id: string): Promise<Maintenance> {
    return this.end(scope, id, 'IN_PROGRESS', 'completedAt', 'maintenance.complete');
  }

  /** Calls off a window that has not started; it leaves the public page. */
  cancel(scope: Scope, id: string): Promise<Maintenance> {
    return this.end(scope, id, 'SCHEDULED', 'cancelledAt', 'maintenance.cancel');
  }

  private end(
    scope: Scope,
    id: string,
    from: MaintenanceState,
    field: 'completedAt' | 'cancelledAt',
    action: string,
  ): Promise<Maintenance> {
    return this.db.transaction(scope, async (tx) => {
      const now = this.clock();
      const windows = tx.repo(MaintenanceWindowEntity);
      const window = await windows.get({ id }, 'Maintenance');
      const state = maintenanceState(window, now);
      if (state !== from) {
        const verb = field === 'completedAt' ? 'completed' : 'cancelled';
        throw new DomainError(
          'CONFLICT',
          `Only a ${from} maintenance window can be ${verb}; this one is ${state}`,
        );
      }
      await windows.update({ id }, { [field]: now, updatedAt: now });
      return this.changed(tx, { ...window, [field]: now, updatedAt: now }, action, now);
    });
  }

  /** Audit record and outbox event of a change, and the window as it now reads. */
  private async changed(
    tx: TenantTx,
    window: MaintenanceWindowEntity,
    action: string,
    now: Date,
  ): Promise<Maintenance> {
    const [maintenance] = await withComponents(tx, [window], now);
    await tx.audit({
      action,
      targetType: 'Maintenance',
      targetId: window.id,
      after: {
        title: window.title,
        scheduledFor: window.scheduledFor,
        scheduledUntil: window.scheduledUntil,
        state: maintenance!.state,
        componentIds: maintenance!.components.map((c) => c.id),
      },
    });
    tx.emit({
      type: action === 'maintenance.schedule' ? 'MAINTENANCE_SCHEDULED' : 'MAINTENANCE_CHANGED',
      incidentId: null,
      payload: { maintenanceId: window.id },
    });
    return maintenance!;
  }
}
