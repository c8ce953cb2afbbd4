import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { uniqueTag } from '../support/clients';
import { newOrganization, signUp } from '../support/organizations';
import { INVITE_SUBJECT, PORTAL_PASSWORD, emailedToken, invitedVolumeClient, portal, portalAuth, rescueEmail } from '../support/portal';
import { portalAppointments, releasedPlaces, surgeryClinic } from '../support/portal-scheduling';

// The portal's Appointments (issue #5, released appointments) as a rescue uses it: fill in the
// animals of the surgery places a clinic released, delete the one not needed, and find the
// animal staff checked in read-only.

test('a rescue fills two released places, is refused a dog over capacity, deletes the third, and sees the checked-in one read-only', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const clinic = await signUp(request, newOrganization());
  const { api: staff } = await surgeryClinic(request, clinic.accessToken);
  const email = rescueEmail(uniqueTag());
  const client = await invitedVolumeClient(request, clinic.accessToken, email);
  const session = await portalAuth(request).newAccountOk(await emailedToken(email, INVITE_SUBJECT), 'Dana Okafor');
  // Three released cat places, and the day's only dog place held for someone else (not released).
  const places = await releasedPlaces(request, clinic.accessToken, client.id, { places: 3 });
  const [heldDogPlace] = await releasedPlaces(request, clinic.accessToken, client.id, { category: 'dogs', release: false });
  const organizationId = (await portal(request, session.accessToken).meOk()).links[0].organizationId;

  const page = await portalSignIn(browser, email);
  await page.getByRole('link', { name: 'Appointments' }).first().click();
  const table = page.getByRole('table', { name: `Your appointments at ${clinic.organizationName}` });
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
  const needingAnimal = rows.filter({ hasText: 'Animal details needed' });
  await expect(rows).toHaveCount(3);
  await expect(needingAnimal).toHaveCount(3);
  await expect(rows.first()).toContainText('Cats');

  // Two animals, each through its place's Animal details.
  await fillAnimal(page, needingAnimal.first(), { name: 'Whiskers', species: 'Cat', sex: 'Female', weightKg: '3.2', arrivingInTrap: true });
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(rows.filter({ hasText: 'Whiskers' })).toContainText('Cat, Female, 3.2 kg, in a trap');
  await fillAnimal(page, needingAnimal.first(), { name: 'Tom', species: 'Cat', sex: 'Male', weightKg: '4.1', arrivingInTrap: false });
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(rows.filter({ hasText: 'Tom' })).toContainText('Cat, Male, 4.1 kg');
  await expect(needingAnimal).toHaveCount(1);

  // A dog needs the day's dog place, which is taken: the form says why and the place stays empty.
  await fillAnimal(page, needingAnimal.first(), { name: 'Rex', species: 'Dog', sex: 'Male', weightKg: '20', arrivingInTrap: false });
  const animalDialog = page.getByRole('dialog', { name: /^Animal details: / });
  await expect(animalDialog.getByRole('alert')).toContainText('It was booked as “Cats”, but a male dog weighing 20 kg belongs in “Dogs”, which has no places left on this day');
  await animalDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(animalDialog).toBeHidden();
  await expect(needingAnimal).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Rex' })).toHaveCount(0);

  // The third place is given back after a confirmation.
  await needingAnimal.first().getByRole('button', { name: /^Delete the appointment on / }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete appointment?' });
  await expect(confirm).toContainText(`is given back to ${clinic.organizationName}`);
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(rows).toHaveCount(2);
  await expect(needingAnimal).toHaveCount(0);

  // Staff check Whiskers in: after a reload the rescue sees it read-only, with the reason.
  const rescueApi = portalAppointments(request, session.accessToken, organizationId);
  const whiskers = (await rescueApi.listOk()).find((a) => a.animal?.name === 'Whiskers');
  if (!whiskers) throw new Error('the portal does not list Whiskers');
  await staff.actOk(whiskers.id, 'check-in');
  await page.reload();
  const checkedIn = rows.filter({ hasText: 'Whiskers' });
  await expect(checkedIn).toContainText('Checked in');
  await expect(checkedIn).toContainText('This appointment is checked in, so it can no longer be changed');
  await expect(checkedIn.getByRole('button')).toHaveCount(0);
  const tom = rows.filter({ hasText: 'Tom' });
  await expect(tom.getByRole('button', { name: /^Animal details for / })).toBeVisible();
  await expect(tom.getByRole('button', { name: /^Delete the appointment on / })).toBeVisible();

  // The data behind the pages: two animals set, the third place gone, Whiskers checked in.
  const kept = await rescueApi.listOk();
  expect(kept.map((a) => a.animal?.name).sort()).toEqual(['Tom', 'Whiskers']);
  const deleted = places.filter((place) => !kept.some((a) => a.id === place.id));
  expect(deleted).toHaveLength(1);
  expect(kept.find((a) => a.animal?.name === 'Whiskers')).toMatchObject({ status: 'checked-in', locked: true });
  expect(kept.find((a) => a.animal?.name === 'Tom')).toMatchObject({ status: 'scheduled', locked: false });
  expect(await staff.getOk(whiskers.id)).toMatchObject({
    status: 'checked-in',
    animal: { name: 'Whiskers', species: 'cat', sex: 'female', weightKg: 3.2, arrivingInTrap: true },
  });
  const clientAppointments = (await staff.clientAppointmentsOk(client.id)).map((a) => a.id);
  expect(clientAppointments).not.toContain(deleted[0].id);
  expect(clientAppointments).toContain(heldDogPlace.id);
  expect((await staff.getOk(heldDogPlace.id)).animal).toBeNull();
});

/** Signs the rescue in to the portal in a browser of its own and waits for Appointments. */
async function portalSignIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/portal/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PORTAL_PASSWORD);
  await page.getByRole('button', { name: 'Sign In' }).click();
  await expect(page.getByRole('heading', { name: 'Appointments', level: 1 })).toBeVisible();
  return page;
}

interface AnimalDetails {
  name: string;
  species: string;
  sex: string;
  weightKg: string;
  arrivingInTrap: boolean;
}

/** Opens a place's Animal details, fills the form in and saves it. */
async function fillAnimal(page: Page, row: Locator, animal: AnimalDetails): Promise<void> {
  await row.getByRole('button', { name: /^Animal details for / }).click();
  const form = page.getByRole('dialog', { name: /^Animal details: / }).getByRole('form', { name: 'Animal details' });
  await form.getByLabel('Name').fill(animal.name);
  await form.getByLabel('Species').selectOption({ label: animal.species });
  await form.getByLabel('Sex').selectOption({ label: animal.sex });
  await form.getByLabel('Weight (kg)').fill(animal.weightKg);
  await form.getByLabel('Arriving in trap').setChecked(animal.arrivingInTrap);
  await form.getByRole('button', { name: 'Save Animal Details' }).click();
}
