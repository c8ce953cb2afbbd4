import { expect, test } from '@playwright/test';
import { ALL_STAFF_PERMISSIONS, STAFF_PERMISSIONS } from '@tailwise/contracts';
import { hqClients, uniqueTag, volumeClientInput } from '../support/clients';
import { expectNowhereInClear, sha256, withDatabase } from '../support/database';
import { answersWithin, expectError, issuePaths } from '../support/http';
import { emailsTo } from '../support/mail';
import { newOrganization, signUp } from '../support/organizations';
import { emailedToken, invitedVolumeClient, rescueEmail, vcp } from '../support/portal';
import { hqRefresh, hqSignIn, refreshTokenOf } from '../support/sessions';
import { STAFF_INVITE_SUBJECT, STAFF_PASSWORD, hqPasswords, staffAdmin, staffMemberWith } from '../support/staff';
import { bearer } from '../support/tokens';

test('an invited staff member sets a password from the email (once) and signs in with their role', async ({ request }) => {
  const org = await signUp(request, newOrganization());
  const admin = staffAdmin(request, org.accessToken);
  const role = await admin.createRoleOk([STAFF_PERMISSIONS.manageClients], `Front desk ${uniqueTag()}`);
  const email = `desk-${uniqueTag()}@clinic.example.test`;
  const invited = await admin.inviteOk({ firstName: 'Casey', lastName: 'Desk', email, roleId: role.id });
  expect(invited).toMatchObject({ email, status: 'invited', role: { id: role.id, name: role.name } });
  // Not a password yet: signing in is refused like any wrong password.
  await expectError(await hqSignIn(request, email, STAFF_PASSWORD), 401, 'UNAUTHENTICATED');

  // Resend: the first link stops working, the second works once.
  const first = await emailedToken(email, STAFF_INVITE_SUBJECT, 1);
  expect((await admin.resendInvite(invited.id)).status()).toBe(204);
  const second = await emailedToken(email, STAFF_INVITE_SUBJECT, 2);
  await expectError(await hqPasswords(request).check(first), 404, 'NOT_FOUND');
  const info = await hqPasswords(request).check(second);
  expect(info.status()).toBe(200);
  expect(await info.json()).toMatchObject({ purpose: 'invite', email, tenantName: org.organizationName });
  expect(issuePaths(await expectError(await hqPasswords(request).set(second, 'short'), 400, 'VALIDATION'))).toContain('password');
  const set = await hqPasswords(request).set(second, STAFF_PASSWORD);
  expect(set.status()).toBe(200);
  refreshTokenOf(set);
  await expectError(await hqPasswords(request).set(second, STAFF_PASSWORD), 404, 'NOT_FOUND');

  const signedIn = await hqSignIn(request, email, STAFF_PASSWORD);
  expect(signedIn.status()).toBe(200);
  const { accessToken } = (await signedIn.json()) as { accessToken: string };
  const me = await (await request.get('/api/hq/me', { headers: bearer(accessToken) })).json();
  expect(me).toMatchObject({ role: role.name, permissions: [STAFF_PERMISSIONS.manageClients] });
  const listed = (await admin.usersOk()).find((u) => u.id === invited.id);
  expect(listed?.status).toBe('active');

  // Emailed secrets are stored as hashes only.
  const hashes = await withDatabase('identity', (db) => db.query<{ token_hash: string }>(`SELECT token_hash FROM password_tokens WHERE user_id = $1`, [invited.id]));
  expect(hashes.rows.map((r) => r.token_hash)).toContain(sha256(second));
  await expectNowhereInClear({ first, second });
});

test("disabling a staff user refuses their existing token at once and ends their sessions", async ({ request }) => {
  const org = await signUp(request, newOrganization());
  const member = await staffMemberWith(request, org.accessToken, [STAFF_PERMISSIONS.manageClients]);
  const session = await hqSignIn(request, member.email, STAFF_PASSWORD);
  const refreshToken = refreshTokenOf(session);
  expect((await request.get('/api/hq/me', { headers: bearer(member.accessToken) })).status()).toBe(200);

  const disabled = await staffAdmin(request, org.accessToken).disable(member.user.id);
  expect(disabled.status()).toBe(200);
  expect(await disabled.json()).toMatchObject({ status: 'disabled' });
  await expectError(await request.get('/api/hq/me', { headers: bearer(member.accessToken) }), 401, 'UNAUTHENTICATED');
  await expectError(await hqRefresh(request, refreshToken), 401, 'UNAUTHENTICATED');
  await expectError(await hqSignIn(request, member.email, STAFF_PASSWORD), 401, 'UNAUTHENTICATED');

  // Enabled again, they sign in again.
  expect((await staffAdmin(request, org.accessToken).enable(member.user.id)).status()).toBe(200);
  expect((await hqSignIn(request, member.email, STAFF_PASSWORD)).status()).toBe(200);
});

test('a changed role applies within a second: the old token is refused and a refresh carries the new permissions', async ({ request }) => {
  const org = await signUp(request, newOrganization());
  const member = await staffMemberWith(request, org.accessToken, []);
  const session = await hqSignIn(request, member.email, STAFF_PASSWORD);
  const { accessToken } = (await session.json()) as { accessToken: string };
  await expectError(await hqClients(request, accessToken).create(volumeClientInput()), 403, 'FORBIDDEN');

  const admin = staffAdmin(request, org.accessToken);
  const clinicRole = await admin.createRoleOk([STAFF_PERMISSIONS.manageClients]);
  expect((await admin.changeRole(member.user.id, clinicRole.id)).status()).toBe(200);
  // Every replica learns of the change from identity's event, within a second.
  await expectError(await answersWithin(() => request.get('/api/hq/me', { headers: bearer(accessToken) }), 401), 401, 'UNAUTHENTICATED');
  const refreshed = await hqRefresh(request, refreshTokenOf(session));
  expect(refreshed.status()).toBe(200);
  const fresh = ((await refreshed.json()) as { accessToken: string }).accessToken;
  expect((await hqClients(request, fresh).create(volumeClientInput())).status()).toBe(201);
});

test('roles: Admin is built in; custom roles are validated, unique, and cannot be deleted while in use', async ({ request }) => {
  const org = await signUp(request, newOrganization());
  const admin = staffAdmin(request, org.accessToken);
  const roles = (await (await admin.roles()).json()) as { id: string; name: string; isAdmin: boolean; permissions: string[]; userCount: number }[];
  const adminRole = roles.find((r) => r.isAdmin);
  expect(adminRole).toMatchObject({ name: 'Admin', userCount: 1 });
  expect([...(adminRole?.permissions ?? [])].sort()).toEqual([...ALL_STAFF_PERMISSIONS].sort());
  await expectError(await admin.updateRole(adminRole?.id ?? '', { name: 'Boss', permissions: [] }), 409, 'CONFLICT');
  await expectError(await admin.deleteRole(adminRole?.id ?? ''), 409, 'CONFLICT');

  expect(issuePaths(await expectError(await admin.createRole({ name: 'X', permissions: ['launch.missiles'] }), 400, 'VALIDATION'))[0]).toMatch(/^permissions/);
  expect(issuePaths(await expectError(await admin.createRole({ name: '', permissions: [] }), 400, 'VALIDATION'))).toContain('name');
  const role = await admin.createRoleOk([STAFF_PERMISSIONS.readChats], 'Vet tech');
  expect(issuePaths(await expectError(await admin.createRole({ name: 'Vet tech', permissions: [] }), 409, 'CONFLICT'))).toContain('name');
  const updated = await admin.updateRole(role.id, { name: 'Vet tech', permissions: [STAFF_PERMISSIONS.readChats, STAFF_PERMISSIONS.sendChats] });
  expect(updated.status()).toBe(200);
  const member = await admin.inviteOk({ firstName: 'Lee', lastName: 'Tech', email: `tech-${uniqueTag()}@clinic.example.test`, roleId: role.id });
  await expectError(await admin.deleteRole(role.id), 409, 'CONFLICT');
  const spare = await admin.createRoleOk([]);
  expect((await admin.changeRole(member.id, spare.id)).status()).toBe(200);
  expect((await admin.deleteRole(role.id)).status()).toBe(204);
});

test('the last active Admin cannot be disabled or demoted, and nobody disables themselves', async ({ request }) => {
  const org = await signUp(request, newOrganization());
  const admin = staffAdmin(request, org.accessToken);
  const self = (await admin.usersOk())[0];
  await expectError(await admin.disable(self.id), 409, 'CONFLICT');
  const other = await admin.createRoleOk([STAFF_PERMISSIONS.manageUsers]);
  await expectError(await admin.changeRole(self.id, other.id), 409, 'CONFLICT');
  await expectError(await admin.invite({ firstName: 'Dup', lastName: 'Licate', email: org.email, roleId: other.id }), 409, 'CONFLICT');
});

test("another organization's users and roles give 404", async ({ request }) => {
  const a = await signUp(request, newOrganization());
  const b = await signUp(request, newOrganization());
  const roleA = await staffAdmin(request, a.accessToken).createRoleOk([]);
  const userA = await staffAdmin(request, a.accessToken).inviteOk({ firstName: 'A', lastName: 'Member', email: `a-${uniqueTag()}@clinic.example.test`, roleId: roleA.id });
  const asB = staffAdmin(request, b.accessToken);
  const roleB = await asB.createRoleOk([]);
  for (const res of [
    await asB.updateRole(roleA.id, { name: 'Taken', permissions: [] }),
    await asB.deleteRole(roleA.id),
    await asB.resendInvite(userA.id),
    await asB.changeRole(userA.id, roleB.id),
    await asB.disable(userA.id),
    await asB.enable(userA.id),
    // B's user cannot be given A's role either.
    await asB.invite({ firstName: 'B', lastName: 'Member', email: `b-${uniqueTag()}@clinic.example.test`, roleId: roleA.id }),
  ]) {
    await expectError(res, 404, 'NOT_FOUND');
  }
  expect((await asB.usersOk()).map((u) => u.email)).toEqual([b.email]);
});

test('a staff member without a permission is refused (403) on every route that needs it', async ({ request }) => {
  const org = await signUp(request, newOrganization());
  const clients = hqClients(request, org.accessToken);
  const client = await clients.createOk(volumeClientInput());
  const animal = await clients.createAnimalOk(client.id, { name: 'Tom', species: 'cat', sex: 'male', altered: 'intact' } as never);
  const role = await staffAdmin(request, org.accessToken).createRoleOk([]);
  const member = await staffMemberWith(request, org.accessToken, []);
  const headers = { ...bearer(member.accessToken), cookie: '' };
  const id = client.id;
  const routes: [string, string, unknown?][] = [
    ['POST', '/api/hq/clients', volumeClientInput()],
    ['PUT', `/api/hq/clients/${id}`, volumeClientInput()],
    ['POST', `/api/hq/clients/${id}/disable`],
    ['POST', `/api/hq/clients/${id}/enable`],
    ['DELETE', `/api/hq/clients/${id}`],
    ['POST', `/api/hq/clients/${id}/animals`, { name: 'Kit', species: 'cat', sex: 'female', altered: 'intact' }],
    ['PUT', `/api/hq/animals/${animal.id}`, { name: 'Kit', species: 'cat', sex: 'female', altered: 'intact' }],
    ['GET', '/api/hq/roles'],
    ['POST', '/api/hq/roles', { name: 'Sneaky', permissions: [] }],
    ['PUT', `/api/hq/roles/${role.id}`, { name: 'Sneaky', permissions: ['users.manage'] }],
    ['DELETE', `/api/hq/roles/${role.id}`],
    ['GET', '/api/hq/users'],
    ['POST', '/api/hq/users', { firstName: 'X', lastName: 'Y', email: `x-${uniqueTag()}@example.test`, roleId: role.id }],
    ['POST', `/api/hq/users/${member.user.id}/resend-invite`],
    ['PUT', `/api/hq/users/${member.user.id}/role`, { roleId: role.id }],
    ['POST', `/api/hq/users/${member.user.id}/disable`],
    ['POST', `/api/hq/users/${member.user.id}/enable`],
    ['POST', `/api/hq/clients/${id}/portal-access/invitations`, { email: rescueEmail(uniqueTag()) }],
    ['POST', `/api/hq/clients/${id}/portal-access/link`, { email: rescueEmail(uniqueTag()) }],
    ['POST', `/api/hq/clients/${id}/portal-access/close`],
    ['DELETE', `/api/hq/clients/${id}/portal-access`],
  ];
  for (const [method, path, data] of routes) {
    const res = await request.fetch(path, { method, headers, data });
    await expectError(res, 403, 'FORBIDDEN');
  }
  // Nothing changed behind the refusals.
  expect((await clients.getOk(id)).status).toBe('active');
  expect((await staffAdmin(request, org.accessToken).usersOk()).find((u) => u.id === member.user.id)?.status).toBe('active');
});

test('only an Admin deletes portal access permanently', async ({ request }) => {
  const org = await signUp(request, newOrganization());
  const client = await invitedVolumeClient(request, org.accessToken, rescueEmail(uniqueTag()));
  const member = await staffMemberWith(request, org.accessToken, [STAFF_PERMISSIONS.managePortalAccess]);
  expect((await vcp(request, member.accessToken).getOk(client.id)).status).toBe('invited');
  // Any staff member reads the VCP tab; changing it needs Manage portal access.
  const reader = await staffMemberWith(request, org.accessToken, []);
  expect((await vcp(request, reader.accessToken).getOk(client.id)).status).toBe('invited');
  const refused = await expectError(await vcp(request, member.accessToken).remove(client.id), 403, 'FORBIDDEN');
  expect(refused.message).toMatch(/admin/i);
  expect((await vcp(request, org.accessToken).remove(client.id)).status()).toBe(204);
});

test('staff Forgot password: a reset link (1 hour, once) sets a new password and ends the other sessions', async ({ request }) => {
  const org = await signUp(request, newOrganization());
  const session = await hqSignIn(request, org.email, org.password);
  const oldRefresh = refreshTokenOf(session);
  const { accessToken: oldAccess } = (await session.json()) as { accessToken: string };
  const passwords = hqPasswords(request);

  expect((await passwords.forgot(org.email)).status()).toBe(202);
  const nobody = `nobody-${uniqueTag()}@clinic.example.test`;
  expect((await passwords.forgot(nobody)).status()).toBe(202);
  const token = await emailedToken(org.email, /Reset your Tailwise password/);
  expect(await (await passwords.check(token)).json()).toMatchObject({ purpose: 'reset', email: org.email });

  const set = await passwords.set(token, 'Brand-new-pass1');
  expect(set.status()).toBe(200);
  await expectError(await passwords.set(token, 'Another-pass1!'), 404, 'NOT_FOUND');
  await expectError(await hqSignIn(request, org.email, org.password), 401, 'UNAUTHENTICATED');
  expect((await hqSignIn(request, org.email, 'Brand-new-pass1')).status()).toBe(200);
  await expectError(await hqRefresh(request, oldRefresh), 401, 'UNAUTHENTICATED');
  await expectError(await request.get('/api/hq/me', { headers: bearer(oldAccess) }), 401, 'UNAUTHENTICATED');

  // An expired reset link says so.
  expect((await passwords.forgot(org.email)).status()).toBe(202);
  const late = await emailedToken(org.email, /Reset your Tailwise password/, 2);
  await withDatabase('identity', (db) => db.query(`UPDATE password_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [sha256(late)]));
  expect((await expectError(await passwords.check(late), 404, 'NOT_FOUND')).message).toMatch(/expired/i);
  // No email ever went to an unknown address.
  expect(await emailsTo(nobody)).toHaveLength(0);
});
