import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeMember,
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../../test/support/api.js';
import { makeComponent, makeIncident } from '../../../../test/support/incidents.js';

const FIELDS = `id incidentId state required impact
  timeline { at kind text highlight }
  contributingFactors { description category categoryName }
  actionItems { id title kind dueAt }
  blamelessFindings { section phrase start end why suggestion }
  missing { section message } markdown publishedAt`;
const START = `mutation($input: StartPostmortemInput!) { startPostmortem(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePostmortemInput!) { updatePostmortem(input: $input) { ${FIELDS} } }`;
const MOVE = `mutation($id: ID!, $to: PostmortemState!) { transitionPostmortem(postmortemId: $id, to: $to) { ${FIELDS} } }`;
const GET = `query($id: ID!) { postmortem(incidentId: $id) { ${FIELDS} } }`;
const ACTION = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`;

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const code = (res: { body: { errors?: { extensions: { code: string } }[] } }) =>
  res.body.errors?.[0]?.extensions.code;

let api: TestApi;
let acme: TestTenant;
let globex: TestTenant;
let owner: string;

async function gql(query: string, variables: Record<string, unknown>, token = acme.admin) {
  return api.gql(query, variables, token);
}

async function incidentWithHistory(tenant: TestTenant, severity = 'SEV1') {
  const checkout = await makeComponent(api, tenant, `Checkout ${Math.random()}`);
  const id = await makeIncident(
    api,
    tenant,
    {
      title: 'Checkout failing',
      severity,
      componentIds: [checkout],
      componentStatus: 'MAJOR_OUTAGE',
      impact: { usersAffectedPct: 30 },
      impactStartedAt: iso(-2 * HOUR),
      detectedAt: iso(-HOUR - 30 * 60_000),
    },
    tenant.admin,
  );
  const decision = await api.gql(
    `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }`,
    {
      input: {
        incidentId: id,
        question: 'Roll back the 10:00 deploy?',
        options: ['roll back', 'hotfix'],
        choice: 'roll back',
        rationale: 'fastest reversible step',
        reversible: true,
        decidedBy: 'incident commander',
      },
    },
    tenant.admin,
  );
  if (decision.body.errors) throw new Error(JSON.stringify(decision.body.errors));
  return id;
}

beforeAll(async () => {
  api = await startTestApi();
  [acme, globex] = await Promise.all([makeTenant(api), makeTenant(api)]);
  owner = await makeMember(api, acme, 'Sam Lee');
});
afterAll(() => api.close());

describe('startPostmortem', () => {
  it('starts a DRAFT with impact pre-filled from the incident and a generated timeline', async () => {
    const incidentId = await incidentWithHistory(acme);
    const res = await gql(START, { input: { incidentId, sloBreached: true } });
    expect(res.body.errors).toBeUndefined();
    const pm = res.body.data.startPostmortem;
    expect(pm).toMatchObject({ incidentId, state: 'DRAFT', required: true, publishedAt: null });
    expect(pm.impact).toMatch(/About 30% of users were affected/);
    expect(pm.impact).toMatch(/An SLO was breached/);
    expect(pm.impact).toMatch(/Affected component: Checkout/);
    expect(pm.impact).toMatch(/Impact lasted 2 h/);
    const kinds = pm.timeline.map((t: { kind: string }) => t.kind);
    expect(kinds).toEqual(['DETECTION', 'DECLARATION', 'DECISION']);
    expect(pm.timeline.find((t: { kind: string }) => t.kind === 'DECISION')).toMatchObject({
      highlight: true,
      text: expect.stringContaining('Roll back the 10:00 deploy?'),
    });
    expect(pm.missing.map((m: { section: string }) => m.section)).toEqual([
      'contributingFactors',
      'followUps',
    ]);
    expect(code(await gql(START, { input: { incidentId } }))).toBe('CONFLICT');
  });

  it('is refused for viewers, and another tenant cannot see or start it', async () => {
    const incidentId = await incidentWithHistory(acme, 'SEV3');
    const viewer = await acme.token('VIEWER');
    expect(code(await gql(START, { input: { incidentId } }, viewer))).toBe('FORBIDDEN');
    expect(code(await gql(START, { input: { incidentId } }, globex.admin))).toBe('NOT_FOUND');
    await gql(START, { input: { incidentId } });
    expect(code(await gql(GET, { id: incidentId }, globex.admin))).toBe('NOT_FOUND');
    const own = (await gql(GET, { id: incidentId }, viewer)).body.data.postmortem;
    // SEV3: the default contracts require postmortems for SEV1 and SEV2 only.
    expect(own.required).toBe(false);
  });
});

describe('updatePostmortem, blameless check and publishing', () => {
  it('warns about blaming language without rewriting it, and publishes only when complete', async () => {
    const incidentId = await incidentWithHistory(acme);
    const pm = (await gql(START, { input: { incidentId } })).body.data.startPostmortem;

    const blaming = 'Human error: Sam Lee forgot to run the migration check.';
    const edited = (
      await gql(UPDATE, {
        input: {
          postmortemId: pm.id,
          contributingFactors: [{ description: blaming, category: 'CHANGE_MANAGEMENT' }],
        },
      })
    ).body.data.updatePostmortem;
    expect(edited.contributingFactors[0]).toMatchObject({
      description: blaming,
      categoryName: expect.any(String),
    });
    const phrases = edited.blamelessFindings.map((f: { phrase: string }) => f.phrase);
    // A member named as the cause is one finding, covering the verb.
    expect(phrases).toEqual(['Human error', 'Sam Lee forgot']);
    for (const f of edited.blamelessFindings) {
      expect(f.section).toBe('contributingFactors.0');
      expect(blaming.slice(f.start, f.end)).toBe(f.phrase);
      expect(f.suggestion.length).toBeGreaterThan(10);
    }

    // Publishing needs review first, then every section: all missing parts are listed at once.
    expect(code(await gql(MOVE, { id: pm.id, to: 'PUBLISHED' }))).toBe('CONFLICT');
    await gql(MOVE, { id: pm.id, to: 'IN_REVIEW' });
    const early = await gql(MOVE, { id: pm.id, to: 'PUBLISHED' });
    expect(code(early)).toBe('CONFLICT');
    expect(early.body.errors[0].extensions.problems).toEqual([
      expect.objectContaining({ field: 'followUps' }),
    ]);

    const action = await gql(ACTION, {
      input: {
        postmortemId: pm.id,
        title: 'Gate migrations on a dry run',
        ownerId: owner,
        team: 'payments',
        dueAt: iso(14 * 24 * HOUR),
        kind: 'CLASS_OF_FAILURE',
        acceptanceCriteria: [
          {
            signal: 'migrations without dry run',
            comparator: 'EQ',
            target: 0,
            windowMinutes: 43200,
          },
        ],
      },
    });
    expect(action.body.errors).toBeUndefined();
    const responder = await acme.token('RESPONDER');
    expect(code(await gql(MOVE, { id: pm.id, to: 'PUBLISHED' }, responder))).toBe('FORBIDDEN');
    const published = (await gql(MOVE, { id: pm.id, to: 'PUBLISHED' })).body.data
      .transitionPostmortem;
    expect(published.state).toBe('PUBLISHED');
    expect(published.publishedAt).not.toBeNull();
    expect(published.missing).toEqual([]);
    expect(published.markdown).toMatch(/^# INC-\d+: Checkout failing/);
    expect(published.markdown).toContain('## Follow-ups');
    expect(published.markdown).toContain('Gate migrations on a dry run');
    expect(code(await gql(UPDATE, { input: { postmortemId: pm.id, impact: 'x' } }))).toBe(
      'CONFLICT',
    );
  });

  it('refuses an unknown factor category, naming the field, and writes nothing', async () => {
    const incidentId = await incidentWithHistory(acme);
    const pm = (await gql(START, { input: { incidentId } })).body.data.startPostmortem;
    const res = await gql(UPDATE, {
      input: {
        postmortemId: pm.id,
        impact: 'changed',
        contributingFactors: [{ description: 'Disk filled', category: 'NOT_A_CATEGORY' }],
      },
    });
    expect(code(res)).toBe('VALIDATION_FAILED');
    expect(res.body.errors[0].extensions.problems[0]).toMatchObject({
      field: 'contributingFactors.0.category',
      rule: 'unknownCategory',
    });
    const after = (await gql(GET, { id: incidentId })).body.data.postmortem;
    expect(after.impact).not.toBe('changed');
  });
});

describe('factor taxonomy', () => {
  it('starts with defaults; admins add, rename and remove unused categories', async () => {
    const list = async (token = acme.admin) =>
      (await gql('{ factorCategories { key name } }', {}, token)).body.data.factorCategories;
    expect((await list()).length).toBeGreaterThanOrEqual(6);
    const save = `mutation($input: FactorCategoryInput!) { saveFactorCategory(input: $input) { key name } }`;
    await gql(save, { input: { key: 'VENDOR', name: 'Vendor', description: 'Third parties' } });
    await gql(save, { input: { key: 'VENDOR', name: 'Vendors', description: 'Third parties' } });
    expect(await list()).toContainEqual({ key: 'VENDOR', name: 'Vendors' });
    expect((await list(globex.admin)).map((c: { key: string }) => c.key)).not.toContain('VENDOR');
    const responder = await acme.token('RESPONDER');
    expect(code(await gql(save, { input: { key: 'X', name: 'X' } }, responder))).toBe('FORBIDDEN');
    const bad = await gql(save, { input: { key: 'lower case', name: 'X' } });
    expect(bad.body.errors[0].extensions.problems[0]).toMatchObject({ field: 'key' });
    const remove = `mutation($key: String!) { removeFactorCategory(key: $key) { key } }`;
    expect(code(await gql(remove, { key: 'CHANGE_MANAGEMENT' }))).toBe('CONFLICT');
    expect((await gql(remove, { key: 'VENDOR' })).body.data.removeFactorCategory.key).toBe(
      'VENDOR',
    );
  });
});
