import { expect, test } from '@playwright/test';
import { hqClients, uniqueTag, volumeClientInput, animalInput } from '../support/clients';
import { expectNowhereInClear, sha256, withDatabase } from '../support/database';
import { e2eEnv } from '../support/env';
import { expectError, issuePaths } from '../support/http';
import { newOrganization, signUp } from '../support/organizations';
import {
  INVITE_SUBJECT,
  PORTAL_PASSWORD,
  emailedToken,
  invitedVolumeClient,
  portal,
  portalAuth,
  rescueEmail,
  vcp,
} from '../support/portal';
import { releasedPlaces } from '../support/portal-scheduling';

// Portal access from invitation to Close Access, through the gateway, with real email. A volume
// client's clinic appears in the portal only once it has appointments for the client (issue #5),
// so each clinic here books the rescue a released surgery place first.

test('an invitation becomes a portal account; a second clinic links it; Close Access at one clinic leaves the other', async ({ request }) => {
  const a = await signUp(request, newOrganization());
  const b = await signUp(request, newOrganization());
  const email = rescueEmail(uniqueTag());

  const clientA = await invitedVolumeClient(request, a.accessToken, email);
  await releasedPlaces(request, a.accessToken, clientA.id);
  const accessBefore = await vcp(request, a.accessToken).getOk(clientA.id);
  expect(accessBefore).toMatchObject({ status: 'invited', invited: true, account: null, lastPortalLoginAt: null });
  expect(accessBefore.history[0]).toMatchObject({ kind: 'invitation-sent', email, by: `${a.firstName} ${a.lastName}`, invitationStatus: 'pending' });

  const token = await emailedToken(email, INVITE_SUBJECT);
  const info = await portalAuth(request).checkInvitation(token);
  expect(info.status()).toBe(200);
  expect(await info.json()).toMatchObject({ kind: 'invite', email, organizationName: a.organizationName, existingAccount: false });

  const session = await portalAuth(request).newAccountOk(token, 'Dana Okafor');
  const me = await portal(request, session.accessToken).meOk();
  expect(me.user).toMatchObject({ email, name: 'Dana Okafor' });
  expect(me.account.name).toBe(clientA.displayName);
  expect(me.links.map((l) => l.organizationName)).toEqual([a.organizationName]);

  const accessAfter = await vcp(request, a.accessToken).getOk(clientA.id);
  expect(accessAfter.status).toBe('active');
  expect(accessAfter.account?.name).toBe(clientA.displayName);
  expect(accessAfter.lastPortalLoginAt).not.toBeNull();
  expect(accessAfter.history.map((h) => h.kind)).toEqual(['invitation-accepted', 'invitation-sent']);
  expect(accessAfter.history[1].invitationStatus).toBe('accepted');

  // Organization B invites the same email: HQ sees the account and links it, no email needed.
  const clientB = await hqClients(request, b.accessToken).createOk(volumeClientInput());
  await hqClients(request, b.accessToken).createAnimalOk(clientB.id, animalInput({ name: 'Biscuit' }));
  const offered = await vcp(request, b.accessToken).invite(clientB.id, email.toUpperCase());
  expect(offered.status()).toBe(200);
  const offer = (await offered.json()) as { outcome: string; account: { id: string; name: string; userEmail: string } };
  expect(offer).toMatchObject({ outcome: 'existing-account', account: { id: me.account.id, name: me.account.name, userEmail: email } });
  const linked = await vcp(request, b.accessToken).link(clientB.id, email);
  expect(linked.status()).toBe(200);
  expect(await linked.json()).toMatchObject({ status: 'active', account: { id: me.account.id } });
  await releasedPlaces(request, b.accessToken, clientB.id);

  const both = await portal(request, session.accessToken).meOk();
  expect(both.links.map((l) => l.organizationName).sort()).toEqual([a.organizationName, b.organizationName].sort());
  const orgA = me.links[0].organizationId;
  const orgB = both.links.find((l) => l.organizationName === b.organizationName)?.organizationId ?? '';
  const animalsB = await portal(request, session.accessToken).animals(orgB);
  expect(animalsB.status()).toBe(200);
  expect(((await animalsB.json()) as { name: string }[]).map((x) => x.name)).toEqual(['Biscuit']);
  expect((await portal(request, session.accessToken).animals(orgA)).status()).toBe(200);

  // A closes access: the very next request for A's data is refused, B's still answers.
  const closed = await vcp(request, a.accessToken).close(clientA.id);
  expect(closed.status()).toBe(200);
  expect(await closed.json()).toMatchObject({ status: 'closed' });
  await expectError(await portal(request, session.accessToken).animals(orgA), 404, 'NOT_FOUND');
  expect((await portal(request, session.accessToken).animals(orgB)).status()).toBe(200);
  const after = await portal(request, session.accessToken).meOk();
  expect(after.links.map((l) => l.organizationName)).toEqual([b.organizationName]);
  expect((await vcp(request, a.accessToken).getOk(clientA.id)).history[0]).toMatchObject({ kind: 'access-closed', by: `${a.firstName} ${a.lastName}` });
});

test('Close Access reaches another gateway replica in under one second, even for a token issued before', async ({ request }) => {
  const clinic = await signUp(request, newOrganization());
  const email = rescueEmail(uniqueTag());
  const client = await invitedVolumeClient(request, clinic.accessToken, email);
  await releasedPlaces(request, clinic.accessToken, client.id);
  const session = await portalAuth(request).newAccountOk(await emailedToken(email, INVITE_SUBJECT), 'Sam Lee');
  const replica = portal(request, session.accessToken, e2eEnv('secondGatewayUrl'));
  const organizationId = (await replica.meOk()).links[0].organizationId;
  // Warm the replica's link cache, so the refusal below comes from the event, not a cold load.
  expect((await replica.animals(organizationId)).status()).toBe(200);

  const started = Date.now();
  expect((await vcp(request, clinic.accessToken).close(client.id)).status()).toBe(200);
  let refusedAfterMs = -1;
  while (Date.now() - started < 5_000) {
    if ((await replica.animals(organizationId)).status() === 404) {
      refusedAfterMs = Date.now() - started;
      break;
    }
  }
  expect(refusedAfterMs, 'the replica never refused the closed link').toBeGreaterThanOrEqual(0);
  expect(refusedAfterMs, `refused after ${refusedAfterMs} ms`).toBeLessThan(1_000);
});

test('Generate New Invite supersedes the previous invitation; an invitation works once', async ({ request }) => {
  const clinic = await signUp(request, newOrganization());
  const email = rescueEmail(uniqueTag());
  const client = await invitedVolumeClient(request, clinic.accessToken, email);
  const first = await emailedToken(email, INVITE_SUBJECT, 1);
  await vcp(request, clinic.accessToken).inviteOk(client.id, email);
  const second = await emailedToken(email, INVITE_SUBJECT, 2);
  expect(second).not.toBe(first);

  const superseded = await expectError(await portalAuth(request).checkInvitation(first), 404, 'NOT_FOUND');
  expect(superseded.message).toMatch(/no longer valid/i);
  await expectError(await portalAuth(request).newAccount(first, 'Too Late'), 404, 'NOT_FOUND');
  const history = (await vcp(request, clinic.accessToken).getOk(client.id)).history;
  expect(history.map((h) => h.invitationStatus)).toEqual(['pending', 'superseded']);

  await portalAuth(request).newAccountOk(second, 'Alex Kim');
  const reused = await expectError(await portalAuth(request).newAccount(second, 'Alex Kim'), 404, 'NOT_FOUND');
  expect(reused.message).toMatch(/no longer valid/i);
  await expectError(await portalAuth(request).signInToLink(second, email), 404, 'NOT_FOUND');
});

test('an expired invitation is refused with its own message', async ({ request }) => {
  const clinic = await signUp(request, newOrganization());
  const email = rescueEmail(uniqueTag());
  const client = await invitedVolumeClient(request, clinic.accessToken, email);
  const token = await emailedToken(email, INVITE_SUBJECT);
  // 72 hours pass.
  await withDatabase('identity', (db) =>
    db.query(`UPDATE portal_invitations SET expires_at = now() - interval '1 second' WHERE client_id = $1`, [client.id]),
  );
  const expired = await expectError(await portalAuth(request).checkInvitation(token), 404, 'NOT_FOUND');
  expect(expired.message).toMatch(/expired/i);
  await expectError(await portalAuth(request).newAccount(token, 'Late Comer'), 404, 'NOT_FOUND');
  expect((await vcp(request, clinic.accessToken).getOk(client.id)).history[0].invitationStatus).toBe('expired');
});

test('New Account enforces the password rules and names the field', async ({ request }) => {
  const clinic = await signUp(request, newOrganization());
  const email = rescueEmail(uniqueTag());
  await invitedVolumeClient(request, clinic.accessToken, email);
  const token = await emailedToken(email, INVITE_SUBJECT);
  for (const weak of ['Short!1', 'longenoughbutnosymbol1', '']) {
    const body = await expectError(await portalAuth(request).newAccount(token, 'Pat Doe', weak), 400, 'VALIDATION');
    expect(issuePaths(body)).toContain('password');
  }
  expect(issuePaths(await expectError(await portalAuth(request).newAccount(token, '   '), 400, 'VALIDATION'))).toContain('name');
  // The refusals did not use the invitation up.
  await portalAuth(request).newAccountOk(token, 'Pat Doe', 'eight+ok');
});

test('an existing portal user signs in from an invitation to link their account', async ({ request }) => {
  const a = await signUp(request, newOrganization());
  const b = await signUp(request, newOrganization());
  const email = rescueEmail(uniqueTag());
  const clientA = await invitedVolumeClient(request, a.accessToken, email);
  await releasedPlaces(request, a.accessToken, clientA.id);
  await portalAuth(request).newAccountOk(await emailedToken(email, INVITE_SUBJECT), 'Jo Park');

  // B's clinic sends an invitation anyway (e.g. from the email of another login of the rescue).
  const clientB = await hqClients(request, b.accessToken).createOk(volumeClientInput());
  const colleague = rescueEmail(uniqueTag());
  await vcp(request, b.accessToken).inviteOk(clientB.id, colleague);
  await releasedPlaces(request, b.accessToken, clientB.id);
  const token = await emailedToken(colleague, INVITE_SUBJECT);
  expect(await (await portalAuth(request).checkInvitation(token)).json()).toMatchObject({ existingAccount: false });
  await expectError(await portalAuth(request).signInToLink(token, email, 'Wrong-pass1!'), 401, 'UNAUTHENTICATED');
  const session = await portalAuth(request).signInToLinkOk(token, email);
  const me = await portal(request, session.accessToken).meOk();
  expect(me.links.map((l) => l.organizationName).sort()).toEqual([a.organizationName, b.organizationName].sort());
});

test('a client with active access cannot take another pre-existing portal user until access is deleted permanently', async ({ request }) => {
  const a = await signUp(request, newOrganization());
  const b = await signUp(request, newOrganization());
  const first = rescueEmail(uniqueTag());
  const other = rescueEmail(uniqueTag());
  const clientA = await invitedVolumeClient(request, a.accessToken, first);
  await portalAuth(request).newAccountOk(await emailedToken(first, INVITE_SUBJECT), 'First Rescue');
  await invitedVolumeClient(request, b.accessToken, other);
  await portalAuth(request).newAccountOk(await emailedToken(other, INVITE_SUBJECT), 'Other Rescue');

  for (const attempt of [() => vcp(request, a.accessToken).invite(clientA.id, other), () => vcp(request, a.accessToken).link(clientA.id, other)]) {
    const conflict = await expectError(await attempt(), 409, 'CONFLICT');
    expect(conflict.message).toMatch(/delete portal access permanently first, or use another email/i);
    expect(issuePaths(conflict)).toContain('email');
  }
  // Already linked: the same email again is a clear conflict too.
  await expectError(await vcp(request, a.accessToken).invite(clientA.id, first), 409, 'CONFLICT');

  // The organization's Admin deletes access permanently (a non-admin's refusal: staff-users.e2e.ts).
  const deleted = await vcp(request, a.accessToken).remove(clientA.id);
  expect(deleted.status()).toBe(204);
  expect(await vcp(request, a.accessToken).getOk(clientA.id)).toMatchObject({ status: 'none', account: null });
  // Now the other pre-existing account can be linked.
  const offer = await vcp(request, a.accessToken).invite(clientA.id, other);
  expect(offer.status()).toBe(200);
  expect((await vcp(request, a.accessToken).link(clientA.id, other)).status()).toBe(200);
});

test("another organization's client ids give 404 on every VCP route", async ({ request }) => {
  const a = await signUp(request, newOrganization());
  const b = await signUp(request, newOrganization());
  const client = await invitedVolumeClient(request, a.accessToken, rescueEmail(uniqueTag()));
  const asB = vcp(request, b.accessToken);
  for (const res of [
    await asB.get(client.id),
    await asB.invite(client.id, rescueEmail(uniqueTag())),
    await asB.link(client.id, rescueEmail(uniqueTag())),
    await asB.close(client.id),
    await asB.remove(client.id),
  ]) {
    await expectError(res, 404, 'NOT_FOUND');
  }
  expect((await vcp(request, a.accessToken).getOk(client.id)).history).toHaveLength(1);
});

test('invitation, claim and session secrets are stored only as hashes', async ({ request }) => {
  const clinic = await signUp(request, newOrganization());
  const email = rescueEmail(uniqueTag());
  await invitedVolumeClient(request, clinic.accessToken, email);
  const invitation = await emailedToken(email, INVITE_SUBJECT);
  const session = await portalAuth(request).newAccountOk(invitation, 'Hash Check');
  const stored = await withDatabase('identity', (db) =>
    db.query<{ token_hash: string }>(`SELECT token_hash FROM portal_invitations WHERE email = $1`, [email]),
  );
  expect(stored.rows.map((r) => r.token_hash)).toEqual([sha256(invitation)]);
  await expectNowhereInClear({
    invitation,
    password: PORTAL_PASSWORD,
    refreshToken: session.refreshToken,
    accessTokenSignature: session.accessToken.split('.')[2],
  });
});
