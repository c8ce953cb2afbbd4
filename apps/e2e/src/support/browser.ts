import { expect, type Page } from '@playwright/test';
import { e2eEnv } from './env';
import type { CaughtEmail } from './mail';

/** Signs in to HQ and waits for the home page. */
export async function hqSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign In' }).click();
  await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
}

/** Opens an email in the mail catcher, as a person would, and follows its link. */
export async function followEmailLink(page: Page, email: CaughtEmail, linkName: string | RegExp): Promise<void> {
  await page.goto(`${e2eEnv('mailUrl')}/api/email/${email.id}/html`);
  await page.getByRole('link', { name: linkName }).click();
}
