import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database.js';
import type { Scope } from '../../db/scope.js';
import type { TenantTx } from '../../db/tenant-tx.js';
import type { CreateComponentInput } from './component.input.js';
import { ComponentEntity } from './component.entity.js';

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
