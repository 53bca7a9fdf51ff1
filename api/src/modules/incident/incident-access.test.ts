import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../../test/support/api.js';
import { makeIncident } from '../../../../test/support/incidents.js';

/**
 * Every incident mutation against the two access rules: a role that may not → FORBIDDEN, and
 * another tenant's incident → NOT_FOUND (the answer a random id gets), with nothing written.
 */
let api: TestApi;
let acme: TestTenant;
let globex: TestTenant;
let theirs: string;
let theirEvent: string;

beforeAll(async () => {
  api = await startTestApi();
  [acme, globex] = await Promise.all([makeTenant(api), makeTenant(api)]);
  theirs = await makeIncident(api, globex);
  const t = await api.gql(
    'query($id: ID!) { incident(id: $id) { timeline { id } } }',
    { id: theirs },
    globex.admin,
  );
  theirEvent = t.body.data.incident.timeline[0].id;
});
afterAll(() => api.close());

const mutations: {
  name: string;
  input: string;
  forbidden: 'VIEWER' | 'RESPONDER';
  body: (id: string) => object;
}[] = [
  {
    name: 'transitionIncident',
    input: 'TransitionIncidentInput',
    forbidden: 'VIEWER',
    body: (id) => ({ incidentId: id, to: 'IDENTIFIED' }),
  },
  {
    name: 'changeSeverity',
    input: 'ChangeSeverityInput',
    forbidden: 'RESPONDER',
    body: (id) => ({ incidentId: id, severity: 'SEV1', reason: 'x' }),
  },
  {
    name: 'assignRole',
    input: 'AssignRoleInput',
    forbidden: 'RESPONDER',
    body: (id) => ({ incidentId: id, role: 'COMMANDER', memberId: crypto.randomUUID() }),
  },
  {
    name: 'setIncidentTimes',
    input: 'SetIncidentTimesInput',
    forbidden: 'VIEWER',
    body: (id) => ({ incidentId: id, detectedAt: new Date().toISOString() }),
  },
  {
    name: 'recordDecision',
    input: 'RecordDecisionInput',
    forbidden: 'RESPONDER',
    body: (id) => ({
      incidentId: id,
      question: 'q',
      options: ['a'],
      choice: 'a',
      rationale: 'r',
      reversible: true,
      decidedBy: 'me',
    }),
  },
  {
    name: 'recordMitigation',
    input: 'RecordMitigationInput',
    forbidden: 'VIEWER',
    body: (id) => ({ incidentId: id, type: 'SCALE', description: 'x', reversible: true }),
  },
  {
    name: 'recordChange',
    input: 'RecordChangeInput',
    forbidden: 'VIEWER',
    body: (id) => ({ incidentId: id, description: 'deploy' }),
  },
  {
    name: 'addTimelineNote',
    input: 'AddNoteInput',
    forbidden: 'VIEWER',
    body: (id) => ({ incidentId: id, body: 'x' }),
  },
  {
    name: 'postStatusUpdate',
    input: 'PostStatusUpdateInput',
    forbidden: 'VIEWER',
    body: (id) => ({ incidentId: id, visibility: 'INTERNAL', body: 'x' }),
  },
];

describe.each(mutations)('$name', ({ name, input, forbidden, body }) => {
  const doc = `mutation($input: ${input}!) { ${name}(input: $input) { id } }`;

  it(`refuses ${forbidden}`, async () => {
    const id = await makeIncident(api, acme);
    const res = await api.gql(doc, { input: body(id) }, await acme.token(forbidden));
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it("answers NOT_FOUND for another tenant's incident and leaves it untouched", async () => {
    const res = await api.gql(doc, { input: body(theirs) }, acme.admin);
    expect(res.body.errors[0]).toMatchObject({
      message: 'Incident not found',
      extensions: { code: 'NOT_FOUND' },
    });
    const t = await api.gql(
      'query($id: ID!) { incident(id: $id) { state severity timeline { id } } }',
      { id: theirs },
      globex.admin,
    );
    expect(t.body.data.incident).toMatchObject({
      state: 'INVESTIGATING',
      severity: 'SEV2',
      timeline: [{ id: theirEvent }],
    });
  });
});

describe('correctTimelineEvent', () => {
  const doc =
    'mutation($input: CorrectTimelineEventInput!) { correctTimelineEvent(input: $input) { id } }';

  it("answers NOT_FOUND for another tenant's event, and refuses a VIEWER", async () => {
    const res = await api.gql(
      doc,
      { input: { eventId: theirEvent, reason: 'x', correction: 'y' } },
      acme.admin,
    );
    expect(res.body.errors[0]).toMatchObject({
      message: 'Timeline event not found',
      extensions: { code: 'NOT_FOUND' },
    });
    const viewer = await api.gql(
      doc,
      { input: { eventId: theirEvent, reason: 'x', correction: 'y' } },
      await acme.token('VIEWER'),
    );
    expect(viewer.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it("never shows another tenant's incident through the queries", async () => {
    for (const q of [
      'query($id: ID!) { incident(id: $id) { id } }',
      'query($id: ID!) { verifyTimeline(incidentId: $id) { valid } }',
    ]) {
      const res = await api.gql(q, { id: theirs }, acme.admin);
      expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
    }
    const list = await api.gql('{ incidents(first: 100) { nodes { id } } }', {}, acme.admin);
    expect(list.body.data.incidents.nodes.map((n: { id: string }) => n.id)).not.toContain(theirs);
  });
});
