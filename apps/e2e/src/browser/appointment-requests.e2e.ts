import { expect, test } from '@playwright/test';
import { hqSignIn } from '../support/browser';
import { appointmentRequests, petOwner, petOwnerClinic, portalOptionsOk, timesOn } from '../support/pet-owners';
import { dateInDays } from '../support/scheduling';

test('staff see a pet owner\'s requests on the Calendar, accept one at an offered time onto the day, and decline another with a message', async ({ page, request }) => {
  test.setTimeout(120_000);
  // Open 08:00–17:00 every day, a 30-minute wellness reason; a pet owner asks for an afternoon and a morning.
  const clinic = await petOwnerClinic(request);
  await portalOptionsOk(request, clinic, { allowRequests: true, allowSelfScheduling: false });
  const owner = await petOwner(request, clinic.org.accessToken, 'Mina');
  const date = dateInDays(9);
  await owner.scheduling.createRequestOk({ clinicId: clinic.clinicId, date, timeOfDay: 'afternoon', reasonId: clinic.reason.id, message: 'Mochi has been sneezing' });
  await owner.scheduling.createRequestOk({ clinicId: clinic.clinicId, date: dateInDays(10), timeOfDay: 'morning', reasonId: clinic.reason.id, message: null });
  const staff = appointmentRequests(request, clinic.org.accessToken, clinic.clinicId);
  const afternoon = timesOn(await staff.openTimesOk(`?appointmentTypeId=${clinic.wellness.id}&from=${date}&to=${date}`), date).filter(
    (time) => time >= '12:00' && time < '17:00',
  );
  expect(afternoon.length).toBeGreaterThan(1);

  await hqSignIn(page, clinic.org.email, clinic.org.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
  const requestsTab = page.getByRole('tab', { name: /^Appointment Requests/ });
  await expect(requestsTab).toContainText('2');
  await requestsTab.click();
  const rows = page.getByRole('row').filter({ hasText: owner.name });
  await expect(rows).toHaveCount(2);
  const afternoonRow = rows.filter({ hasText: 'Afternoon' });
  await expect(afternoonRow).toContainText('Wellness visit');
  await expect(afternoonRow).toContainText('Mochi has been sneezing');
  await expect(afternoonRow).toContainText('Pending');

  // Accept: the requested date, starting at the first open afternoon time; pick the next one offered.
  await afternoonRow.getByRole('button', { name: 'Accept' }).click();
  const accept = page.getByRole('dialog', { name: 'Accept Request' });
  await expect(accept.getByLabel('Date')).toHaveValue(date);
  await expect(accept.getByLabel('Start time')).toHaveValue(afternoon[0]);
  await accept.getByLabel('Open times').selectOption(afternoon[1]);
  await expect(accept.getByLabel('Start time')).toHaveValue(afternoon[1]);
  await expect(accept.getByLabel('Appointment type')).toHaveValue(clinic.wellness.id);
  await accept.getByRole('button', { name: 'Accept and Book' }).click();
  await expect(accept).toBeHidden();
  await expect(afternoonRow).toContainText('Accepted');
  await expect(requestsTab).toContainText('1');

  // Decline the morning one, with a message for the client.
  const morningRow = rows.filter({ hasText: 'Morning' });
  await morningRow.getByRole('button', { name: 'Decline' }).click();
  const decline = page.getByRole('dialog', { name: 'Decline Request' });
  await decline.getByLabel('Message to the client').fill('We are fully booked, please try Thursday');
  await decline.getByRole('button', { name: 'Decline Request' }).click();
  await expect(decline).toBeHidden();
  await expect(morningRow).toContainText('Declined');
  await expect(morningRow).toContainText('We are fully booked, please try Thursday');

  // The accepted request links to its day, where the appointment is.
  await afternoonRow.getByRole('link', { name: new RegExp(` at ${afternoon[1]}$`) }).click();
  await expect(page.getByRole('tab', { name: 'Calendar', exact: true })).toHaveAttribute('aria-selected', 'true');
  const day = page.getByRole('region').filter({ has: page.getByRole('heading', { level: 2 }) });
  const booked = day.getByRole('row').filter({ hasText: owner.name });
  await expect(booked).toHaveCount(1);
  await expect(booked).toContainText(afternoon[1]);
  await expect(booked).toContainText('Wellness exam');
  await expect(booked).toContainText('Scheduled');

  const answered = await staff.listOk();
  expect(answered.map((r) => [r.timeOfDay, r.status, r.appointmentStartTime, r.declineMessage]).sort()).toEqual([
    ['afternoon', 'accepted', afternoon[1], null],
    ['morning', 'declined', null, 'We are fully booked, please try Thursday'],
  ]);
});
