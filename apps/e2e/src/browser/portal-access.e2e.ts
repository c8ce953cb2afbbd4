import { expect, test, type Page } from '@playwright/test';
import { followEmailLink, hqSignIn } from '../support/browser';
import { animalInput, hqClients, uniqueTag, volumeClientInput } from '../support/clients';
import { newOrganization, signUp } from '../support/organizations';
import { INVITE_SUBJECT, PORTAL_PASSWORD, rescueEmail, waitForEmails } from '../support/portal';
import { releasedPlaces } from '../support/portal-scheduling';

test('a rescue invited by clinic A creates a New Account, clinic B links it, and Close Access at A leaves B', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const a = await signUp(request, newOrganization());
  const b = await signUp(request, newOrganization());
  const tag = uniqueTag();
  const rescue = `Alley Cat Rescue ${tag}`;
  const email = rescueEmail(tag);

  // Each party has its own browser (cookies and all).
  const hqA = await (await browser.newContext()).newPage();
  const hqB = await (await browser.newContext()).newPage();
  const rescuePage = await (await browser.newContext()).newPage();

  // Clinic A: Create Volume Client, then VCP → Send.
  await hqSignIn(hqA, a.email, a.password);
  await hqA.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients', exact: true }).click();
  await hqA.getByRole('navigation', { name: 'Clients' }).getByRole('link', { name: 'Create Volume Client' }).click();
  await hqA.getByLabel('Organization name').fill(rescue);
  await hqA.getByLabel('Primary contact first name').fill('Dana');
  await hqA.getByLabel('Primary contact last name').fill('Okafor');
  await hqA.getByLabel('Phone number').fill('(303) 555-0142');
  await hqA.getByLabel('Invoice email (bill to)').fill(email);
  const physical = hqA.getByRole('group', { name: 'Physical address' });
  await physical.getByLabel('Street address').fill('1200 Larimer St');
  await physical.getByLabel('City').fill('Denver');
  await physical.getByLabel('State / Province').fill('CO');
  await physical.getByLabel('ZIP / Postal code').fill('80204');
  await hqA.getByRole('button', { name: 'Save Changes' }).click();
  await expect(hqA.getByRole('heading', { name: rescue, level: 1 })).toBeVisible();
  // A volume client's clinic appears in the portal once it has appointments for the client.
  const clientIdA = /\/clients\/([0-9a-f-]{36})/.exec(hqA.url())?.[1] ?? '';
  expect(clientIdA).not.toBe('');
  await releasedPlaces(request, a.accessToken, clientIdA);

  await hqA.getByRole('tab', { name: 'VCP' }).click();
  await sendInvitation(hqA, 'Send', email);
  await expect(hqA.getByRole('button', { name: 'Generate New Invite' })).toBeVisible();
  await expect(historyRow(hqA, email)).toContainText(`${a.firstName} ${a.lastName}`);

  // The rescue opens the email in the mail catcher and follows its link.
  const [invitation] = await waitForEmails(email, INVITE_SUBJECT);
  await followEmailLink(rescuePage, invitation, 'Accept the invitation');
  await expect(rescuePage).toHaveURL(/\/portal\/invitation#token=/);
  await expect(rescuePage.getByText(a.organizationName).first()).toBeVisible();

  // New Account: name and a password that follows the rules.
  await rescuePage.getByRole('button', { name: 'New Account' }).click();
  await rescuePage.getByLabel('Your name').fill('Dana Okafor');
  await rescuePage.getByLabel(/^Password/).fill('short');
  await rescuePage.getByLabel('Confirm password').fill('short');
  await rescuePage.getByRole('button', { name: 'Create a new account' }).click();
  await expect(rescuePage.getByText('Use at least 8 characters')).toBeVisible();
  await rescuePage.getByLabel(/^Password/).fill(PORTAL_PASSWORD);
  await rescuePage.getByLabel('Confirm password').fill(PORTAL_PASSWORD);
  await rescuePage.getByRole('button', { name: 'Create a new account' }).click();
  const switcher = rescuePage.getByLabel('Clinic');
  await expect(switcher).toBeVisible();
  await expect(switcher.locator('option')).toHaveText([a.organizationName]);
  // The portal opens on the clinic's appointments: the released place waits for its animal.
  await expect(rescuePage.getByRole('heading', { name: 'Appointments', level: 1 })).toBeVisible();
  await expect(rescuePage.getByText('Animal details needed')).toBeVisible();

  // VCP at A now says Active.
  await hqA.reload();
  await expect(hqA.getByText('Active', { exact: true }).first()).toBeVisible();

  // Clinic B invites the same email: HQ shows the account and links it after a confirmation.
  const clientB = await hqClients(request, b.accessToken).createOk(volumeClientInput({ organizationName: rescue }));
  await hqClients(request, b.accessToken).createAnimalOk(clientB.id, animalInput({ name: 'Biscuit' }));
  await hqSignIn(hqB, b.email, b.password);
  await hqB.goto(`/clients/${clientB.id}/vcp`);
  await sendInvitation(hqB, 'Send', email);
  await expect(hqB.getByText(rescue).first()).toBeVisible();
  const offer = hqB.getByRole('dialog', { name: 'Invite to Volume Client Portal' });
  await expect(offer).toContainText(email);
  await offer.getByRole('button', { name: 'Link with Account' }).click();
  const confirm = hqB.getByRole('dialog', { name: 'Link with Account?' });
  await expect(confirm).toContainText("Linking can't be undone");
  await confirm.getByRole('button', { name: 'Link with Account' }).click();
  await expect(hqB.getByText('Active', { exact: true }).first()).toBeVisible();
  await releasedPlaces(request, b.accessToken, clientB.id);

  // One login, both clinics.
  await rescuePage.reload();
  await expect(switcher.locator('option')).toHaveText([a.organizationName, b.organizationName].sort());
  await switcher.selectOption({ label: b.organizationName });
  await rescuePage.getByRole('link', { name: 'Animals' }).first().click();
  await expect(rescuePage.getByText('Biscuit')).toBeVisible();
  await switcher.selectOption({ label: a.organizationName });
  await expect(rescuePage.getByText('Biscuit')).toBeHidden();

  // Clinic A closes access; the rescue's open portal loses A at its next request and keeps B.
  await hqA.getByRole('button', { name: 'Close Access' }).click();
  await hqA.getByRole('dialog', { name: 'Close Access?' }).getByRole('button', { name: 'Close Access' }).click();
  await expect(hqA.getByText('Closed', { exact: true }).first()).toBeVisible();

  await rescuePage.getByRole('link', { name: 'Appointments' }).first().click();
  await rescuePage.getByRole('link', { name: 'Animals' }).first().click();
  await expect(rescuePage.getByText(/closed your portal access/i)).toBeVisible();
  await expect(switcher.locator('option')).toHaveText([b.organizationName]);
  await expect(rescuePage.getByText('Biscuit')).toBeVisible();
});

/** Send / Generate New Invite: the window asks for the email to invite. */
async function sendInvitation(page: Page, button: 'Send' | 'Generate New Invite', email: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite to Volume Client Portal' });
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByRole('button', { name: 'Send Invitation' }).click();
}

function historyRow(page: Page, email: string) {
  return page.getByRole('row').filter({ hasText: email }).first();
}
