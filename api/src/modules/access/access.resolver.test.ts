import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTenant,
  startTestApi,
  type TestApi,
  type TestTenant,
} from '../../../../test/support/api.js';

const ADD = `mutation($input: AddMemberInput!) { addMember(input: $input) { id email name role } }`;
const CHANGE = `mutation($id: ID!, $role: Role!) { changeMemberRole(id: $id, role: $role) { id role } }`;
const REMOVE = `mutation($id: ID!) { removeMember(id: $id) { id } }`;
const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id name role } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`;

let api: TestApi;
let acme: TestTenant;
let globex: TestTenant;

beforeAll(async () => {
  api = await startTestApi();
  [acme, globex] = await Promise.all([makeTenant(api), makeTenant(api)]);
});
afterAll(() => api.close());

const code = (res: { body: { errors?: { extensions: { code: string } }[] } }) =>
  res.body.errors?.[0]?.extensions.code;

async function lastAudit(tenant: TestTenant) {
  const res = await api.gql(
    '{ auditLog(first: 1) { action before after actorLabel requestId } }',
    {},
    tenant.admin,
  );
  return res.body.data.auditLog[0];
}

describe('members', () => {
  it('adds, re-roles and removes a member, auditing each change', async () => {
    const added = await api.gql(
      ADD,
      { input: { email: 'Ada@Example.com', name: 'Ada', role: 'RESPONDER' } },
      acme.admin,
    );
    expect(added.body.data.addMember).toMatchObject({
      email: 'ada@example.com',
      role: 'RESPONDER',
    });
    const id = added.body.data.addMember.id;
    expect(await lastAudit(acme)).toMatchObject({
      action: 'member.add',
      after: { role: 'RESPONDER' },
    });

    const changed = await api.gql(CHANGE, { id, role: 'COMMANDER' }, acme.admin);
    expect(changed.body.data.changeMemberRole.role).toBe('COMMANDER');
    expect(await lastAudit(acme)).toMatchObject({
      action: 'member.change_role',
      before: { role: 'RESPONDER' },
      after: { role: 'COMMANDER' },
    });

    const members = await api.gql('{ members { email } }', {}, acme.admin);
    expect(members.body.data.members).toEqual([{ email: 'ada@example.com' }]);

    expect((await api.gql(REMOVE, { id }, acme.admin)).body.data.removeMember.id).toBe(id);
    expect(await lastAudit(acme)).toMatchObject({
      action: 'member.remove',
      before: { email: 'ada@example.com' },
    });
  });

  it('refuses every role but ADMIN to change members', async () => {
    for (const role of ['VIEWER', 'RESPONDER', 'COMMANDER', 'COMMUNICATIONS'] as const) {
      const token = await acme.token(role);
      const res = await api.gql(
        ADD,
        { input: { email: `${role}@x.io`, name: 'X', role: 'VIEWER' } },
        token,
      );
      expect(code(res)).toBe('FORBIDDEN');
      expect(res.body.errors[0].message).toContain(`the caller has ${role}`);
    }
  });

  it('names each bad field and writes nothing', async () => {
    const before = await lastAudit(acme);
    const res = await api.gql(
      ADD,
      { input: { email: 'not-an-email', name: '', role: 'VIEWER' } },
      acme.admin,
    );
    expect(code(res)).toBe('VALIDATION_FAILED');
    expect(res.body.errors[0].extensions.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'email', rule: 'isEmail' }),
        expect.objectContaining({ field: 'name' }),
      ]),
    );
    expect(await lastAudit(acme)).toEqual(before);
  });

  it('rejects an unknown role enum value', async () => {
    const res = await api.gql(
      ADD,
      { input: { email: 'a@b.io', name: 'A', role: 'OWNER' } },
      acme.admin,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toContain('Role');
  });

  it('answers CONFLICT naming email for a duplicate', async () => {
    await api.gql(ADD, { input: { email: 'dup@x.io', name: 'A', role: 'VIEWER' } }, acme.admin);
    const res = await api.gql(
      ADD,
      { input: { email: 'DUP@x.io', name: 'B', role: 'VIEWER' } },
      acme.admin,
    );
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'CONFLICT',
      problems: [{ field: 'email' }],
    });
  });

  it("treats another tenant's member exactly like an id that does not exist", async () => {
    const theirs = await api.gql(
      ADD,
      { input: { email: 'g@globex.io', name: 'G', role: 'VIEWER' } },
      globex.admin,
    );
    const theirId = theirs.body.data.addMember.id;
    const answers = await Promise.all(
      [theirId, randomUUID(), 'not-a-uuid'].map(async (id) => {
        const res = await api.gql(CHANGE, { id, role: 'ADMIN' }, acme.admin);
        return { code: code(res), message: res.body.errors[0].message };
      }),
    );
    expect(answers).toEqual(Array(3).fill({ code: 'NOT_FOUND', message: 'Member not found' }));
    const still = await api.gql('{ members { id role } }', {}, globex.admin);
    expect(still.body.data.members).toEqual([{ id: theirId, role: 'VIEWER' }]);
  });
});

describe('API tokens', () => {
  it('shows the secret once, stores only its hash, and revokes at once', async () => {
    const created = await api.gql(
      CREATE_TOKEN,
      { input: { name: 'deploy bot', role: 'RESPONDER' } },
      acme.admin,
    );
    const { secret, token } = created.body.data.createApiToken;
    expect(secret).toMatch(/^kw_[\w-]{43}$/);
    expect(await lastAudit(acme)).toMatchObject({
      action: 'api_token.create',
      after: { name: 'deploy bot' },
    });
    expect(JSON.stringify(await lastAudit(acme))).not.toContain(secret);

    const listed = await api.gql('{ apiTokens { id name lastUsedAt } }', {}, acme.admin);
    expect(listed.body.data.apiTokens).toContainEqual(
      expect.objectContaining({ id: token.id, lastUsedAt: null }),
    );

    const me = await api.gql('{ viewer { tokenId role } }', {}, secret);
    expect(me.body.data.viewer).toEqual({ tokenId: token.id, role: 'RESPONDER' });
    const used = await api.gql('{ apiTokens { id lastUsedAt } }', {}, acme.admin);
    expect(
      used.body.data.apiTokens.find((t: { id: string }) => t.id === token.id).lastUsedAt,
    ).not.toBeNull();

    const revoked = await api.gql(REVOKE, { id: token.id }, acme.admin);
    expect(revoked.body.data.revokeApiToken.revokedAt).not.toBeNull();
    expect(await lastAudit(acme)).toMatchObject({ action: 'api_token.revoke' });
    const refused = await api.gql('{ viewer { role } }', {}, secret);
    expect(refused.status).toBe(401);
    expect(code(refused)).toBe('UNAUTHENTICATED');
  });

  it('refuses an expiry in the past, naming the field', async () => {
    const res = await api.gql(
      CREATE_TOKEN,
      { input: { name: 'old', role: 'VIEWER', expiresAt: '2000-01-01T00:00:00Z' } },
      acme.admin,
    );
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [{ field: 'expiresAt', rule: 'future' }],
    });
  });

  it('refuses a VIEWER and answers NOT_FOUND for another tenant', async () => {
    const viewer = await acme.token('VIEWER');
    expect(code(await api.gql(CREATE_TOKEN, { input: { name: 'x', role: 'ADMIN' } }, viewer))).toBe(
      'FORBIDDEN',
    );
    const theirs = await api.gql('{ apiTokens { id } }', {}, globex.admin);
    const res = await api.gql(REVOKE, { id: theirs.body.data.apiTokens[0].id }, acme.admin);
    expect(code(res)).toBe('NOT_FOUND');
    expect((await api.gql('{ viewer { role } }', {}, globex.admin)).body.data.viewer.role).toBe(
      'ADMIN',
    );
  });
});
