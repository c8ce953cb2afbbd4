import { expect, test } from '@playwright/test';
import { ALL_PORTAL_PERMISSIONS, PORTAL_PERMISSIONS } from '@tailwise/contracts';
import { animalInput, hqClients, individualClientInput, uniqueTag } from '../support/clients';
import { expectNowhereInClear } from '../support/database';
import { answersWithin, expectError, issuePaths, requestFrom } from '../support/http';
import { newOrganization, signUp } from '../support/organizations';
import {
  INVITE_SUBJECT,
  PORTAL_PASSWORD,
  emailedToken,
  invitedVolumeClient,
  portal,
  portalAuth,
  rescueEmail,
  type PortalSession,
} from '../support/portal';
import { releasedPlaces } from '../support/portal-scheduling';
import { bearer } from '../support/tokens';

const PORTAL_USER_SUBJECT = /added you to .+ on Tailwise Portal/;

/**
 * A clinic and a rescue with a portal account linked to it, signed in as the account's first
 * user. The clinic books the rescue a place: only then does the portal show it (issue #5).
 */
async function linkedRescue(request: Parameters<typeof signUp>[0]) {
  const clinic = await signUp(request, newOrganization());
  const email = rescueEmail(uniqueTag());
  const client = await invitedVolumeClient(request, clinic.accessToken, email);
  await releasedPlaces(request, clinic.accessToken, client.id);
  const session = await portalAuth(request).newAccountOk(await emailedToken(email, INVITE_SUBJECT), 'Morgan Admin');
  const me = await portal(request, session.accessToken).meOk();
  return { clinic, client, email, session, me };
}

test("a portal account's admin adds a user with some permissions, changes them, and removes the user", async ({ request }) => {
  const rescue = await linkedRescue(request);
  expect([...rescue.me.permissions].sort()).toEqual([...ALL_PORTAL_PERMISSIONS].sort());
  const admin = portal(request, rescue.session.accessToken);
  const email = rescueEmail(uniqueTag());
  const added = await admin.addUser({ name: 'Volunteer Vi', email, permissions: [PORTAL_PERMISSIONS.viewAppointments] });
  expect(added.status()).toBe(201);
  const user = (await added.json()) as { id: string; status: string };
  expect(user.status).toBe('invited');
  expect(issuePaths(await expectError(await admin.addUser({ name: 'Dup', email, permissions: [] }), 409, 'CONFLICT'))).toContain('email');
  expect(issuePaths(await expectError(await admin.addUser({ name: 'Bad', email: rescueEmail(uniqueTag()), permissions: ['steal.cats'] }), 400, 'VALIDATION'))[0]).toMatch(/^permissions/);

  const token = await emailedToken(email, PORTAL_USER_SUBJECT);
  await expectNowhereInClear({ portalUserInvitation: token });
  const set = await portalAuth(request).setPassword(token, PORTAL_PASSWORD);
  expect(set.status()).toBe(200);
  const { accessToken } = (await set.json()) as { accessToken: string };
  const volunteer = portal(request, accessToken);
  const me = await volunteer.meOk();
  expect(me).toMatchObject({ account: { id: rescue.me.account.id }, permissions: [PORTAL_PERMISSIONS.viewAppointments] });
  expect(me.links.map((l) => l.organizationId)).toEqual(rescue.me.links.map((l) => l.organizationId));
  await expectError(await volunteer.users(), 403, 'FORBIDDEN');
  await expectError(await volunteer.addUser({ name: 'X', email: rescueEmail(uniqueTag()), permissions: [] }), 403, 'FORBIDDEN');
  await expectError(await volunteer.updateUser(rescue.me.user.id, { name: 'X', permissions: [] }), 403, 'FORBIDDEN');
  await expectError(await volunteer.removeUser(rescue.me.user.id), 403, 'FORBIDDEN');

  // New permissions apply within a second: the old token is refused, a refresh carries the new set.
  const signedIn = await portalAuth(request).signInOk(email);
  expect((await admin.updateUser(user.id, { name: 'Volunteer Vi', permissions: [PORTAL_PERMISSIONS.manageUsers] })).status()).toBe(200);
  await expectError(await answersWithin(() => portal(request, signedIn.accessToken).me(), 401), 401, 'UNAUTHENTICATED');
  const refreshed = await portalAuth(request).refresh(signedIn.refreshToken);
  expect(refreshed.status()).toBe(200);
  const fresh = ((await refreshed.json()) as { accessToken: string }).accessToken;
  expect((await portal(request, fresh).users()).status()).toBe(200);

  // Removed: their sessions end at once.
  expect((await admin.removeUser(user.id)).status()).toBe(204);
  await expectError(await portal(request, fresh).me(), 401, 'UNAUTHENTICATED');
  await expectError(await portalAuth(request).signIn(email), 401, 'UNAUTHENTICATED');
  // Nobody removes themselves.
  await expectError(await admin.removeUser(rescue.me.user.id), 409, 'CONFLICT');
});

test('a portal user of account X gets 404 for every resource of account Y', async ({ request }) => {
  const x = await linkedRescue(request);
  const y = await linkedRescue(request);
  await hqClients(request, y.clinic.accessToken).createAnimalOk(y.client.id, animalInput({ name: 'Secret cat' }));
  const yUser = await portal(request, y.session.accessToken).addUser({ name: 'Y helper', email: rescueEmail(uniqueTag()), permissions: [] });
  const yUserId = ((await yUser.json()) as { id: string }).id;
  const asX = portal(request, x.session.accessToken);
  for (const res of [
    await asX.animals(y.me.links[0].organizationId),
    await asX.updateUser(yUserId, { name: 'Taken over', permissions: [...ALL_PORTAL_PERMISSIONS] }),
    await asX.removeUser(yUserId),
    await asX.updateUser(y.me.user.id, { name: 'Taken over', permissions: [] }),
  ]) {
    await expectError(res, 404, 'NOT_FOUND');
  }
  const xUsers = (await (await asX.users()).json()) as { id: string }[];
  expect(xUsers.map((u) => u.id)).toEqual([x.me.user.id]);
  expect((await portal(request, y.session.accessToken).meOk()).user.name).toBe('Morgan Admin');
});

test('portal tokens are refused on /api/hq/* and staff tokens on /api/portal/*', async ({ request }) => {
  const rescue = await linkedRescue(request);
  await expectError(await request.get('/api/hq/me', { headers: bearer(rescue.session.accessToken) }), 401, 'UNAUTHENTICATED');
  await expectError(await request.get('/api/hq/clients', { headers: bearer(rescue.session.accessToken) }), 401, 'UNAUTHENTICATED');
  await expectError(await request.get('/api/portal/me', { headers: bearer(rescue.clinic.accessToken) }), 401, 'UNAUTHENTICATED');
  await expectError(await request.get(`/api/portal/organizations/${rescue.me.links[0].organizationId}/animals`, { headers: bearer(rescue.clinic.accessToken) }), 401, 'UNAUTHENTICATED');
  // A portal refresh cookie does not refresh a staff session, nor the reverse.
  await expectError(await request.post('/api/hq/auth/refresh', { headers: { cookie: `tw_hq_refresh=${rescue.session.refreshToken}` } }), 401, 'UNAUTHENTICATED');
});

test('portal sign-in is throttled per account', async ({ request }) => {
  const rescue = await linkedRescue(request);
  const address = '127.0.0.7';
  for (let i = 1; i <= 5; i++) {
    const res = await requestFrom(address, 'POST', '/api/portal/auth/sign-in', { email: rescue.email, password: `Wrong-${i}!` });
    expect(res.status, res.text).toBe(401);
  }
  const limited = await requestFrom(address, 'POST', '/api/portal/auth/sign-in', { email: rescue.email, password: PORTAL_PASSWORD });
  expect(limited.status, limited.text).toBe(429);
  expect(JSON.parse(limited.text)).toMatchObject({ code: 'RATE_LIMITED' });
});

test('Need help logging in? emails a reset link that works once and ends the other sessions', async ({ request }) => {
  const rescue = await linkedRescue(request);
  const auth = portalAuth(request);
  expect((await auth.forgot(rescue.email)).status()).toBe(202);
  const token = await emailedToken(rescue.email, /Reset your Tailwise Portal password/);
  expect(await (await auth.checkPassword(token)).json()).toMatchObject({ purpose: 'reset', email: rescue.email });
  expect(issuePaths(await expectError(await auth.setPassword(token, 'nosymbols1'), 400, 'VALIDATION'))).toContain('password');
  expect((await auth.setPassword(token, 'New-portal-pass1')).status()).toBe(200);
  await expectError(await auth.setPassword(token, 'Other-portal-pass1'), 404, 'NOT_FOUND');
  await expectError(await portal(request, rescue.session.accessToken).me(), 401, 'UNAUTHENTICATED');
  await expectError(await auth.refresh(rescue.session.refreshToken), 401, 'UNAUTHENTICATED');
  await expectError(await auth.signIn(rescue.email), 401, 'UNAUTHENTICATED');
  expect((await auth.signIn(rescue.email, 'New-portal-pass1')).status()).toBe(200);
  await expectNowhereInClear({ resetToken: token, newPassword: 'New-portal-pass1' });
  // A staff reset link is not a portal one.
  await expectError(await request.post('/api/hq/auth/password/check', { data: { token } }), 404, 'NOT_FOUND');
});

test('"Allow login?" sends a claim email; the pet owner sets a password and uses the portal', async ({ request }) => {
  const clinic = await signUp(request, newOrganization());
  const input = individualClientInput({ allowLogin: true });
  const client = await hqClients(request, clinic.accessToken).createOk(input);
  const email = (input as { email: string }).email;
  const token = await emailedToken(email, /client portal login/);
  const info = await portalAuth(request).checkInvitation(token);
  expect(await info.json()).toMatchObject({ kind: 'claim', email, organizationName: clinic.organizationName, suggestedName: `${input.firstName} ${input.lastName}` });
  const session: PortalSession = await portalAuth(request).newAccountOk(token, `${input.firstName} ${input.lastName}`);
  const me = await portal(request, session.accessToken).meOk();
  expect(me.links).toEqual([expect.objectContaining({ organizationName: clinic.organizationName, clientId: client.id })]);
  expect((await portalAuth(request).signIn(email)).status()).toBe(200);
});
