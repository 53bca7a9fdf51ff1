import type { ComponentStatus } from '@keepwatch/domain';
import type { TenantTx } from '../../db/tenant-tx.js';
import { ComponentEntity } from '../component/component.entity.js';

/** Sets the public status of components (the incident's audit record covers the change). */
export async function setComponentStatuses(
  tx: TenantTx,
  statuses: { componentId: string; status: ComponentStatus }[],
): Promise<void> {
  const components = tx.repo(ComponentEntity);
  for (const { componentId, status } of statuses) {
    await components.get({ id: componentId }, 'Component');
    await components.update({ id: componentId }, { status, updatedAt: new Date() });
  }
}
