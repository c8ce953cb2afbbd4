import { expect, test, type APIRequestContext } from '@playwright/test';
import { PORTAL_PERMISSIONS } from '@tailwise/contracts';
import { hqClients, uniqueTag, volumeClientInput } from '../support/clients';
import { expectError, issuePaths } from '../support/http';
import { newOrganization, signUp } from '../support/organizations';
import { INVITE_SUBJECT, PORTAL_PASSWORD, emailedToken, invitedVolumeClient, portal, portalAuth, rescueEmail, vcp } from '../support/portal';
import { PLACES_DATE, portalAppointments, releasedPlaces, surgeryClinic } from '../support/portal-scheduling';

// The portal's Appointments (issue #5, released appointments) through the gateway: a rescue
// sees the surgery places a clinic released to it, fills in the animals, deletes what it does
// not need, and can change nothing once the animal is checked in.

const PORTAL_USER_SUBJECT = /added you to .+ on Tailwise Portal/;
const cat = (name: string) => ({ name, species: 'cat', sex: 'female', weightKg: 3.2, arrivingInTrap: true });

/** A rescue invited by the clinic, signed in to its new portal account (no appointments yet). */
async function invitedRescue(request: APIRequestContext, clinicToken: string, name = 'Dana Okafor') {
  const email = rescueEmail(uniqueTag());
  const client = await invitedVolumeClient(request, clinicToken, email);
  const session = await portalAuth(request).newAccountOk(await emailedToken(email, INVITE_SUBJECT), name);
  return { client, email, session, portal: portal(request, session.accessToken) };
}

/** Adds a user with these permissions to the rescue's account and signs them in. */
async function rescueUserWith(request: APIRequestContext, adminToken: string, permissions: string[]): Promise<string> {
  const email = rescueEmail(uniqueTag());
  const added = await portal(request, adminToken).addUser({ name: 'Volunteer Vi', email, permissions });
  expect(added.status()).toBe(201);
  const set = await portalAuth(request).setPassword(await emailedToken(email, PORTAL_USER_SUBJECT), PORTAL_PASSWORD);
  expect(set.status()).toBe(200);
  return ((await set.json()) as { accessToken: string }).accessToken;
}

test('a clinic appears once it books the rescue; the rescue fills two animals, deletes a third, and is refused over capacity and after check-in', async ({ request }) => {
  const clinic = await signUp(request, newOrganization());
  const { clinicId, api: staff } = await surgeryClinic(request, clinic.accessToken);
  const rescue = await invitedRescue(request, clinic.accessToken);
  // Until scheduling has heard of the new client it errs on showing the link; then the clinic is hidden.
  await expect.poll(async () => (await rescue.portal.meOk()).links, { timeout: 5_000 }).toEqual([]);

  // Three released cat places, and the day's only dog place held unreleased.
  const places = await releasedPlaces(request, clinic.accessToken, rescue.client.id, { places: 3 });
  const [held] = await releasedPlaces(request, clinic.accessToken, rescue.client.id, { category: 'dogs', release: false });
  const me = await rescue.portal.meOk();
  expect(me.links).toEqual([expect.objectContaining({ organizationName: clinic.organizationName, clientId: rescue.client.id })]);
  const organizationId = me.links[0].organizationId;
  const appointments = portalAppointments(request, rescue.session.accessToken, organizationId);

  const listed = await appointments.listOk();
  expect(listed.map((a) => a.id).sort()).toEqual(places.map((a) => a.id).sort());
  expect(listed.map((a) => a.id)).not.toContain(held.id);
  expect(listed.every((a) => a.clinicId === clinicId && a.date === PLACES_DATE && a.animal === null && !a.locked && a.lockedReason === null)).toBe(true);
  expect(listed[0]).toMatchObject({ typeName: 'Spay/neuter', category: 'surgery', status: 'scheduled', capacityLabel: 'Cats' });

  const [first, second, third] = listed;
  const filled = await appointments.setAnimalOk(first.id, cat('Whiskers'));
  expect(filled.animal).toEqual({ animalId: null, name: 'Whiskers', species: 'cat', sex: 'female', weightKg: 3.2, arrivingInTrap: true });
  await appointments.setAnimalOk(second.id, { name: 'Tom', species: 'cat', sex: 'male' });
  expect(issuePaths(await expectError(await appointments.setAnimal(third.id, { name: '', species: 'lion' }), 400, 'VALIDATION'))).toEqual(
    expect.arrayContaining(['name', 'species']),
  );

  // A dog would need the dog place, which the day no longer has: refused with the reason, the place kept as it was.
  const full = await expectError(await appointments.setAnimal(third.id, { name: 'Rex', species: 'dog', sex: 'male', weightKg: 20 }), 409, 'CONFLICT');
  expect(issuePaths(full)).toContain('animal');
  expect(full.message.length).toBeGreaterThan(10);
  expect((await appointments.listOk()).find((a) => a.id === third.id)?.animal).toBeNull();

  expect((await appointments.remove(third.id)).status()).toBe(204);
  await expectError(await appointments.remove(third.id), 404, 'NOT_FOUND');
  const kept = await appointments.listOk();
  expect(kept.map((a) => a.animal?.name).sort()).toEqual(['Tom', 'Whiskers']);
  expect((await staff.getOk(first.id)).animal).toMatchObject({ name: 'Whiskers', species: 'cat' });

  // Staff check Whiskers in: the portal shows it read-only and says why; edits and deletion are refused.
  await staff.actOk(first.id, 'check-in');
  const locked = (await appointments.listOk()).find((a) => a.id === first.id);
  expect(locked).toMatchObject({ status: 'checked-in', locked: true });
  expect(locked?.lockedReason).toMatch(/checked in/i);
  await expectError(await appointments.setAnimal(first.id, cat('Renamed')), 409, 'CONFLICT');
  await expectError(await appointments.remove(first.id), 409, 'CONFLICT');
  expect((await staff.getOk(first.id)).animal?.name).toBe('Whiskers');
});

test('viewing needs the View appointments permission and deleting the Delete appointments permission (403)', async ({ request }) => {
  const clinic = await signUp(request, newOrganization());
  const rescue = await invitedRescue(request, clinic.accessToken);
  const [place] = await releasedPlaces(request, clinic.accessToken, rescue.client.id);
  const organizationId = (await rescue.portal.meOk()).links[0].organizationId;

  const viewer = portalAppointments(request, await rescueUserWith(request, rescue.session.accessToken, [PORTAL_PERMISSIONS.viewAppointments]), organizationId);
  expect((await viewer.listOk()).map((a) => a.id)).toEqual([place.id]);
  await viewer.setAnimalOk(place.id, cat('Mittens'));
  await expectError(await viewer.remove(place.id), 403, 'FORBIDDEN');

  const outsider = portalAppointments(request, await rescueUserWith(request, rescue.session.accessToken, []), organizationId);
  await expectError(await outsider.list(), 403, 'FORBIDDEN');
  await expectError(await outsider.setAnimal(place.id, cat('Mittens')), 403, 'FORBIDDEN');

  expect((await portalAppointments(request, rescue.session.accessToken, organizationId).listOk())[0].animal?.name).toBe('Mittens');
});

test("account Y gets 404 for account X's appointment ids and for X's organization", async ({ request }) => {
  const a = await signUp(request, newOrganization());
  const x = await invitedRescue(request, a.accessToken, 'Xena X');
  const y = await invitedRescue(request, a.accessToken, 'Yuri Y');
  const [xPlace] = await releasedPlaces(request, a.accessToken, x.client.id);
  const [yPlace] = await releasedPlaces(request, a.accessToken, y.client.id);
  const orgA = (await y.portal.meOk()).links[0].organizationId;

  // Both linked to A: the link decides whose appointments an id may name.
  const asY = portalAppointments(request, y.session.accessToken, orgA);
  expect((await asY.listOk()).map((p) => p.id)).toEqual([yPlace.id]);
  await expectError(await asY.setAnimal(xPlace.id, cat('Stolen')), 404, 'NOT_FOUND');
  await expectError(await asY.remove(xPlace.id), 404, 'NOT_FOUND');
  expect((await portalAppointments(request, x.session.accessToken, orgA).listOk())[0]).toMatchObject({ id: xPlace.id, animal: null });

  // B links only X: to Y it does not exist.
  const b = await signUp(request, newOrganization());
  const clientB = await hqClients(request, b.accessToken).createOk(volumeClientInput());
  expect((await vcp(request, b.accessToken).invite(clientB.id, x.email)).status()).toBe(200);
  expect((await vcp(request, b.accessToken).link(clientB.id, x.email)).status()).toBe(200);
  const [bPlace] = await releasedPlaces(request, b.accessToken, clientB.id);
  const orgB = (await x.portal.meOk()).links.find((l) => l.organizationName === b.organizationName)?.organizationId ?? '';
  expect(orgB).not.toBe('');
  const yAtB = portalAppointments(request, y.session.accessToken, orgB);
  await expectError(await yAtB.list(), 404, 'NOT_FOUND');
  await expectError(await yAtB.setAnimal(bPlace.id, cat('Stolen')), 404, 'NOT_FOUND');
  await expectError(await yAtB.remove(bPlace.id), 404, 'NOT_FOUND');
});
