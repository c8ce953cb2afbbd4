import { expect, test } from '@playwright/test';
import { hqSignIn } from '../support/browser';
import { bookableClinic, dateInDays } from '../support/scheduling';

test('staff book 3 surgery places for a rescue, released to its portal, see the category full, and check one in', async ({ page, request }) => {
  test.setTimeout(120_000);
  // Open every day, a 60-minute surgery type, 3 places a day for cats, and a volume client.
  const clinic = await bookableClinic(request);
  const rescue = clinic.volume.displayName;
  const date = dateInDays(12);

  await hqSignIn(page, clinic.org.email, clinic.org.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  await page.getByLabel('Date', { exact: true }).fill(date);
  const day = page.getByRole('region').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(day).toContainText('Open 08:00–17:00');
  await expect(day).toContainText('No appointments on this day');
  await expect(day).toContainText('Cats 0/3');

  // New Appointment: the rescue, found by name; 3 surgery places for cats, released to its portal.
  await page.getByRole('button', { name: 'New Appointment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New Appointment' });
  await dialog.getByRole('combobox', { name: 'Client', exact: true }).fill(rescue);
  await page.getByRole('option', { name: new RegExp(rescue) }).click();
  await dialog.getByRole('combobox', { name: 'Appointment type' }).click();
  await page.getByRole('option', { name: 'Spay/neuter' }).click();
  await expect(dialog.getByLabel('Duration (minutes)')).toHaveValue('60');
  await expect(dialog.getByLabel('Date')).toHaveValue(date);
  await expect(dialog.getByLabel('Start time')).toHaveValue('08:00');
  await dialog.getByRole('textbox', { name: 'Places', exact: true }).fill('3');
  await dialog.getByLabel('Surgery category').selectOption({ label: 'Cats (3 a day)' });
  await dialog.getByLabel('Release to portal').check();
  await dialog.getByRole('button', { name: 'Book Appointment' }).click();
  await expect(dialog).toBeHidden();

  // The day is full for cats and lists the three places, each released with no animal yet.
  await expect(day).toContainText('Cats 3/3 Full');
  await expect(day).toContainText('Surgery 3');
  const rows = day.getByRole('row').filter({ hasText: rescue });
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) {
    await expect(row).toContainText('Animal not yet named');
    await expect(row).toContainText('Scheduled');
    await expect(row).toContainText('Released');
  }

  // Check one in: it is in progress.
  await rows.first().getByRole('button', { name: /^Details of/ }).click();
  const details = page.getByRole('dialog', { name: 'Appointment' });
  await details.getByRole('button', { name: 'Check In' }).click();
  await expect(details).toContainText('In progress');
  await expect(details.getByRole('button', { name: 'Check Out' })).toBeVisible();
  await details.getByRole('button', { name: 'Close dialog' }).click();
  await expect(day.getByRole('row').filter({ hasText: 'In progress' })).toHaveCount(1);

  const booked = await clinic.api.dayOk(date);
  expect(booked.appointments.map((a) => [a.clientId, a.released, a.capacityRuleId, a.animal]).sort()).toEqual(
    Array.from({ length: 3 }, () => [clinic.volume.id, true, clinic.cats.id, null]),
  );
  expect(booked.appointments.map((a) => a.status).sort()).toEqual(['checked-in', 'scheduled', 'scheduled']);
});
