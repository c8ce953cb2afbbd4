import { expect, test, type Page } from '@playwright/test';
import { e2eEnv } from '../support/env';
import { waitForEmail } from '../support/mail';
import { newOrganization } from '../support/organizations';

test('a new user signs a clinic up, signs in, finds the shell, signs out; the welcome email waits in the mail catcher', async ({ page }) => {
  const org = newOrganization();

  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole('link', { name: /sign up/i }).click();

  await page.getByLabel('Organization name').fill(org.organizationName);
  await page.getByLabel('Clinic name').fill(org.clinicName);
  await page.getByLabel('First name').fill(org.firstName);
  await page.getByLabel('Last name').fill(org.lastName);
  await page.getByLabel('Email').fill(org.email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create Account' }).click();
  await expect(page.getByText('Use at least 8 characters')).toBeVisible();
  await page.getByLabel('Password').fill(org.password);
  await page.getByRole('button', { name: 'Create Account' }).click();

  await expect(page.getByRole('heading', { name: `Welcome, ${org.firstName}` })).toBeVisible();
  await expect(page.getByText(org.organizationName).first()).toBeVisible();
  await expect(page.getByText(org.clinicName)).toBeVisible();
  await expectShell(page);

  await signOut(page);
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel('Email').fill(org.email);
  await page.getByLabel('Password').fill('Wrong-password1');
  await page.getByRole('button', { name: 'Sign In' }).click();
  await expect(page.getByText('Email or password is incorrect')).toBeVisible();
  await page.getByLabel('Password').fill(org.password);
  await page.getByRole('button', { name: 'Sign In' }).click();
  // Signing in returns to the page the user was on: Settings, where they signed out.
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Tailwise HQ' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${org.firstName}` })).toBeVisible();

  // A reload keeps the session: the refresh cookie restores it.
  await page.reload();
  await expect(page.getByRole('heading', { name: `Welcome, ${org.firstName}` })).toBeVisible();
  await signOut(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);

  const email = await waitForEmail(org.email, /welcome/i);
  await page.goto(e2eEnv('mailUrl'));
  await expect(page.getByText(email.subject).first()).toBeVisible();
});

test('the portal shows its sign-in page and refuses unknown credentials', async ({ page }) => {
  await page.goto('/portal/');
  await expect(page).toHaveURL(/\/portal\/sign-in/);
  await page.getByLabel('Email').fill('nobody@example.test');
  await page.getByLabel('Password').fill('Whatever-1');
  await page.getByRole('button', { name: 'Sign In' }).click();
  await expect(page.getByText('Email or password is incorrect')).toBeVisible();
  await page.getByRole('link', { name: 'Need help logging in?' }).click();
  await expect(page).toHaveURL(/\/portal\//);
});

async function expectShell(page: Page): Promise<void> {
  const main = page.getByRole('navigation', { name: 'Main' });
  for (const section of ['Clients', 'Calendar', 'Chat', 'Settings']) {
    await main.getByRole('link', { name: section, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  await main.getByRole('link', { name: 'Clients', exact: true }).click();
  const clientsMenu = page.getByRole('navigation', { name: 'Clients' });
  for (const item of ['Create Volume Client', 'Create Client', 'My Clients', 'All Clients', 'Search Clients and Animals']) {
    await expect(clientsMenu.getByRole('link', { name: item })).toBeVisible();
  }
  await main.getByRole('link', { name: 'Settings', exact: true }).click();
  const settingsMenu = page.getByRole('navigation', { name: 'Settings' });
  for (const item of ['Clinic', 'Users', 'User Roles', 'Client Site', 'Chat']) {
    await expect(settingsMenu.getByRole('link', { name: item, exact: true })).toBeVisible();
  }
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Robin/ }).click();
  await page.getByRole('menuitem', { name: 'Sign Out' }).click();
}
