import type { TenantTx } from '../../db/tenant-tx.js';
import { IncidentComponentEntity } from '../incident/incident-component.entity.js';
import { incidentView } from '../incident/incident-view.js';
import { IncidentEntity } from '../incident/incident.entity.js';

/**
 * Puts a postmortem or action-item change on the incident's event stream (the outbox, written
 * with the change), carrying the incident as every incident event does.
 */
export async function emitIncidentRecordEvent(
  tx: TenantTx,
  incidentId: string,
  type: string,
  record: { postmortem?: object; actionItem?: object },
): Promise<void> {
  const incident = await tx.repo(IncidentEntity).get({ id: incidentId }, 'Incident');
  const links = await tx.repo(IncidentComponentEntity).find({ incidentId });
  tx.emit({
    type,
    incidentId,
    payload: {
      incident: incidentView(
        incident,
        links.map((l) => l.componentId),
      ),
      ...record,
    },
  });
}
