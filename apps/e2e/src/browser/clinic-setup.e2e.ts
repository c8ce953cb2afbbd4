import { expect, test } from '@playwright/test';
import { clinicSetupSchema } from '@tailwise/contracts';
import { hqSignIn } from '../support/browser';
import { answersWithin } from '../support/http';
import { newOrganization, signUp } from '../support/organizations';
import { bearer } from '../support/tokens';

test('staff set up a clinic: hours, a holiday, a surgery type and day capacity, with overlaps refused next to the field', async ({ page, request }) => {
  test.setTimeout(90_000);
  const org = await signUp(request, newOrganization());
  const me = (await (await request.get('/api/hq/me', { headers: bearer(org.accessToken) })).json()) as { clinics: { id: string; timeZone: string }[] };
  const clinicId = me.clinics[0].id;
  const setupOf = () => request.get(`/api/hq/clinics/${clinicId}/setup`, { headers: bearer(org.accessToken) });
  await answersWithin(setupOf, 200, 5_000);

  await hqSignIn(page, org.email, org.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Clinic' }).click();
  await expect(page.getByRole('heading', { name: 'Clinic', level: 1 })).toBeVisible();

  // Hours of operation: open Monday to Friday 08:00–17:30.
  const hours = page.getByRole('region', { name: 'Hours of operation' });
  await expect(hours).toContainText(`Times are in ${me.clinics[0].timeZone}`);
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
    await hours.getByLabel(`Closed on ${day}`).uncheck();
    await hours.getByLabel(`Opens on ${day}`).fill('08:00');
    await hours.getByLabel(`Closes on ${day}`).fill('17:30');
  }
  await hours.getByRole('button', { name: 'Save Changes' }).click();

  // A holiday.
  const closures = page.getByRole('region', { name: 'Closures and holidays' });
  await closures.getByRole('button', { name: 'Add Closure' }).click();
  const closureDialog = page.getByRole('dialog', { name: 'Add Closure' });
  await closureDialog.getByLabel('Start date').fill('2026-12-24');
  await closureDialog.getByLabel('End date').fill('2026-12-26');
  await closureDialog.getByLabel('Reason').fill('Holidays');
  await closureDialog.getByRole('button', { name: 'Add Closure' }).click();
  await expect(closureDialog).toBeHidden();
  await expect(closures).toContainText('Holidays');

  // A surgery type.
  const types = page.getByRole('region', { name: 'Appointment types' });
  await types.getByRole('button', { name: 'Add Appointment Type' }).click();
  const typeDialog = page.getByRole('dialog', { name: 'Add Appointment Type' });
  await typeDialog.getByLabel('Name').fill('Spay/neuter');
  await typeDialog.getByLabel('Category').selectOption({ label: 'Surgery' });
  await typeDialog.getByLabel('Default duration (minutes)').fill('60');
  await typeDialog.getByRole('button', { name: 'Add Appointment Type' }).click();
  await expect(typeDialog).toBeHidden();
  await expect(types).toContainText('Spay/neuter');

  // Day capacity: "Cats" and "Female cats" overlap; the refusal shows on the second rule.
  const capacity = page.getByRole('region', { name: 'Day capacity' });
  await capacity.getByRole('button', { name: 'Add Rule' }).click();
  const first = capacity.getByRole('group', { name: 'Rule 1' });
  await first.getByLabel('Label').fill('Cats');
  await first.getByLabel('Species').selectOption({ label: 'Cat' });
  await first.getByLabel('Places per day').fill('12');
  await capacity.getByRole('button', { name: 'Add Rule' }).click();
  const second = capacity.getByRole('group', { name: 'Rule 2' });
  await second.getByLabel('Label').fill('Female cats');
  await second.getByLabel('Species').selectOption({ label: 'Cat' });
  await second.getByLabel('Sex').selectOption({ label: 'Female' });
  await second.getByLabel('Places per day').fill('4');
  await capacity.getByRole('button', { name: 'Save Changes' }).click();
  await expect(second.getByText(/Overlaps “Cats”/)).toBeVisible();

  // Made dogs instead, the set saves.
  await second.getByLabel('Label').fill('Female dogs');
  await second.getByLabel('Species').selectOption({ label: 'Dog' });
  await capacity.getByRole('button', { name: 'Save Changes' }).click();
  await expect(second.getByText(/Overlaps/)).toBeHidden();

  await expect
    .poll(async () => {
      const setup = clinicSetupSchema.parse(await (await setupOf()).json());
      return {
        open: setup.hours.days.map((d) => d.hours?.opens ?? 'closed'),
        closures: setup.closures.map((c) => c.reason),
        types: setup.appointmentTypes.map((t) => `${t.name} ${t.category} ${t.defaultDurationMinutes}`),
        capacity: setup.capacityRules.map((r) => `${r.label} ${r.species ?? 'any'} ${r.sex ?? 'any'} ${r.limit}`),
      };
    })
    .toEqual({
      open: ['08:00', '08:00', '08:00', '08:00', '08:00', 'closed', 'closed'],
      closures: ['Holidays'],
      types: ['Spay/neuter surgery 60'],
      capacity: ['Cats cat any 12', 'Female dogs dog female 4'],
    });
});
