import {
  createKeepwatchClient,
  DeclareIncidentDocument,
  IncidentEventsDocument,
  IncidentsDocument,
  KeepwatchApiError,
  PostStatusUpdateDocument,
} from '@keepwatch/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, startTestApi, type TestApi, type TestTenant } from '../support/api.js';

/** The typed client against the real API: queries, mutations, errors and a live subscription. */
let api: TestApi;
let url: string;
let tenant: TestTenant;

beforeAll(async () => {
  api = await startTestApi();
  url = `${await api.listen()}/graphql`;
  tenant = await makeTenant(api);
});
afterAll(() => api.close());

describe('@keepwatch/client against the API', () => {
  it('declares, lists and follows an incident live', async () => {
    const client = createKeepwatchClient({ url, token: tenant.admin });
    try {
      const { declareIncident } = await client.request(DeclareIncidentDocument, {
        input: { title: 'Login loops', severity: 'SEV3', impact: { usersAffectedPct: 8 } },
      });
      const events = client.subscribe(IncidentEventsDocument, {
        incidentId: declareIncident.id,
        after: '0',
      });
      const received: string[] = [];
      const following = (async () => {
        for await (const { incidentEvents } of events) {
          received.push(`${incidentEvents.type}:${incidentEvents.incident.state}`);
          if (received.length === 2) return;
        }
      })();
      await client.request(PostStatusUpdateDocument, {
        input: {
          incidentId: declareIncident.id,
          visibility: 'PUBLIC',
          body: 'Fixed',
          state: 'RESOLVED',
        },
      });
      await following;
      expect(received).toEqual(['DECLARATION:INVESTIGATING', 'STATE_CHANGE:RESOLVED']);

      const { incidents } = await client.request(IncidentsDocument, { first: 5 });
      expect(incidents.nodes[0]).toMatchObject({
        id: declareIncident.id,
        state: 'RESOLVED',
        latestUpdate: { visibility: 'PUBLIC' },
      });
    } finally {
      await client.close();
    }
  });

  it('surfaces the API’s error code and field problems', async () => {
    const client = createKeepwatchClient({ url, token: tenant.admin });
    const failure = await client
      .request(DeclareIncidentDocument, { input: { title: ' ', severity: 'SEV3', impact: {} } })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(KeepwatchApiError);
    expect(failure).toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [expect.objectContaining({ field: 'title' })],
    });
  });
});
