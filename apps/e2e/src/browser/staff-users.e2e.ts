import { expect, test } from '@playwright/test';
import { followEmailLink, hqSignIn } from '../support/browser';
import { uniqueTag } from '../support/clients';
import { newOrganization, signUp } from '../support/organizations';
import { INVITE_SUBJECT, PORTAL_PASSWORD, emailedToken, invitedVolumeClient, portalAuth, rescueEmail, waitForEmails } from '../support/portal';
import { STAFF_INVITE_SUBJECT } from '../support/staff';

test('an admin makes a role, invites a staff member who sets a password from the email, then disables them', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const org = await signUp(request, newOrganization());
  const tag = uniqueTag();
  const roleName = `Front desk ${tag}`;
  const email = `desk-${tag}@clinic.example.test`;
  const admin = await (await browser.newContext()).newPage();
  const member = await (await browser.newContext()).newPage();

  await hqSignIn(admin, org.email, org.password);
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const settingsMenu = admin.getByRole('navigation', { name: 'Settings' });

  // User Roles: Admin is built in; a new role with two permissions.
  await settingsMenu.getByRole('link', { name: 'User Roles' }).click();
  await expect(admin.getByRole('heading', { name: 'User Roles', level: 1 })).toBeVisible();
  await expect(admin.getByRole('row').filter({ hasText: 'Admin' })).toContainText('Built-in');
  await admin.getByRole('button', { name: 'Create Role' }).click();
  const roleDialog = admin.getByRole('dialog', { name: 'Create Role' });
  await roleDialog.getByLabel('Name').fill(roleName);
  await roleDialog.getByLabel('Manage clients').check();
  await roleDialog.getByLabel('Manage portal access').check();
  await roleDialog.getByRole('button', { name: 'Create Role' }).click();
  await expect(roleDialog).toBeHidden();
  await expect(admin.getByRole('row').filter({ hasText: roleName })).toBeVisible();

  // Users: Invite User with that role.
  await settingsMenu.getByRole('link', { name: 'Users' }).click();
  await admin.getByRole('button', { name: 'Invite User' }).click();
  const invite = admin.getByRole('dialog', { name: 'Invite User' });
  await invite.getByLabel('First name').fill('Casey');
  await invite.getByLabel('Last name').fill('Desk');
  await invite.getByLabel('Email').fill(email);
  await invite.getByLabel('Role').selectOption({ label: roleName });
  await invite.getByRole('button', { name: 'Send Invitation' }).click();
  await expect(invite).toBeHidden();
  const row = admin.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Invited');

  // The invitee follows the emailed link and sets a password.
  const [mail] = await waitForEmails(email, STAFF_INVITE_SUBJECT);
  await followEmailLink(member, mail, 'Set your password');
  await expect(member.getByRole('heading', { name: 'Set your password' })).toBeVisible();
  await member.getByLabel(/^Password/).fill('Front-desk1!');
  await member.getByLabel('Confirm password').fill('Front-desk1!');
  await member.getByRole('button', { name: 'Set Password' }).click();
  await expect(member.getByRole('heading', { name: /^Welcome, Casey/ })).toBeVisible();

  // Active now; the admin disables them and their open HQ stops working.
  await admin.reload();
  await expect(row).toContainText('Active');
  await admin.getByRole('button', { name: 'Disable Casey Desk' }).click();
  const confirm = admin.getByRole('dialog', { name: 'Disable Casey Desk?' });
  await expect(confirm).toContainText(/sessions end/i);
  await confirm.getByRole('button', { name: 'Disable' }).click();
  await expect(row).toContainText('Disabled');
  await member.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients', exact: true }).click();
  await member.getByRole('link', { name: 'All Clients' }).click();
  await expect(member.getByRole('button', { name: 'Sign In' })).toBeVisible();
});

test('a portal user uses Need help logging in? and signs in with the new password', async ({ page, request }) => {
  const clinic = await signUp(request, newOrganization());
  const email = rescueEmail(uniqueTag());
  await invitedVolumeClient(request, clinic.accessToken, email);
  await portalAuth(request).newAccountOk(await emailedToken(email, INVITE_SUBJECT), 'Riley Rescue');

  await page.goto('/portal/sign-in');
  await page.getByRole('link', { name: 'Need help logging in?' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send Reset Link' }).click();
  await expect(page.getByText('Check your email')).toBeVisible();

  const [reset] = await waitForEmails(email, /Reset your Tailwise Portal password/);
  await followEmailLink(page, reset, 'Choose a new password');
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel(/^Password/).fill('Another-pass1');
  await page.getByLabel('Confirm password').fill('Another-pass1');
  await page.getByRole('button', { name: 'Set Password' }).click();
  // Signed in: the clinic has booked nothing for the rescue yet, so the portal lists no clinic.
  await expect(page.getByLabel('Clinic').locator('option')).toHaveText(['No clinics yet']);

  // Signed out, the old password no longer works and the new one does.
  await page.getByRole('button', { name: /Riley Rescue/ }).click();
  await page.getByRole('menuitem', { name: 'Sign Out' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PORTAL_PASSWORD);
  await page.getByRole('button', { name: 'Sign In', exact: true }).click();
  await expect(page.getByText('Email or password is incorrect')).toBeVisible();
  await page.getByLabel('Password').fill('Another-pass1');
  await page.getByRole('button', { name: 'Sign In', exact: true }).click();
  await expect(page.getByLabel('Clinic')).toBeVisible();
});
