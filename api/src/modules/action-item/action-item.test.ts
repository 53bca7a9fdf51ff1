import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeMember,
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../../test/support/api.js';
import { makeIncident, makePostmortem } from '../../../../test/support/incidents.js';
import { Subscriber } from '../../../../test/support/subscriber.js';

const FIELDS = `id title team state kind overdue dueAt evidence verifiedById
  acceptanceCriterion { signal comparator target unit windowMinutes text }
  slo { name budgetBurnedPct } jira { sync key }`;
const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { ${FIELDS} } }`;
const MOVE = `mutation($id: ID!, $to: ActionItemState!) { setActionItemState(id: $id, to: $to) { ${FIELDS} } }`;
const VERIFY = `mutation($id: ID!, $evidence: String!, $by: ID!) {
  verifyActionItem(id: $id, evidence: $evidence, verifiedById: $by) { ${FIELDS} } }`;
const LIST = `query($filter: ActionItemFilter) { actionItems(filter: $filter) { ${FIELDS} } }`;

const DAY = 24 * 3_600_000;
let now = new Date();
const inDays = (d: number) => new Date(now.getTime() + d * DAY).toISOString();
const code = (res: { body: { errors?: { extensions: { code: string } }[] } }) =>
  res.body.errors?.[0]?.extensions.code;
const problems = (res: { body: { errors?: { extensions: { problems?: unknown[] } }[] } }) =>
  res.body.errors?.[0]?.extensions.problems as { field: string; rule: string }[];

let api: TestApi;
let acme: TestTenant;
let globex: TestTenant;
let owner: string;
let outsider: string;
let postmortemId: string;
let incidentId: string;

const CRITERION = {
  signal: 'p99 checkout latency',
  comparator: 'LT',
  target: 300,
  unit: 'ms',
  windowMinutes: 7 * 1440,
};

function create(input: Record<string, unknown>, token = acme.admin) {
  return api.gql(
    CREATE,
    {
      input: {
        postmortemId,
        title: 'Cache the price lookup',
        ownerId: owner,
        team: 'checkout',
        dueAt: inDays(14),
        kind: 'ONE_OFF',
        acceptanceCriteria: [CRITERION],
        ...input,
      },
    },
    token,
  );
}

beforeAll(async () => {
  api = await startTestApi({}, { clock: () => now });
  [acme, globex] = await Promise.all([makeTenant(api), makeTenant(api)]);
  owner = await makeMember(api, acme, 'Ana');
  outsider = await makeMember(api, globex, 'Olu');
  incidentId = await makeIncident(api, acme);
  postmortemId = await makePostmortem(api, acme, incidentId);
});
afterAll(() => api.close());

describe('createActionItem', () => {
  it('records one measurable criterion, SLO context and starts OPEN', async () => {
    const res = await create({
      kind: 'CLASS_OF_FAILURE',
      slo: { name: 'checkout latency 99%', budgetBurnedPct: 40 },
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.createActionItem).toMatchObject({
      state: 'OPEN',
      kind: 'CLASS_OF_FAILURE',
      overdue: false,
      acceptanceCriterion: { text: 'p99 checkout latency < 300 ms over 7 days' },
      slo: { name: 'checkout latency 99%', budgetBurnedPct: 40 },
      jira: { sync: 'NOT_CONFIGURED', key: null },
    });
  });

  it('names every problem of bad input and writes nothing', async () => {
    const before = (await api.gql(LIST, {}, acme.admin)).body.data.actionItems.length;
    const none = await create({ acceptanceCriteria: [] });
    expect(problems(none)).toContainEqual(
      expect.objectContaining({ field: 'acceptanceCriteria', rule: 'exactlyOne' }),
    );
    const two = await create({ acceptanceCriteria: [CRITERION, CRITERION] });
    expect(problems(two)).toContainEqual(
      expect.objectContaining({ field: 'acceptanceCriteria', rule: 'exactlyOne' }),
    );
    const noTarget = await create({
      acceptanceCriteria: [{ ...CRITERION, target: null }],
      dueAt: inDays(-1),
      ownerId: outsider,
    });
    expect(code(noTarget)).toBe('VALIDATION_FAILED');
    expect(problems(noTarget).map((p) => `${p.field}:${p.rule}`)).toEqual(
      expect.arrayContaining([
        'acceptanceCriteria.0.target:required',
        'dueAt:future',
        'ownerId:member',
      ]),
    );
    expect((await api.gql(LIST, {}, acme.admin)).body.data.actionItems).toHaveLength(before);
  });

  it('is refused for viewers and for another tenant’s postmortem', async () => {
    expect(code(await create({}, await acme.token('VIEWER')))).toBe('FORBIDDEN');
    expect(code(await create({ ownerId: outsider }, globex.admin))).toBe('NOT_FOUND');
    expect((await api.gql(LIST, {}, globex.admin)).body.data.actionItems).toEqual([]);
  });
});

describe('the cap on open actions per team', () => {
  it('refuses creating or reopening past the cap with OVER_CAP naming the cap and the open items', async () => {
    await api.gql(
      'mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { openActionCap } }',
      { input: { openActionCap: 2 } },
      acme.admin,
    );
    const first = (await create({ team: 'search', title: 'Shard the index' })).body.data
      .createActionItem;
    await create({ team: 'search', title: 'Alert on queue depth' });
    const over = await create({ team: 'search', title: 'Third thing' });
    expect(code(over)).toBe('OVER_CAP');
    expect(over.body.errors[0].message).toContain('cap 2');
    expect(over.body.errors[0].message).toContain('Shard the index');
    expect(over.body.errors[0].message).toContain('Alert on queue depth');
    // Another team is not affected.
    expect((await create({ team: 'billing' })).body.errors).toBeUndefined();

    await api.gql(MOVE, { id: first.id, to: 'DONE' }, acme.admin);
    expect((await create({ team: 'search', title: 'Third thing' })).body.errors).toBeUndefined();
    const reopen = await api.gql(MOVE, { id: first.id, to: 'OPEN' }, acme.admin);
    expect(code(reopen)).toBe('OVER_CAP');
    await api.gql(
      'mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { openActionCap } }',
      { input: { openActionCap: 8 } },
      acme.admin,
    );
  });
});

describe('states, verification and priority', () => {
  it('moves OPEN → IN_PROGRESS → DONE → VERIFIED; verifying needs evidence and a member', async () => {
    const item = (await create({ team: 'ops', title: 'Runbook for failover' })).body.data
      .createActionItem;
    expect(code(await api.gql(MOVE, { id: item.id, to: 'VERIFIED' }, acme.admin))).toBe('CONFLICT');
    await api.gql(MOVE, { id: item.id, to: 'IN_PROGRESS' }, acme.admin);
    const early = await api.gql(VERIFY, { id: item.id, evidence: 'x', by: owner }, acme.admin);
    expect(code(early)).toBe('CONFLICT');
    await api.gql(MOVE, { id: item.id, to: 'DONE' }, acme.admin);
    const blank = await api.gql(VERIFY, { id: item.id, evidence: '  ', by: owner }, acme.admin);
    expect(problems(blank)).toContainEqual(expect.objectContaining({ field: 'evidence' }));
    const stranger = await api.gql(
      VERIFY,
      { id: item.id, evidence: 'ok', by: outsider },
      acme.admin,
    );
    expect(problems(stranger)).toContainEqual(
      expect.objectContaining({ field: 'verifiedById', rule: 'member' }),
    );
    const verified = await api.gql(
      VERIFY,
      { id: item.id, evidence: 'Failover drill on 2026-12-01 took 4 min', by: owner },
      acme.admin,
    );
    expect(verified.body.data.verifyActionItem).toMatchObject({
      state: 'VERIFIED',
      verifiedById: owner,
      evidence: 'Failover drill on 2026-12-01 took 4 min',
    });
    expect(code(await api.gql(MOVE, { id: item.id, to: 'OPEN' }, acme.admin))).toBe('CONFLICT');
  });

  it('lists class-of-failure items first, then by due date, and shows overdue ones', async () => {
    await create({ team: 'prio', title: 'late one-off', dueAt: inDays(2) });
    await create({
      team: 'prio',
      title: 'class, later',
      dueAt: inDays(20),
      kind: 'CLASS_OF_FAILURE',
    });
    await create({
      team: 'prio',
      title: 'class, sooner',
      dueAt: inDays(5),
      kind: 'CLASS_OF_FAILURE',
    });
    const list = async (filter: Record<string, unknown>) =>
      (await api.gql(LIST, { filter }, acme.admin)).body.data.actionItems;
    expect((await list({ team: 'prio' })).map((i: { title: string }) => i.title)).toEqual([
      'class, sooner',
      'class, later',
      'late one-off',
    ]);
    const saved = now;
    now = new Date(saved.getTime() + 3 * DAY);
    try {
      const overdue = await list({ team: 'prio', overdue: true });
      expect(overdue.map((i: { title: string }) => i.title)).toEqual(['late one-off']);
      expect(overdue[0].overdue).toBe(true);
    } finally {
      now = saved;
    }
  });
});

describe('live', () => {
  it('puts postmortem and action-item changes on the incident event stream', async () => {
    const wsUrl = (await api.listen()).replace('http', 'ws') + '/graphql';
    const subscriber = new Subscriber(wsUrl, acme.admin, { incidentId });
    await new Promise((r) => setTimeout(r, 300));
    const item = (await create({ team: 'live', title: 'Live one' })).body.data.createActionItem;
    await api.gql(MOVE, { id: item.id, to: 'IN_PROGRESS' }, acme.admin);
    await api.gql(
      'mutation($input: UpdatePostmortemInput!) { updatePostmortem(input: $input) { id } }',
      { input: { postmortemId, impact: 'Checkout was slow for 20 minutes.' } },
      acme.admin,
    );
    await subscriber.until((s) => s.events.length >= 3);
    expect(subscriber.events.map((e) => e.type)).toEqual([
      'ACTION_ITEM_CREATED',
      'ACTION_ITEM_UPDATED',
      'POSTMORTEM_UPDATED',
    ]);
    await subscriber.close();
  });
});

describe('every postmortem and action-item mutation', () => {
  it('is FORBIDDEN for a viewer and NOT_FOUND for another tenant’s records', async () => {
    const item = (await create({ team: 'matrix', title: 'Matrix item' })).body.data
      .createActionItem;
    const viewer = await acme.token('VIEWER');
    const cases: [string, Record<string, unknown>][] = [
      [
        'mutation($id: ID!) { updatePostmortem(input: { postmortemId: $id, impact: "x" }) { id } }',
        { id: postmortemId },
      ],
      [
        'mutation($id: ID!) { transitionPostmortem(postmortemId: $id, to: IN_REVIEW) { id } }',
        { id: postmortemId },
      ],
      [MOVE, { id: item.id, to: 'IN_PROGRESS' }],
      [VERIFY, { id: item.id, evidence: 'e', by: owner }],
      ['mutation($id: ID!) { syncActionItem(id: $id) { id } }', { id: item.id }],
    ];
    for (const [query, variables] of cases) {
      expect(code(await api.gql(query, variables, viewer)), query).toBe('FORBIDDEN');
      expect(code(await api.gql(query, variables, globex.admin)), query).toBe('NOT_FOUND');
    }
    const adminOnly = [
      'mutation { saveFactorCategory(input: { key: "X", name: "X" }) { key } }',
      'mutation { removeFactorCategory(key: "PROCESS") { key } }',
    ];
    for (const query of adminOnly) {
      expect(code(await api.gql(query, {}, await acme.token('RESPONDER'))), query).toBe(
        'FORBIDDEN',
      );
    }
    expect(
      code(await api.gql('mutation { removeFactorCategory(key: "NOPE") { key } }', {}, acme.admin)),
    ).toBe('NOT_FOUND');
  });
});
