import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../../test/support/api.js';
import { makeComponent, makeIncident } from '../../../../test/support/incidents.js';

const DECISION = 'mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }';
const MITIGATION =
  'mutation($input: RecordMitigationInput!) { recordMitigation(input: $input) { id } }';
const CHANGE = 'mutation($input: RecordChangeInput!) { recordChange(input: $input) { id } }';
const NOTE = 'mutation($input: AddNoteInput!) { addTimelineNote(input: $input) { id } }';
const UPDATE =
  'mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id state componentIds } }';
const CORRECT =
  'mutation($input: CorrectTimelineEventInput!) { correctTimelineEvent(input: $input) { id } }';
const TIMELINE = `query($id: ID!, $all: Boolean!) { incident(id: $id) {
  timeline(includeSuperseded: $all) { id seq kind details visibility supersedesId occurredAt } } }`;
const VERIFY =
  'query($id: ID!) { verifyTimeline(incidentId: $id) { chained valid checkedEvents firstInvalidEventId firstInvalidSeq } }';

let api: TestApi;
let acme: TestTenant;
let globex: TestTenant;
const code = (res: { body: { errors?: { extensions: { code: string } }[] } }) =>
  res.body.errors?.[0]?.extensions.code;

beforeAll(async () => {
  api = await startTestApi();
  [acme, globex] = await Promise.all([makeTenant(api), makeTenant(api)]);
});
afterAll(() => api.close());

async function timeline(id: string, all = false, token = acme.admin) {
  const res = await api.gql(TIMELINE, { id, all }, token);
  return res.body.data.incident.timeline as {
    id: string;
    kind: string;
    details: Record<string, unknown>;
    seq: number;
  }[];
}

const decision = (incidentId: string) => ({
  incidentId,
  question: 'Roll back 4.2 or hotfix?',
  options: ['roll back', 'hotfix'],
  choice: 'hotfix',
  rationale: 'The migration in 4.2 cannot be reversed',
  reversible: false,
  decidedBy: 'Grace',
});

describe('decisions and mitigations', () => {
  it('requires a recorded decision before a hotfix on a SEV1/SEV2, and accepts it with one', async () => {
    const id = await makeIncident(api, acme, { severity: 'SEV1' });
    const hotfix = {
      incidentId: id,
      type: 'HOTFIX',
      description: 'Patch the parser',
      reversible: false,
    };
    const refused = await api.gql(MITIGATION, { input: hotfix }, acme.admin);
    expect(refused.body.errors[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [{ field: 'decisionId', rule: 'decisionRequired' }],
    });
    const commander = await acme.token('COMMANDER');
    await api.gql(DECISION, { input: decision(id) }, commander);
    const decisionId = (await timeline(id)).find((e) => e.kind === 'DECISION')!.id;
    const accepted = await api.gql(
      MITIGATION,
      { input: { ...hotfix, decisionId } },
      await acme.token('RESPONDER'),
    );
    expect(accepted.body.errors).toBeUndefined();
    expect((await timeline(id)).at(-1)).toMatchObject({
      kind: 'MITIGATION',
      details: { type: 'HOTFIX', decisionId },
    });
  });

  it('lets a bounded experiment through without a decision, and any mitigation on a SEV3', async () => {
    const sev1 = await makeIncident(api, acme, { severity: 'SEV1' });
    const flag = {
      incidentId: sev1,
      type: 'FEATURE_FLAG',
      description: 'Disable new search',
      reversible: true,
      timeBoxMinutes: 30,
      revertPlan: 'Flip it back',
    };
    expect((await api.gql(MITIGATION, { input: flag }, acme.admin)).body.errors).toBeUndefined();
    const sev3 = await makeIncident(api, acme, { severity: 'SEV3' });
    const hotfix = { incidentId: sev3, type: 'HOTFIX', description: 'x', reversible: false };
    expect((await api.gql(MITIGATION, { input: hotfix }, acme.admin)).body.errors).toBeUndefined();
  });

  it('keeps decisions for the commander, and refuses a decision of another incident', async () => {
    const id = await makeIncident(api, acme, { severity: 'SEV2' });
    expect(
      code(await api.gql(DECISION, { input: decision(id) }, await acme.token('RESPONDER'))),
    ).toBe('FORBIDDEN');
    const other = await makeIncident(api, acme);
    await api.gql(DECISION, { input: decision(other) }, acme.admin);
    const foreign = (await timeline(other)).find((e) => e.kind === 'DECISION')!.id;
    const res = await api.gql(
      MITIGATION,
      {
        input: {
          incidentId: id,
          type: 'ROLLBACK',
          description: 'x',
          reversible: false,
          decisionId: foreign,
        },
      },
      acme.admin,
    );
    expect(res.body.errors[0]).toMatchObject({
      message: 'Decision not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('names bad fields: empty options, time box out of range, a future time', async () => {
    const id = await makeIncident(api, acme);
    const bad = await api.gql(DECISION, { input: { ...decision(id), options: [] } }, acme.admin);
    expect(bad.body.errors[0].extensions.problems[0]).toMatchObject({ field: 'options' });
    const box = await api.gql(
      MITIGATION,
      {
        input: {
          incidentId: id,
          type: 'SCALE',
          description: 'x',
          reversible: true,
          timeBoxMinutes: 0,
        },
      },
      acme.admin,
    );
    expect(box.body.errors[0].extensions.problems[0]).toMatchObject({
      field: 'timeBoxMinutes',
      rule: 'min',
    });
    const future = await api.gql(
      NOTE,
      {
        input: {
          incidentId: id,
          body: 'x',
          occurredAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      },
      acme.admin,
    );
    expect(future.body.errors[0].extensions.problems[0]).toMatchObject({
      field: 'occurredAt',
      rule: 'notInFuture',
    });
  });
});

describe('status updates', () => {
  it('posts a public update that moves the state and the component statuses', async () => {
    const search = await makeComponent(api, acme, 'Search');
    const id = await makeIncident(api, acme);
    const comms = await acme.token('COMMUNICATIONS');
    const res = await api.gql(
      UPDATE,
      {
        input: {
          incidentId: id,
          visibility: 'PUBLIC',
          body: 'Fix deployed',
          state: 'MONITORING',
          componentStatuses: [{ componentId: search, status: 'DEGRADED_PERFORMANCE' }],
        },
      },
      comms,
    );
    expect(res.body.data.postStatusUpdate).toMatchObject({
      state: 'MONITORING',
      componentIds: [search],
    });
    expect((await timeline(id)).slice(-2)).toMatchObject([
      { kind: 'STATE_CHANGE', details: { from: 'INVESTIGATING', to: 'MONITORING' } },
      {
        kind: 'STATUS_UPDATE',
        visibility: 'PUBLIC',
        details: { body: 'Fix deployed', state: 'MONITORING' },
      },
    ]);
    const components = await api.gql('{ components { id status } }', {}, comms);
    expect(components.body.data.components).toContainEqual({
      id: search,
      status: 'DEGRADED_PERFORMANCE',
    });
  });

  it('lets responders post internal updates only', async () => {
    const id = await makeIncident(api, acme);
    const responder = await acme.token('RESPONDER');
    expect(
      (
        await api.gql(
          UPDATE,
          { input: { incidentId: id, visibility: 'INTERNAL', body: 'DB failover started' } },
          responder,
        )
      ).body.errors,
    ).toBeUndefined();
    const pub = await api.gql(
      UPDATE,
      { input: { incidentId: id, visibility: 'PUBLIC', body: 'x' } },
      responder,
    );
    expect(pub.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(pub.body.errors[0].message).toContain('COMMUNICATIONS');
  });

  it("answers NOT_FOUND for another tenant's incident or component, writing nothing", async () => {
    const theirs = await makeIncident(api, globex);
    expect(
      code(await api.gql(NOTE, { input: { incidentId: theirs, body: 'x' } }, acme.admin)),
    ).toBe('NOT_FOUND');
    const theirComponent = await makeComponent(api, globex, 'Theirs');
    const mine = await makeIncident(api, acme);
    const before = (await timeline(mine)).length;
    const res = await api.gql(
      UPDATE,
      {
        input: {
          incidentId: mine,
          visibility: 'INTERNAL',
          body: 'x',
          componentStatuses: [{ componentId: theirComponent, status: 'MAJOR_OUTAGE' }],
        },
      },
      acme.admin,
    );
    expect(res.body.errors[0].message).toBe('Component not found');
    expect((await timeline(mine)).length).toBe(before);
    expect((await timeline(theirs, false, globex.admin)).length).toBe(1);
  });
});

describe('corrections and replay', () => {
  it('supersedes an event without deleting it, and replays the same timeline every time', async () => {
    const id = await makeIncident(api, acme);
    await api.gql(
      CHANGE,
      { input: { incidentId: id, description: 'Deploy 4.2', reference: 'deploy-981' } },
      acme.admin,
    );
    const wrong = (await timeline(id)).at(-1)!;
    await api.gql(
      CORRECT,
      { input: { eventId: wrong.id, reason: 'Wrong deploy', correction: 'It was deploy-982' } },
      acme.admin,
    );
    const shown = await timeline(id);
    expect(shown.map((e) => e.kind)).toEqual(['DECLARATION', 'CORRECTION']);
    const full = await timeline(id, true);
    expect(full.map((e) => e.kind)).toEqual(['DECLARATION', 'CHANGE', 'CORRECTION']);
    expect(full[2]).toMatchObject({ supersedesId: wrong.id, details: { reason: 'Wrong deploy' } });
    expect(await timeline(id, true)).toEqual(full);
    const missing = await api.gql(
      CORRECT,
      { input: { eventId: crypto.randomUUID(), reason: 'x', correction: 'y' } },
      acme.admin,
    );
    expect(code(missing)).toBe('NOT_FOUND');
  });

  it('is append-only for the application role', async () => {
    const app = new pg.Client({ connectionString: inject('databaseUrl') });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [acme.id]);
      await expect(app.query(`UPDATE timeline_events SET payload = '{}'`)).rejects.toThrow(
        /permission denied/,
      );
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
  });
});

describe('hash chain (REGULATED tenants)', () => {
  it('verifies an intact chain and names the first tampered event', async () => {
    const bank = await makeTenant(api, { riskProfile: 'REGULATED' });
    const id = await makeIncident(api, bank, {
      detectedAt: new Date(Date.now() - 60_000).toISOString(),
    });
    for (const body of ['a', 'b', 'c'])
      await api.gql(NOTE, { input: { incidentId: id, body } }, bank.admin);
    expect((await api.gql(VERIFY, { id }, bank.admin)).body.data.verifyTimeline).toEqual({
      chained: true,
      valid: true,
      checkedEvents: 5,
      firstInvalidEventId: null,
      firstInvalidSeq: null,
    });

    const owner = new pg.Client({ connectionString: inject('superuserUrl') });
    await owner.connect();
    try {
      const { rows } = await owner.query(
        `UPDATE timeline_events SET payload = '{"body":"edited"}' WHERE tenant_id = $1 AND incident_id = $2 AND seq = 4 RETURNING id`,
        [bank.id, id],
      );
      const res = await api.gql(VERIFY, { id }, bank.admin);
      expect(res.body.data.verifyTimeline).toEqual({
        chained: true,
        valid: false,
        checkedEvents: 4,
        firstInvalidEventId: rows[0].id,
        firstInvalidSeq: 4,
      });
    } finally {
      await owner.end();
    }
  });

  it('says when a tenant keeps no chain', async () => {
    const id = await makeIncident(api, acme);
    expect((await api.gql(VERIFY, { id }, acme.admin)).body.data.verifyTimeline).toMatchObject({
      chained: false,
      valid: null,
    });
  });
});
