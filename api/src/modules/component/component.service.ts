import { randomUUID } from 'node:crypto';
import type { ComponentStatus } from '@keepwatch/domain';
import type { Database } from '../../db/database.js';
import type { Scope } from '../../db/scope.js';
import type { TenantTx } from '../../db/tenant-tx.js';
import type { CreateComponentInput } from './component.input.js';
import { ComponentStatusChangeEntity } from './component-status-change.entity.js';
import { ComponentEntity } from './component.entity.js';

/** Appends to the component's status history (what uptime is computed from). */
export async function recordComponentStatus(
  tx: TenantTx,
  componentId: string,
  status: ComponentStatus,
  since: Date,
): Promise<void> {
  // The id is an identity column PostgreSQL assigns.
  await tx
    .repo(ComponentStatusChangeEntity)
    .insert({ componentId, status, since } as ComponentStatusChangeEntity);
}

/** Components in page order. */
export function listComponents(tx: TenantTx): Promise<ComponentEntity[]> {
  return tx.repo(ComponentEntity).find({}, { order: { position: 'ASC', name: 'ASC' } });
}

export class ComponentService {
  constructor(private readonly db: Database) {}

  list(scope: Scope): Promise<ComponentEntity[]> {
    return this.db.transaction(scope, listComponents);
  }

  create(scope: Scope, input: CreateComponentInput): Promise<ComponentEntity> {
    return this.db.transaction(scope, async (tx) => {
      const component = await tx.repo(ComponentEntity).insert({
        id: randomUUID(),
        name: input.name.trim(),
        description: input.description,
        groupName: input.group?.trim() ?? null,
        position: input.position,
        status: 'OPERATIONAL',
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      await recordComponentStatus(tx, component.id, component.status, component.createdAt);
      await tx.audit({
        action: 'component.create',
        targetType: 'Component',
        targetId: component.id,
        after: { name: component.name, group: component.groupName, position: component.position },
      });
      return component;
    });
  }
}
