import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../../test/support/api.js';
import { makeIncident } from '../../../../test/support/incidents.js';
import { Subscriber } from '../../../../test/support/subscriber.js';

let a: TestApi;
let b: TestApi;
let shop: TestTenant;
const at = (minutes: number) => new Date(Date.now() + minutes * 60_000);

beforeAll(async () => {
  // Two API instances on one database, each with its own reminder scheduler.
  [a, b] = await Promise.all([startTestApi(), startTestApi()]);
  shop = await makeTenant(a, { riskProfile: 'CONSUMER' });
});
afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
});

describe('communication reminders', () => {
  it('go out exactly once per due moment across processes, and survive a restart', async () => {
    const id = await makeIncident(a, shop, { severity: 'SEV1' }); // public due +10, internal +15
    const wsUrl = (await a.listen()).replace('http', 'ws') + '/graphql';
    const before = a.services.events.subscriberCount;
    const s = new Subscriber(wsUrl, shop.admin, { incidentId: id });
    await s.until(() => a.services.events.subscriberCount > before);

    // Other tenants' incidents in this database may be reminded too, so what counts is what
    // this incident's subscriber receives.
    const reminders = () => s.events.map((e) => e.type);
    const settle = () => new Promise((r) => setTimeout(r, 300));

    // +6 min: the first public update is due within the 5-minute lead — both instances look.
    await Promise.all([a.services.reminders.tick(at(6)), b.services.reminders.tick(at(6))]);
    await s.until((x) => x.events.length >= 1);
    await settle();
    expect(reminders()).toEqual(['COMMUNICATION_DUE_SOON']);

    // +11 min: the public update is overdue, the internal one due soon.
    await Promise.all([a.services.reminders.tick(at(11)), b.services.reminders.tick(at(11))]);
    await s.until((x) => x.events.length >= 3);

    // A restarted instance sends nothing twice, and picks up what fell due while it was down.
    await b.close();
    b = await startTestApi();
    await b.services.reminders.tick(at(11));
    await b.services.reminders.tick(at(16));
    await s.until((x) => x.events.length >= 4);
    expect(s.events.map((e) => e.type)).toEqual([
      'COMMUNICATION_DUE_SOON',
      'COMMUNICATION_OVERDUE',
      'COMMUNICATION_DUE_SOON',
      'COMMUNICATION_OVERDUE',
    ]);
    await settle();
    expect(s.events).toHaveLength(4);
    expect(s.events.map((e) => e.incident.id)).toEqual([id, id, id, id]);
    await s.close();
  });

  it('never go out for a resolved incident', async () => {
    const t = await makeTenant(a, { riskProfile: 'CONSUMER' });
    const id = await makeIncident(a, t, { severity: 'SEV1' });
    await a.gql(
      'mutation($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }',
      { input: { incidentId: id, visibility: 'PUBLIC', body: 'Fixed', state: 'RESOLVED' } },
      t.admin,
    );
    await a.services.reminders.tick(at(60));
    const wsUrl = (await b.listen()).replace('http', 'ws') + '/graphql';
    const replay = new Subscriber(wsUrl, t.admin, { incidentId: id, after: '0' });
    await replay.until((x) => x.events.length >= 3);
    await new Promise((r) => setTimeout(r, 300));
    expect(replay.events.map((e) => e.type)).toEqual([
      'DECLARATION',
      'STATE_CHANGE',
      'STATUS_UPDATE',
    ]);
    await replay.close();
  });
});
