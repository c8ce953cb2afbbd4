import { expect, test, type Browser, type Page } from '@playwright/test';
import { PORTAL_PASSWORD } from '../support/portal';
import { petOwner, petOwnerClinic, portalOptionsOk } from '../support/pet-owners';
import { dateInDays } from '../support/scheduling';

test('a pet owner requests a morning visit and sees it pending; a time another owner booked is no longer offered', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const clinic = await petOwnerClinic(request);
  await portalOptionsOk(request, clinic, { allowRequests: true, allowSelfScheduling: true });
  const ownerA = await petOwner(request, clinic.org.accessToken, 'Avery');
  const ownerB = await petOwner(request, clinic.org.accessToken, 'Blake');
  const date = dateInDays(7);
  const dateText = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

  // A asks for a morning visit on the date.
  const pageA = await portalSignIn(browser, ownerA.email);
  await expect(pageA.getByText('Office hours')).toBeVisible();
  await pageA.getByRole('button', { name: 'Request an appointment' }).click();
  const requestDialog = pageA.getByRole('dialog', { name: 'Request an appointment' });
  await requestDialog.getByLabel('Date').fill(date);
  await requestDialog.getByRole('radio', { name: 'Morning' }).check();
  await requestDialog.getByLabel('Reason for Visit').selectOption({ label: clinic.reason.name });
  await requestDialog.getByLabel('Message').fill('First visit for our new kitten');
  await requestDialog.getByRole('button', { name: 'Send Request' }).click();
  await expect(requestDialog).toBeHidden();
  await expect(pageA.getByText(`Your request for ${dateText} (Morning) was sent`)).toBeVisible();
  const myRequests = pageA.getByRole('region', { name: 'My Requests' });
  await expect(myRequests.getByRole('listitem')).toHaveCount(1);
  await expect(myRequests.getByRole('listitem').first()).toContainText(`${dateText}, Morning`);
  await expect(myRequests.getByRole('listitem').first()).toContainText(clinic.reason.name);
  await expect(myRequests.getByRole('listitem').first()).toContainText('Pending');

  // B, on a phone, books the first open time of the same date for the same reason.
  const pageB = await portalSignIn(browser, ownerB.email, { width: 390, height: 844 });
  const scheduleB = await openTimesOn(pageB, date, clinic.reason.name);
  const firstTime = scheduleB.getByRole('group', { name: `Open times on ${dateText}` }).getByRole('button').first();
  const taken = (await firstTime.textContent())?.trim() ?? '';
  expect(taken).not.toBe('');
  await firstTime.click();
  await expect(firstTime).toHaveAttribute('aria-pressed', 'true');
  await scheduleB.getByRole('button', { name: `Book ${dateText} at ${taken}` }).click();
  await expect(scheduleB).toBeHidden();
  await expect(pageB.getByText(`on ${dateText} at ${taken}`)).toBeVisible();
  await expect(pageB.getByRole('row').filter({ hasText: dateText }).filter({ hasText: taken })).toBeVisible();

  // A looks at the same date and reason: B's time is no longer offered.
  const scheduleA = await openTimesOn(pageA, date, clinic.reason.name);
  const timesA = scheduleA.getByRole('group', { name: `Open times on ${dateText}` });
  await expect(timesA.getByRole('button').first()).toBeVisible();
  await expect(timesA.getByRole('button', { name: taken, exact: true })).toHaveCount(0);
});

/** Signs a pet owner in to the portal in a browser of their own and waits for Appointments. */
async function portalSignIn(browser: Browser, email: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await (await browser.newContext(viewport ? { viewport } : {})).newPage();
  await page.goto('/portal/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PORTAL_PASSWORD);
  await page.getByRole('button', { name: 'Sign In' }).click();
  await expect(page.getByRole('heading', { name: 'Appointments', level: 1 })).toBeVisible();
  return page;
}

/** Schedule an Appointment: picks the reason and the date, and waits for that day's open times. */
async function openTimesOn(page: Page, date: string, reason: string) {
  await page.getByRole('button', { name: 'Schedule an Appointment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule an Appointment' });
  await dialog.getByLabel('Reason for Visit').selectOption({ label: reason });
  await dialog.getByLabel('Date').fill(date);
  await expect(dialog.getByRole('group', { name: /^Open times on / })).toBeVisible();
  return dialog;
}
