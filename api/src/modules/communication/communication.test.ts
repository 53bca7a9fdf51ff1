import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../../test/support/api.js';
import { makeIncident } from '../../../../test/support/incidents.js';

const UPDATE = `mutation($input: UpdateCommunicationContractInput!) {
  updateCommunicationContract(input: $input) { severity version announcerRole firstPublicUpdateMinutes }
}`;
const POST = 'mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }';
const COMMUNICATION = `query($id: ID!) { incident(id: $id) { communication {
  contractVersion timeToCommunicateSeconds
  nextPublicUpdate { dueAt overdue overdueBySeconds }
  nextInternalUpdate { dueAt overdue }
  execSummary { dueAt overdue }
  breaches { promise dueAt keptAt lateBySeconds open }
} } }`;

// The API judges promises at this clock; the tests move it instead of sleeping.
let offsetMinutes = 0;
const clock = () => new Date(Date.now() + offsetMinutes * 60_000);

let api: TestApi;
let shop: TestTenant;

beforeAll(async () => {
  api = await startTestApi({}, { clock });
  shop = await makeTenant(api, { riskProfile: 'CONSUMER' });
});
afterAll(() => api.close());

const terms = (severity: string, over: Record<string, unknown> = {}) => ({
  severity,
  announcerRole: 'COMMUNICATIONS',
  decisionOwnerRole: 'COMMANDER',
  firstPublicUpdateMinutes: 10,
  publicCadenceMinutes: 30,
  internalCadenceMinutes: 15,
  ...over,
});

async function communication(tenant: TestTenant, id: string) {
  const res = await api.gql(COMMUNICATION, { id }, tenant.admin);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data.incident.communication;
}

describe('contract presets', () => {
  it('gives each tenant its risk profile’s contracts', async () => {
    const bank = await makeTenant(api, { riskProfile: 'REGULATED' });
    const q =
      '{ communicationContracts { severity version firstPublicUpdateMinutes execSummaryMinutes } }';
    const consumer = (await api.gql(q, {}, shop.admin)).body.data.communicationContracts;
    expect(consumer[0]).toEqual({
      severity: 'SEV1',
      version: 1,
      firstPublicUpdateMinutes: 10,
      execSummaryMinutes: null,
    });
    const regulated = (await api.gql(q, {}, bank.admin)).body.data.communicationContracts;
    expect(
      regulated.slice(0, 3).map((c: { execSummaryMinutes: number | null }) => c.execSummaryMinutes),
    ).toEqual([60, 120, null]);
  });

  it('re-applies the preset as new versions', async () => {
    const t = await makeTenant(api, { riskProfile: 'STANDARD' });
    const res = await api.gql('mutation { applyContractPreset { severity version } }', {}, t.admin);
    expect(res.body.data.applyContractPreset.map((c: { version: number }) => c.version)).toEqual([
      2, 2, 2, 2,
    ]);
  });
});

describe('updateCommunicationContract', () => {
  it('versions edits; an incident keeps the version in force when it was declared', async () => {
    const t = await makeTenant(api, { riskProfile: 'CONSUMER' });
    const before = await makeIncident(api, t, { severity: 'SEV1' });
    const edited = await api.gql(
      UPDATE,
      { input: terms('SEV1', { firstPublicUpdateMinutes: 45 }) },
      t.admin,
    );
    expect(edited.body.data.updateCommunicationContract).toMatchObject({
      version: 2,
      firstPublicUpdateMinutes: 45,
    });
    const after = await makeIncident(api, t, { severity: 'SEV1' });

    const old = await communication(t, before);
    const fresh = await communication(t, after);
    expect(old.contractVersion).toBe(1);
    expect(fresh.contractVersion).toBe(2);
    const minutesAfterDeclaration = async (
      id: string,
      c: { nextPublicUpdate: { dueAt: string } },
    ) => {
      const i = await api.gql(
        'query($id: ID!) { incident(id: $id) { declaredAt } }',
        { id },
        t.admin,
      );
      return Math.round(
        (Date.parse(c.nextPublicUpdate.dueAt) - Date.parse(i.body.data.incident.declaredAt)) /
          60_000,
      );
    };
    expect(await minutesAfterDeclaration(before, old)).toBe(10);
    expect(await minutesAfterDeclaration(after, fresh)).toBe(45);
    const history = await api.gql(
      '{ communicationContractHistory(severity: "SEV1") { version } }',
      {},
      t.admin,
    );
    expect(history.body.data.communicationContractHistory).toEqual([
      { version: 2 },
      { version: 1 },
    ]);
  });

  it('names each bad field: durations, absurd lengths, unknown roles; writes nothing', async () => {
    const res = await api.gql(
      UPDATE,
      {
        input: terms('SEV2', {
          firstPublicUpdateMinutes: 0,
          publicCadenceMinutes: 20_000,
          announcerRole: 'INTERN',
        }),
      },
      shop.admin,
    );
    expect(res.body.errors[0].extensions.code).toBe('VALIDATION_FAILED');
    expect(
      res.body.errors[0].extensions.problems.map(
        (p: { field: string; rule: string }) => `${p.field}:${p.rule}`,
      ),
    ).toEqual(['announcerRole:isRole', 'firstPublicUpdateMinutes:min', 'publicCadenceMinutes:max']);
    const history = await api.gql(
      '{ communicationContractHistory(severity: "SEV2") { version } }',
      {},
      shop.admin,
    );
    expect(history.body.data.communicationContractHistory).toEqual([{ version: 1 }]);
  });

  it('is ADMIN only, and an unknown severity is NOT_FOUND', async () => {
    const commander = await shop.token('COMMANDER');
    expect(
      (await api.gql(UPDATE, { input: terms('SEV1') }, commander)).body.errors[0].extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await api.gql(UPDATE, { input: terms('SEV9') }, shop.admin)).body.errors[0].extensions.code,
    ).toBe('NOT_FOUND');
  });
});

describe('roles from the contract', () => {
  it('lets only the announcing role post publicly, and only the decision owner decide', async () => {
    const t = await makeTenant(api, { riskProfile: 'CONSUMER' });
    await api.gql(
      UPDATE,
      { input: terms('SEV2', { announcerRole: 'COMMANDER', decisionOwnerRole: 'RESPONDER' }) },
      t.admin,
    );
    const id = await makeIncident(api, t, { severity: 'SEV2' });
    const comms = await t.token('COMMUNICATIONS');
    const refused = await api.gql(
      POST,
      { input: { incidentId: id, visibility: 'PUBLIC', body: 'x' } },
      comms,
    );
    expect(refused.body.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(refused.body.errors[0].message).toContain('COMMANDER');
    const commander = await t.token('COMMANDER');
    expect(
      (
        await api.gql(
          POST,
          { input: { incidentId: id, visibility: 'PUBLIC', body: 'x' } },
          commander,
        )
      ).body.errors,
    ).toBeUndefined();

    const decision = {
      incidentId: id,
      question: 'Fail over?',
      options: ['yes', 'no'],
      choice: 'yes',
      rationale: 'Primary is degraded',
      reversible: true,
      decidedBy: 'Ada',
    };
    const DECIDE =
      'mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }';
    expect(
      (await api.gql(DECIDE, { input: decision }, commander)).body.errors[0].message,
    ).toContain('RESPONDER');
    expect(
      (await api.gql(DECIDE, { input: decision }, await t.token('RESPONDER'))).body.errors,
    ).toBeUndefined();
  });
});

describe('promises of an incident', () => {
  it('shows the next update due, then an honest overdue, then a breach kept after resolution', async () => {
    offsetMinutes = 0;
    const detectedAt = new Date(Date.now() - 4 * 60_000).toISOString();
    const id = await makeIncident(api, shop, { severity: 'SEV1', detectedAt });
    const fresh = await communication(shop, id);
    expect(fresh.nextPublicUpdate).toMatchObject({ overdue: false, overdueBySeconds: 0 });
    expect(fresh.breaches).toEqual([]);

    offsetMinutes = 17; // first public update was due after 10 minutes
    const late = await communication(shop, id);
    expect(late.nextPublicUpdate.overdue).toBe(true);
    expect(late.nextPublicUpdate.overdueBySeconds).toBeGreaterThanOrEqual(6 * 60);
    expect(late.breaches).toContainEqual(
      expect.objectContaining({ promise: 'PUBLIC_UPDATE', keptAt: null, open: true }),
    );

    offsetMinutes = 0;
    await api.gql(
      POST,
      { input: { incidentId: id, visibility: 'PUBLIC', body: 'Investigating', state: 'RESOLVED' } },
      shop.admin,
    );
    const resolved = await communication(shop, id);
    expect(resolved.nextPublicUpdate).toEqual({ dueAt: null, overdue: false, overdueBySeconds: 0 });
    expect(resolved.timeToCommunicateSeconds).toBeGreaterThanOrEqual(4 * 60 - 5);
    offsetMinutes = 0;
  });

  it('shows the public the promise and an honest overdue, and nothing internal', async () => {
    offsetMinutes = 0;
    const t = await makeTenant(api, { riskProfile: 'CONSUMER' });
    const id = await makeIncident(api, t, { severity: 'SEV1', title: 'Login fails' });
    await api.gql(
      POST,
      { input: { incidentId: id, visibility: 'INTERNAL', body: 'secret detail' } },
      t.admin,
    );
    const PAGE = `query($s: String!) { statusPage(slug: $s) { incidents {
      title state nextUpdateDueAt updateOverdueBySeconds updates { body } } } }`;
    const fresh = (await api.gql(PAGE, { s: t.slug })).body.data.statusPage.incidents;
    expect(fresh).toEqual([
      {
        title: 'Login fails',
        state: 'INVESTIGATING',
        nextUpdateDueAt: expect.any(String),
        updateOverdueBySeconds: 0,
        updates: [],
      },
    ]);
    offsetMinutes = 17;
    const late = (await api.gql(PAGE, { s: t.slug })).body.data.statusPage.incidents[0];
    expect(late.updateOverdueBySeconds).toBeGreaterThanOrEqual(6 * 60);
    expect(JSON.stringify(late)).not.toContain('secret detail');
    offsetMinutes = 0;
  });

  it('requires and then counts an executive summary for REGULATED SEV1', async () => {
    const bank = await makeTenant(api, { riskProfile: 'REGULATED' });
    const id = await makeIncident(api, bank, { severity: 'SEV1' });
    expect((await communication(bank, id)).execSummary.dueAt).not.toBeNull();
    const SUMMARY =
      'mutation($input: PostExecutiveSummaryInput!) { postExecutiveSummary(input: $input) { id } }';
    const responder = await bank.token('RESPONDER');
    expect(
      (await api.gql(SUMMARY, { input: { incidentId: id, body: 'x' } }, responder)).body.errors[0]
        .extensions.code,
    ).toBe('FORBIDDEN');
    await api.gql(
      SUMMARY,
      { input: { incidentId: id, body: 'Payments degraded for 8 % of users.' } },
      bank.admin,
    );
    expect((await communication(bank, id)).execSummary).toEqual({ dueAt: null, overdue: false });
  });
});
