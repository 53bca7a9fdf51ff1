import type { ComponentStatus } from '@keepwatch/domain';
import type { TenantTx } from '../../db/tenant-tx.js';
import { recordComponentStatus } from '../component/component.service.js';
import { ComponentEntity } from '../component/component.entity.js';

/** Sets the public status of components (the incident's audit record covers the change). */
export async function setComponentStatuses(
  tx: TenantTx,
  statuses: { componentId: string; status: ComponentStatus }[],
): Promise<void> {
  const components = tx.repo(ComponentEntity);
  for (const { componentId, status } of statuses) {
    const component = await components.get({ id: componentId }, 'Component');
    if (component.status === status) continue;
    const now = new Date();
    await components.update({ id: componentId }, { status, updatedAt: now });
    await recordComponentStatus(tx, componentId, status, now);
  }
}
