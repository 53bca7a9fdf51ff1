import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../../test/support/api.js';
import { makeComponent } from '../../../../test/support/incidents.js';

const FIELDS =
  'id title state scheduledFor scheduledUntil completedAt cancelledAt components { id name }';
const SCHEDULE = `mutation($input: ScheduleMaintenanceInput!) { scheduleMaintenance(input: $input) { ${FIELDS} } }`;
const COMPLETE = `mutation($id: ID!) { completeMaintenance(id: $id) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelMaintenance(id: $id) { ${FIELDS} } }`;
const LIST = `{ maintenances { ${FIELDS} } }`;
const PAGE = `query($s: String!) { statusPage(slug: $s) { status components { id status }
  maintenances { id state components { id } } } }`;

const HOUR = 3600_000;
let now = new Date('2026-11-30T10:00:00Z');
const at = (hours: number) => new Date(now.getTime() + hours * HOUR).toISOString();
let api: TestApi;
let acme: TestTenant;
let globex: TestTenant;
let database: string;
let cache: string;

const code = (res: { body: { errors?: { extensions: { code: string } }[] } }) =>
  res.body.errors?.[0]?.extensions.code;
const problems = (res: { body: { errors?: { extensions: { problems?: unknown[] } }[] } }) =>
  res.body.errors?.[0]?.extensions.problems;

async function schedule(input: Record<string, unknown>, token = acme.admin) {
  return api.gql(
    SCHEDULE,
    {
      input: {
        title: 'Database upgrade',
        scheduledFor: at(1),
        scheduledUntil: at(3),
        componentIds: [database],
        ...input,
      },
    },
    token,
  );
}

beforeAll(async () => {
  api = await startTestApi({}, { clock: () => now });
  [acme, globex] = await Promise.all([makeTenant(api), makeTenant(api)]);
  [database, cache] = await Promise.all([
    makeComponent(api, acme, 'Database'),
    makeComponent(api, acme, 'Cache'),
  ]);
});
afterAll(() => api.close());

describe('scheduleMaintenance', () => {
  it('announces a window; its components show UNDER_MAINTENANCE only while it is in progress', async () => {
    const res = await schedule({ componentIds: [database, cache] });
    expect(res.body.errors).toBeUndefined();
    const window = res.body.data.scheduleMaintenance;
    expect(window).toMatchObject({ title: 'Database upgrade', state: 'SCHEDULED' });
    expect(window.components.map((c: { name: string }) => c.name)).toEqual(['Cache', 'Database']);

    const before = (await api.gql(PAGE, { s: acme.slug })).body.data.statusPage;
    expect(before.status).toBe('OPERATIONAL');
    expect(before.maintenances).toContainEqual(
      expect.objectContaining({ id: window.id, state: 'SCHEDULED' }),
    );

    const saved = now;
    now = new Date(saved.getTime() + 2 * HOUR);
    try {
      const during = (await api.gql(PAGE, { s: acme.slug })).body.data.statusPage;
      expect(during.status).toBe('UNDER_MAINTENANCE');
      expect(during.components).toEqual(
        expect.arrayContaining([
          { id: database, status: 'UNDER_MAINTENANCE' },
          { id: cache, status: 'UNDER_MAINTENANCE' },
        ]),
      );
      const done = await api.gql(COMPLETE, { id: window.id }, acme.admin);
      expect(done.body.data.completeMaintenance).toMatchObject({
        state: 'COMPLETED',
        completedAt: now.toISOString(),
      });
      const after = (await api.gql(PAGE, { s: acme.slug })).body.data.statusPage;
      expect(after.status).toBe('OPERATIONAL');
      expect(after.maintenances).toContainEqual(
        expect.objectContaining({ id: window.id, state: 'COMPLETED' }),
      );
    } finally {
      now = saved;
    }
  });

  it('is refused for non-admins and never visible to another tenant', async () => {
    const responder = await acme.token('RESPONDER');
    expect(code(await schedule({}, responder))).toBe('FORBIDDEN');
    const created = (await schedule({ title: 'Acme only' })).body.data.scheduleMaintenance;
    const theirs = await api.gql(LIST, {}, globex.admin);
    expect(theirs.body.data.maintenances).toEqual([]);
    expect(code(await api.gql(CANCEL, { id: created.id }, globex.admin))).toBe('NOT_FOUND');
    expect(code(await schedule({ componentIds: [database] }, globex.admin))).toBe('NOT_FOUND');
  });

  it('names every problem of a bad window and writes nothing', async () => {
    const listed = (await api.gql(LIST, {}, acme.admin)).body.data.maintenances.length;
    const res = await schedule({
      title: '   ',
      scheduledFor: at(-3),
      scheduledUntil: at(-4),
      componentIds: [],
    });
    expect(code(res)).toBe('VALIDATION_FAILED');
    const fields = (problems(res) as { field: string; rule: string }[]).map(
      (p) => `${p.field}:${p.rule}`,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'title:required',
        'scheduledUntil:afterStart',
        'scheduledUntil:future',
        'componentIds:required',
      ]),
    );
    const tooLong = await schedule({ scheduledUntil: at(1 + 24 * 8) });
    expect(problems(tooLong)).toContainEqual(
      expect.objectContaining({ field: 'scheduledUntil', rule: 'maxDuration' }),
    );
    expect(code(await schedule({ componentIds: [randomUUID()] }))).toBe('NOT_FOUND');
    expect(code(await schedule({ componentIds: ['not-an-id'] }))).toBe('NOT_FOUND');
    expect((await api.gql(LIST, {}, acme.admin)).body.data.maintenances).toHaveLength(listed);
  });
});

describe('cancelMaintenance and completeMaintenance', () => {
  it('cancels only what has not started (it leaves the public page); completes only what is in progress', async () => {
    const window = (await schedule({ title: 'Cache flush', componentIds: [cache] })).body.data
      .scheduleMaintenance;
    const early = await api.gql(COMPLETE, { id: window.id }, acme.admin);
    expect(code(early)).toBe('CONFLICT');
    expect(early.body.errors[0].message).toMatch(/IN_PROGRESS.*SCHEDULED/);

    const cancelled = await api.gql(CANCEL, { id: window.id }, acme.admin);
    expect(cancelled.body.data.cancelMaintenance).toMatchObject({ state: 'CANCELLED' });
    expect(code(await api.gql(CANCEL, { id: window.id }, acme.admin))).toBe('CONFLICT');
    const page = (await api.gql(PAGE, { s: acme.slug })).body.data.statusPage;
    expect(page.maintenances.map((m: { id: string }) => m.id)).not.toContain(window.id);
    // Still on record for the tenant.
    const listed = (await api.gql(LIST, {}, acme.admin)).body.data.maintenances;
    expect(listed).toContainEqual(expect.objectContaining({ id: window.id, state: 'CANCELLED' }));

    const viewer = await acme.token('VIEWER');
    expect(code(await api.gql(CANCEL, { id: window.id }, viewer))).toBe('FORBIDDEN');
  });

  it('writes an audit record per change', async () => {
    const window = (await schedule({ title: 'Audited' })).body.data.scheduleMaintenance;
    await api.gql(CANCEL, { id: window.id }, acme.admin);
    const audit = await api.gql('{ auditLog(first: 5) { action targetId } }', {}, acme.admin);
    expect(audit.body.data.auditLog.slice(0, 2)).toEqual([
      { action: 'maintenance.cancel', targetId: window.id },
      { action: 'maintenance.schedule', targetId: window.id },
    ]);
  });
});
