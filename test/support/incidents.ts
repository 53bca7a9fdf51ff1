import type { TestApi, TestTenant } from './api.js';

export const DECLARE = `mutation($input: DeclareIncidentInput!) {
  declareIncident(input: $input) {
    id number title state severity componentIds impactStartedAt detectedAt declaredAt mitigatedAt resolvedAt
  }
}`;

export const INCIDENT_FIELDS =
  'id state severity commanderId communicationsLeadId mitigatedAt resolvedAt';

/** Declares an incident through the API and returns its id (the call must succeed). */
export async function makeIncident(
  api: TestApi,
  tenant: TestTenant,
  input: Record<string, unknown> = {},
  token = tenant.admin,
): Promise<string> {
  const res = await api.gql(
    DECLARE,
    {
      input: {
        title: 'Checkout failing',
        severity: 'SEV2',
        impact: { usersAffectedPct: 30 },
        ...input,
      },
    },
    token,
  );
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data.declareIncident.id as string;
}

export async function makeComponent(
  api: TestApi,
  tenant: TestTenant,
  name: string,
): Promise<string> {
  const res = await api.gql(
    'mutation($input: CreateComponentInput!) { createComponent(input: $input) { id } }',
    { input: { name } },
    tenant.admin,
  );
  return res.body.data.createComponent.id as string;
}

/** Starts the incident's postmortem through the API and returns its id (the call must succeed). */
export async function makePostmortem(
  api: TestApi,
  tenant: TestTenant,
  incidentId: string,
): Promise<string> {
  const res = await api.gql(
    'mutation($input: StartPostmortemInput!) { startPostmortem(input: $input) { id } }',
    { input: { incidentId } },
    tenant.admin,
  );
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data.startPostmortem.id as string;
}
