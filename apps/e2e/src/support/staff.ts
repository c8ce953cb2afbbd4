import { expect, type APIRequestContext } from '@playwright/test';
import { roleSchema, staffUserSchema, type Role, type StaffUser } from '@tailwise/contracts';
import { expectShape, expectStatus, uniqueTag } from './clients';
import { emailedToken } from './portal';
import { bearer } from './tokens';

export const STAFF_INVITE_SUBJECT = /invited to .+ on Tailwise/;
export const STAFF_PASSWORD = 'Front-desk1!';

/** Settings → Users and User Roles, as one staff member. */
export function staffAdmin(request: APIRequestContext, accessToken: string) {
  const headers = { ...bearer(accessToken), cookie: '' };
  const api = {
    roles: () => request.get('/api/hq/roles', { headers }),
    createRole: (body: unknown) => request.post('/api/hq/roles', { headers, data: body }),
    updateRole: (id: string, body: unknown) => request.put(`/api/hq/roles/${id}`, { headers, data: body }),
    deleteRole: (id: string) => request.delete(`/api/hq/roles/${id}`, { headers }),
    users: () => request.get('/api/hq/users', { headers }),
    invite: (body: unknown) => request.post('/api/hq/users', { headers, data: body }),
    resendInvite: (id: string) => request.post(`/api/hq/users/${id}/resend-invite`, { headers }),
    changeRole: (id: string, roleId: string) => request.put(`/api/hq/users/${id}/role`, { headers, data: { roleId } }),
    disable: (id: string) => request.post(`/api/hq/users/${id}/disable`, { headers }),
    enable: (id: string) => request.post(`/api/hq/users/${id}/enable`, { headers }),
    async createRoleOk(permissions: string[], name = `Role ${uniqueTag()}`): Promise<Role> {
      const res = await api.createRole({ name, permissions });
      await expectStatus(res, 201);
      return expectShape(roleSchema, await res.json(), 'role');
    },
    async inviteOk(body: { firstName: string; lastName: string; email: string; roleId: string }): Promise<StaffUser> {
      const res = await api.invite(body);
      await expectStatus(res, 201);
      return expectShape(staffUserSchema, await res.json(), 'invited staff user');
    },
    async usersOk(): Promise<StaffUser[]> {
      const res = await api.users();
      await expectStatus(res, 200);
      return (await res.json()) as StaffUser[];
    },
  };
  return api;
}

/** The HQ public password routes. */
export function hqPasswords(request: APIRequestContext) {
  const post = (path: string, data: unknown) => request.post(`/api/hq/auth/password/${path}`, { data, headers: { cookie: '' } });
  return {
    forgot: (email: string) => post('forgot', { email }),
    check: (token: string) => post('check', { token }),
    set: (token: string, password: string) => post('set', { token, password }),
  };
}

/**
 * A staff member of the admin's organization holding a new role with `permissions`: invited,
 * then signed in through the emailed set-password link. Returns their access token.
 */
export async function staffMemberWith(request: APIRequestContext, adminToken: string, permissions: string[]) {
  const admin = staffAdmin(request, adminToken);
  const role = await admin.createRoleOk(permissions);
  const email = `staff-${uniqueTag()}@clinic.example.test`;
  const user = await admin.inviteOk({ firstName: 'Casey', lastName: 'Desk', email, roleId: role.id });
  const res = await hqPasswords(request).set(await emailedToken(email, STAFF_INVITE_SUBJECT), STAFF_PASSWORD);
  await expectStatus(res, 200);
  const { accessToken } = (await res.json()) as { accessToken: string };
  expect(accessToken).toBeTruthy();
  return { user, role, email, accessToken };
}
