import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../../test/support/api.js';

const UPDATE = `mutation($input: UpdateSeverityLevelInput!) {
  updateSeverityLevel(input: $input) { key rank name criteria { minUsersAffectedPct criticalJourneyBroken } }
}`;

let api: TestApi;
let acme: TestTenant;
let globex: TestTenant;

beforeAll(async () => {
  api = await startTestApi();
  [acme, globex] = await Promise.all([makeTenant(api), makeTenant(api)]);
});
afterAll(() => api.close());

describe('severity scale', () => {
  it('starts every tenant on SEV1–SEV4, defined by user-visible impact', async () => {
    const res = await api.gql(
      '{ severityLevels { key rank name criteria { dataAtRisk componentStatuses } } }',
      {},
      await acme.token('VIEWER'),
    );
    expect(res.body.data.severityLevels.map((l: { key: string }) => l.key)).toEqual([
      'SEV1',
      'SEV2',
      'SEV3',
      'SEV4',
    ]);
    expect(res.body.data.severityLevels[0].criteria).toEqual({
      dataAtRisk: true,
      componentStatuses: ['MAJOR_OUTAGE'],
    });
  });

  it('lets an admin redefine a level, audited, for their tenant only, and suggestions follow', async () => {
    const criteria = {
      minUsersAffectedPct: 10,
      criticalJourneyBroken: true,
      dataAtRisk: false,
      componentStatuses: ['PARTIAL_OUTAGE'],
    };
    const res = await api.gql(
      UPDATE,
      { input: { key: 'SEV2', name: 'High', criteria } },
      acme.admin,
    );
    expect(res.body.data.updateSeverityLevel).toEqual({
      key: 'SEV2',
      rank: 2,
      name: 'High',
      criteria: { minUsersAffectedPct: 10, criticalJourneyBroken: true },
    });
    const audit = await api.gql('{ auditLog(first: 1) { action before after } }', {}, acme.admin);
    expect(audit.body.data.auditLog[0]).toMatchObject({
      action: 'severity_level.update',
      before: { name: 'Major' },
      after: { name: 'High' },
    });
    const suggest = '{ suggestSeverity(impact: { usersAffectedPct: 12 }) { key } }';
    expect((await api.gql(suggest, {}, acme.admin)).body.data.suggestSeverity.key).toBe('SEV2');
    expect((await api.gql(suggest, {}, globex.admin)).body.data.suggestSeverity.key).toBe('SEV3');
  });

  it('is ADMIN only, names bad fields, and answers NOT_FOUND for an unknown key', async () => {
    const commander = await acme.token('COMMANDER');
    expect(
      (await api.gql(UPDATE, { input: { key: 'SEV3', name: 'x' } }, commander)).body.errors[0]
        .extensions.code,
    ).toBe('FORBIDDEN');
    const criteria = {
      minUsersAffectedPct: 120,
      criticalJourneyBroken: false,
      dataAtRisk: false,
      componentStatuses: [],
    };
    const bad = await api.gql(UPDATE, { input: { key: 'SEV3', criteria } }, acme.admin);
    expect(bad.body.errors[0].extensions.problems[0]).toMatchObject({
      field: 'criteria.minUsersAffectedPct',
      rule: 'max',
    });
    const missing = await api.gql(UPDATE, { input: { key: 'SEV9', name: 'x' } }, acme.admin);
    expect(missing.body.errors[0]).toMatchObject({
      message: 'Severity level not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
