import {
  assertTransition,
  assertValid,
  timestampProblems,
  type IncidentState,
} from '@keepwatch/domain';
import type { TenantTx } from '../../db/tenant-tx.js';
import { setComponentStatuses } from './component-status.js';
import type { IncidentChange } from './incident-change.js';

/**
 * Moves the incident to `to` at `at`, with what comes with it: MONITORING and RESOLVED mark it
 * mitigated (if not already), RESOLVED marks it resolved and puts components that no other open
 * incident affects back to OPERATIONAL. Appends the STATE_CHANGE event.
 */
export async function applyTransition(
  tx: TenantTx,
  change: IncidentChange,
  to: IncidentState,
  at: Date,
  note: string | null,
): Promise<void> {
  const { incident } = change;
  const from = incident.state;
  assertTransition(from, to);
  incident.state = to;
  if (to === 'MONITORING' || to === 'RESOLVED') incident.mitigatedAt ??= at;
  if (to === 'RESOLVED') {
    incident.resolvedAt = at;
    await restoreComponents(tx, incident.id, change.componentIds);
  }
  assertValid(timestampProblems(incident, new Date()));
  await change.append({ kind: 'STATE_CHANGE', occurredAt: at, details: { from, to, note } });
}

async function restoreComponents(
  tx: TenantTx,
  incidentId: string,
  componentIds: string[],
): Promise<void> {
  if (componentIds.length === 0) return;
  const stillAffected: { component_id: string }[] = await tx.query(
    `SELECT DISTINCT ic.component_id FROM incident_components ic
       JOIN incidents i ON i.tenant_id = ic.tenant_id AND i.id = ic.incident_id
      WHERE ic.component_id = ANY($1::uuid[]) AND i.id <> $2 AND i.state <> 'RESOLVED'`,
    [componentIds, incidentId],
  );
  const busy = new Set(stillAffected.map((r) => r.component_id));
  await setComponentStatuses(
    tx,
    componentIds
      .filter((id) => !busy.has(id))
      .map((componentId) => ({ componentId, status: 'OPERATIONAL' as const })),
  );
}
