import type { Role, StaffUser } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { staffAdminApi } from './staff-admin-api';
import { expectOneRequest, type FakeCall, fakeHqApi, json } from './testing/fake-fetch';

const ROLE_ID = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
const USER_ID = '4b0f7c1e-8f5a-4d8e-9a43-1d3c0f6a7b21';

const role: Role = { id: ROLE_ID, name: 'Front desk', isAdmin: false, permissions: ['clients.manage', 'chats.read'], userCount: 2 };

const user: StaffUser = {
  id: USER_ID,
  email: 'grace@example.org',
  firstName: 'Grace',
  lastName: 'Hopper',
  role: { id: ROLE_ID, name: 'Front desk', isAdmin: false },
  status: 'invited',
  lastSignInAt: null,
  createdAt: '2030-01-01T10:00:00.000Z',
};

const fakeApi = (answer: (call: FakeCall) => Response) => fakeHqApi(staffAdminApi, answer);

type Api = ReturnType<typeof staffAdminApi>;
const roleInput = { name: 'Front desk', permissions: ['clients.manage', 'chats.read'] };
const invite = { firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.org', roleId: ROLE_ID };

describe('staffAdminApi requests', () => {
  it.each([
    ['roles', (api: Api) => api.roles(), 'GET', '/api/hq/roles', undefined, 200, [role]],
    ['createRole', (api: Api) => api.createRole(roleInput), 'POST', '/api/hq/roles', roleInput, 201, role],
    ['updateRole', (api: Api) => api.updateRole(ROLE_ID, roleInput), 'PUT', `/api/hq/roles/${ROLE_ID}`, roleInput, 200, role],
    ['users', (api: Api) => api.users(), 'GET', '/api/hq/users', undefined, 200, [user]],
    ['invite', (api: Api) => api.invite(invite), 'POST', '/api/hq/users', invite, 201, user],
    ['changeRole', (api: Api) => api.changeRole(USER_ID, { roleId: ROLE_ID }), 'PUT', `/api/hq/users/${USER_ID}/role`, { roleId: ROLE_ID }, 200, user],
    ['disable', (api: Api) => api.disable(USER_ID), 'POST', `/api/hq/users/${USER_ID}/disable`, undefined, 200, { ...user, status: 'disabled' }],
    ['enable', (api: Api) => api.enable(USER_ID), 'POST', `/api/hq/users/${USER_ID}/enable`, undefined, 200, { ...user, status: 'active' }],
  ] as const)('%s: %s %s', async (_name, call, method, url, body, status, answer) => {
    const { api, calls } = fakeApi(() => json(status, answer));

    await expect(call(api)).resolves.toEqual(answer);

    expectOneRequest(calls, { method, url, body });
  });

  it.each([
    ['removeRole', (api: Api) => api.removeRole(ROLE_ID), 'DELETE', `/api/hq/roles/${ROLE_ID}`],
    ['resendInvite', (api: Api) => api.resendInvite(USER_ID), 'POST', `/api/hq/users/${USER_ID}/resend-invite`],
  ] as const)('%s: %s %s reads nothing from the 204', async (_name, call, method, url) => {
    const { api, calls } = fakeApi(() => new Response(null, { status: 204 }));
    await expect(call(api)).resolves.toBeUndefined();
    expect(calls[0]).toMatchObject({ method, url, body: undefined });
  });

  it('escapes ids put in the path', async () => {
    const { api, calls } = fakeApi(() => json(404, { code: 'NOT_FOUND', message: 'User not found' }));
    await expect(api.disable('../roles')).rejects.toMatchObject({ status: 404 });
    expect(calls[0].url).toBe('/api/hq/users/..%2Froles/disable');
  });

  it('keeps the message of a 409, such as a role still in use', async () => {
    const { api } = fakeApi(() => json(409, { code: 'CONFLICT', message: 'This role is held by 2 users' }));
    const error = (await api.removeRole(ROLE_ID).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe('This role is held by 2 users');
  });

  it('refuses an answer that does not match the contract', async () => {
    const { api } = fakeApi(() => json(200, [{ ...user, status: 'deleted' }]));
    await expect(api.users()).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });
});
