import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../../test/support/api.js';
import {
  DECLARE,
  INCIDENT_FIELDS,
  makeComponent,
  makeIncident,
} from '../../../../test/support/incidents.js';

const TRANSITION = `mutation($input: TransitionIncidentInput!) { transitionIncident(input: $input) { ${INCIDENT_FIELDS} } }`;
const SEVERITY = `mutation($input: ChangeSeverityInput!) { changeSeverity(input: $input) { ${INCIDENT_FIELDS} } }`;
const ASSIGN = `mutation($input: AssignRoleInput!) { assignRole(input: $input) { ${INCIDENT_FIELDS} } }`;
const TIMES = `mutation($input: SetIncidentTimesInput!) { setIncidentTimes(input: $input) { ${INCIDENT_FIELDS} impactStartedAt } }`;
const TIMELINE = `query($id: ID!) { incident(id: $id) { timeline { seq kind details visibility } } }`;

let api: TestApi;
let acme: TestTenant;
let globex: TestTenant;
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const code = (res: { body: { errors?: { extensions: { code: string } }[] } }) =>
  res.body.errors?.[0]?.extensions.code;

beforeAll(async () => {
  api = await startTestApi();
  [acme, globex] = await Promise.all([makeTenant(api), makeTenant(api)]);
});
afterAll(() => api.close());

async function counts(tenant: TestTenant) {
  const res = await api.gql(
    '{ incidents(first: 100) { nodes { id } } auditLog(first: 1) { id } }',
    {},
    tenant.admin,
  );
  return {
    incidents: res.body.data.incidents.nodes.length,
    lastAudit: res.body.data.auditLog[0]?.id,
  };
}

describe('declareIncident', () => {
  it('declares with real times, numbers per tenant, components, and DETECTION + DECLARATION events', async () => {
    const checkout = await makeComponent(api, acme, 'Checkout');
    const responder = await acme.token('RESPONDER');
    const res = await api.gql(
      DECLARE,
      {
        input: {
          title: 'Payments failing',
          severity: 'SEV1',
          componentIds: [checkout],
          componentStatus: 'MAJOR_OUTAGE',
          impact: { usersAffectedPct: 60, criticalJourneyBroken: true },
          impactStartedAt: minutesAgo(30),
          detectedAt: minutesAgo(20),
        },
      },
      responder,
    );
    expect(res.body.errors).toBeUndefined();
    const incident = res.body.data.declareIncident;
    expect(incident).toMatchObject({
      state: 'INVESTIGATING',
      severity: 'SEV1',
      componentIds: [checkout],
    });
    expect(incident.number).toBeGreaterThanOrEqual(1);
    const timeline = await api.gql(TIMELINE, { id: incident.id }, responder);
    expect(timeline.body.data.incident.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'DETECTION',
      'DECLARATION',
    ]);
    const components = await api.gql('{ components { id status } }', {}, responder);
    expect(components.body.data.components).toContainEqual({
      id: checkout,
      status: 'MAJOR_OUTAGE',
    });
  });

  it('refuses a VIEWER', async () => {
    const viewer = await acme.token('VIEWER');
    const res = await api.gql(
      DECLARE,
      { input: { title: 'x', severity: 'SEV3', impact: {} } },
      viewer,
    );
    expect(code(res)).toBe('FORBIDDEN');
  });

  it('names the field for times out of order or in the future, an unknown severity, and writes nothing', async () => {
    const before = await counts(acme);
    const cases = [
      [{ impactStartedAt: minutesAgo(5), detectedAt: minutesAgo(10) }, 'detectedAt', 'order'],
      [{ detectedAt: new Date(Date.now() + 3_600_000).toISOString() }, 'detectedAt', 'notInFuture'],
      [{ severity: 'SEV9' }, 'severity', 'exists'],
      [{ title: ' ' }, 'title', 'matches'],
    ] as const;
    for (const [input, field, rule] of cases) {
      const res = await api.gql(
        DECLARE,
        { input: { title: 'T', severity: 'SEV2', impact: {}, ...input } },
        acme.admin,
      );
      expect(code(res), JSON.stringify(input)).toBe('VALIDATION_FAILED');
      expect(res.body.errors[0].extensions.problems).toContainEqual(
        expect.objectContaining({ field, rule }),
      );
    }
    expect(await counts(acme)).toEqual(before);
  });

  it("answers NOT_FOUND for another tenant's component", async () => {
    const theirs = await makeComponent(api, globex, 'Theirs');
    const res = await api.gql(
      DECLARE,
      { input: { title: 'T', severity: 'SEV2', impact: {}, componentIds: [theirs] } },
      acme.admin,
    );
    expect(res.body.errors[0]).toMatchObject({
      message: 'Component not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});

describe('transitionIncident', () => {
  it('follows the lifecycle, stamps mitigation and resolution, and restores components', async () => {
    const api1 = await makeComponent(api, acme, 'API gateway');
    const id = await makeIncident(api, acme, {
      componentIds: [api1],
      componentStatus: 'PARTIAL_OUTAGE',
    });
    const identified = await api.gql(
      TRANSITION,
      { input: { incidentId: id, to: 'IDENTIFIED' } },
      acme.admin,
    );
    expect(identified.body.data.transitionIncident).toMatchObject({
      state: 'IDENTIFIED',
      mitigatedAt: null,
    });
    const monitoring = await api.gql(
      TRANSITION,
      { input: { incidentId: id, to: 'MONITORING', at: minutesAgo(1) } },
      acme.admin,
    );
    expect(monitoring.body.data.transitionIncident.mitigatedAt).not.toBeNull();
    const resolved = await api.gql(
      TRANSITION,
      { input: { incidentId: id, to: 'RESOLVED' } },
      acme.admin,
    );
    expect(resolved.body.data.transitionIncident.resolvedAt).not.toBeNull();
    const components = await api.gql('{ components { id status } }', {}, acme.admin);
    expect(components.body.data.components).toContainEqual({ id: api1, status: 'OPERATIONAL' });

    const again = await api.gql(
      TRANSITION,
      { input: { incidentId: id, to: 'INVESTIGATING' } },
      acme.admin,
    );
    expect(again.body.errors[0]).toMatchObject({
      message: 'Cannot move an incident from RESOLVED to INVESTIGATING',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('lets exactly one of two racing responders win', async () => {
    const id = await makeIncident(api, acme);
    const [a, b] = await Promise.all(
      [1, 2].map(() =>
        api.gql(TRANSITION, { input: { incidentId: id, to: 'IDENTIFIED' } }, acme.admin),
      ),
    );
    expect([code(a!), code(b!)].sort()).toEqual(['CONFLICT', undefined].sort());
    const timeline = await api.gql(TIMELINE, { id }, acme.admin);
    expect(
      timeline.body.data.incident.timeline.filter(
        (e: { kind: string }) => e.kind === 'STATE_CHANGE',
      ),
    ).toHaveLength(1);
  });

  it('answers NOT_FOUND for another tenant, a random or a malformed id, and VIEWER is FORBIDDEN', async () => {
    const theirs = await makeIncident(api, globex);
    for (const incidentId of [theirs, randomUUID(), 'nope']) {
      const res = await api.gql(
        TRANSITION,
        { input: { incidentId, to: 'IDENTIFIED' } },
        acme.admin,
      );
      expect(res.body.errors[0]).toMatchObject({
        message: 'Incident not found',
        extensions: { code: 'NOT_FOUND' },
      });
    }
    const viewer = await acme.token('VIEWER');
    expect(
      code(await api.gql(TRANSITION, { input: { incidentId: theirs, to: 'IDENTIFIED' } }, viewer)),
    ).toBe('FORBIDDEN');
  });
});

describe('changeSeverity and assignRole', () => {
  it('records the commander’s decisions', async () => {
    const id = await makeIncident(api, acme);
    const commander = await acme.token('COMMANDER');
    const changed = await api.gql(
      SEVERITY,
      { input: { incidentId: id, severity: 'SEV1', reason: 'Data at risk' } },
      commander,
    );
    expect(changed.body.data.changeSeverity.severity).toBe('SEV1');
    const member = await api.gql(
      'mutation($input: AddMemberInput!) { addMember(input: $input) { id } }',
      { input: { email: `${randomUUID()}@acme.io`, name: 'Grace', role: 'COMMANDER' } },
      acme.admin,
    );
    const memberId = member.body.data.addMember.id;
    const assigned = await api.gql(
      ASSIGN,
      { input: { incidentId: id, role: 'COMMANDER', memberId } },
      commander,
    );
    expect(assigned.body.data.assignRole.commanderId).toBe(memberId);
    const timeline = await api.gql(TIMELINE, { id }, commander);
    expect(timeline.body.data.incident.timeline.slice(-2)).toMatchObject([
      { kind: 'SEVERITY_CHANGE', details: { from: 'SEV2', to: 'SEV1', reason: 'Data at risk' } },
      { kind: 'ROLE_ASSIGNMENT', details: { role: 'COMMANDER', memberName: 'Grace' } },
    ]);
  });

  it('is for commanders: a RESPONDER is FORBIDDEN, naming the role', async () => {
    const id = await makeIncident(api, acme);
    const res = await api.gql(
      SEVERITY,
      { input: { incidentId: id, severity: 'SEV1', reason: 'x' } },
      await acme.token('RESPONDER'),
    );
    expect(res.body.errors[0].message).toContain('COMMANDER');
  });

  it("refuses another tenant's member and an unknown severity", async () => {
    const id = await makeIncident(api, acme);
    const theirs = await api.gql(
      'mutation($input: AddMemberInput!) { addMember(input: $input) { id } }',
      { input: { email: 'x@globex.io', name: 'X', role: 'VIEWER' } },
      globex.admin,
    );
    const assigned = await api.gql(
      ASSIGN,
      { input: { incidentId: id, role: 'COMMANDER', memberId: theirs.body.data.addMember.id } },
      acme.admin,
    );
    expect(assigned.body.errors[0].message).toBe('Member not found');
    const severity = await api.gql(
      SEVERITY,
      { input: { incidentId: id, severity: 'NOPE', reason: 'x' } },
      acme.admin,
    );
    expect(severity.body.errors[0].extensions.problems[0]).toMatchObject({
      field: 'severity',
      rule: 'exists',
    });
  });
});

describe('setIncidentTimes', () => {
  it('sets times to when things happened and refuses an order that cannot be', async () => {
    const id = await makeIncident(api, acme);
    const impactStartedAt = minutesAgo(45);
    const ok = await api.gql(TIMES, { input: { incidentId: id, impactStartedAt } }, acme.admin);
    expect(ok.body.data.setIncidentTimes.impactStartedAt).toBe(impactStartedAt);
    const bad = await api.gql(
      TIMES,
      { input: { incidentId: id, detectedAt: minutesAgo(60) } },
      acme.admin,
    );
    expect(bad.body.errors[0].extensions.problems).toContainEqual(
      expect.objectContaining({ field: 'detectedAt', rule: 'order' }),
    );
  });
});

describe('incidents query', () => {
  it('pages newest first with filters and the latest update, within the tenant only', async () => {
    const tenant = await makeTenant(api);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(await makeIncident(api, tenant, { title: `I${i}` }));
    await api.gql(
      'mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }',
      { input: { incidentId: ids[2], visibility: 'PUBLIC', body: 'Looking into it' } },
      tenant.admin,
    );
    const q = `query($after: String) { incidents(first: 2, after: $after) {
      nodes { title latestUpdate { details } } pageInfo { hasNextPage endCursor } } }`;
    const first = await api.gql(q, {}, tenant.admin);
    expect(first.body.data.incidents.nodes).toEqual([
      {
        title: 'I2',
        latestUpdate: { details: expect.objectContaining({ body: 'Looking into it' }) },
      },
      { title: 'I1', latestUpdate: null },
    ]);
    const second = await api.gql(
      q,
      { after: first.body.data.incidents.pageInfo.endCursor },
      tenant.admin,
    );
    expect(second.body.data.incidents).toEqual({
      nodes: [{ title: 'I0', latestUpdate: null }],
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
    });
    const bad = await api.gql(q, { after: 'garbage' }, tenant.admin);
    expect(bad.body.errors[0].extensions.problems[0]).toMatchObject({
      field: 'after',
      rule: 'cursor',
    });
    const open = await api.gql(
      '{ incidents(filter: { open: false }) { nodes { id } } }',
      {},
      tenant.admin,
    );
    expect(open.body.data.incidents.nodes).toEqual([]);
  });

  it('suggests a severity from impact facts', async () => {
    const res = await api.gql(
      '{ suggestSeverity(impact: { usersAffectedPct: 25 }) { key } none: suggestSeverity(impact: {}) { key } }',
      {},
      acme.admin,
    );
    expect(res.body.data).toEqual({ suggestSeverity: { key: 'SEV2' }, none: null });
  });
});
