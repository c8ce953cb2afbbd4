import { randomBytes } from 'node:crypto';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { hqSignIn } from '../support/browser';
import { newOrganization, signUp } from '../support/organizations';

const PROFILE_URL = /\/clients\/[0-9a-f-]{36}$/;

test('a new user creates a volume client, finds it in Search Clients and Animals, disables it, and deletes only a client without records', async ({
  page,
  request,
}) => {
  const org = await signUp(request, newOrganization());
  const tag = randomBytes(3).toString('hex');
  const rescue = `Alley Cat Rescue ${tag}`;

  await hqSignIn(page, org.email, org.password);
  const clientsMenu = page.getByRole('navigation', { name: 'Clients' });

  // Create Volume Client, with mailing and billing using the physical address.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients', exact: true }).click();
  await clientsMenu.getByRole('link', { name: 'Create Volume Client' }).click();
  await expect(page.getByRole('heading', { name: 'Create Volume Client', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Save Changes' }).click();
  await expect(page.getByLabel('Organization name')).toBeFocused();
  await expect(page.getByText('Enter a valid phone number')).toBeVisible();

  await page.getByLabel('Organization name').fill(rescue);
  await page.getByLabel('Primary contact first name').fill('Dana');
  await page.getByLabel('Primary contact last name').fill('Okafor');
  await page.getByLabel('Phone number').fill('(303) 555-0142');
  await page.getByLabel('Invoice email (bill to)').fill(`billing-${tag}@rescue.example.test`);
  const physical = page.getByRole('group', { name: 'Physical address' });
  await physical.getByLabel('Street address').fill('1200 Larimer St');
  await physical.getByLabel('City').fill('Denver');
  await physical.getByLabel('State / Province').fill('CO');
  await physical.getByLabel('ZIP / Postal code').fill('80204');
  for (const group of ['Mailing address', 'Billing address']) {
    const usePhysical = page.getByRole('group', { name: group }).getByLabel('Use physical address');
    await expect(usePhysical).toBeChecked();
    // Unticking shows the address fields; ticking again hides them and they are not sent.
    await usePhysical.uncheck();
    await expect(page.getByRole('group', { name: group }).getByLabel('Street address')).toBeVisible();
    await usePhysical.check();
    await expect(page.getByRole('group', { name: group }).getByLabel('Street address')).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Save Changes' }).click();

  await expect(page).toHaveURL(PROFILE_URL);
  await expect(page.getByRole('heading', { name: rescue, level: 1 })).toBeVisible();
  await expect(page.getByText('Volume client', { exact: false }).first()).toBeVisible();
  await expect(definition(page, 'Mailing address')).toHaveText('Same as physical address');
  await expect(definition(page, 'Billing address')).toHaveText('Same as physical address');
  await expect(definition(page, 'Physical address')).toContainText('1200 Larimer St');

  // Search Clients and Animals → Volume Clients → a fragment of the name → Search → Disable.
  await clientsMenu.getByRole('link', { name: 'Search Clients and Animals' }).click();
  await page.getByLabel('Search for').fill(`scue ${tag}`);
  await page.getByLabel('Type').selectOption({ label: 'Volume Clients' });
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const result = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: rescue }) });
  await expect(result).toBeVisible();
  await expect(result).toContainText('Volume client');
  await result.getByRole('button', { name: 'Disable' }).click();
  await expect(result.getByText('Disabled', { exact: true })).toBeVisible();
  await expect(result.getByRole('button', { name: 'Enable' })).toBeVisible();

  await result.getByRole('link', { name: rescue }).click();
  await expect(page.getByRole('heading', { name: rescue, level: 1 })).toBeVisible();
  await expect(header(page).getByText('Disabled', { exact: true })).toBeVisible();
  await expect(header(page).getByRole('button', { name: 'Enable' })).toBeVisible();

  // A client with an animal cannot be deleted: the profile says why and offers Disable.
  const owner = `Rivera${tag}`;
  await clientsMenu.getByRole('link', { name: 'All Clients' }).click();
  await expect(page.getByRole('heading', { name: 'All Clients', level: 1 })).toBeVisible();
  await createClient(page, 'Jamie', owner);
  await page.getByRole('tab', { name: 'Animals' }).click();
  await expect(page.getByRole('heading', { name: 'No animals yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Add Animal' }).click();
  const animalDialog = page.getByRole('dialog', { name: 'Add Animal' });
  await animalDialog.getByLabel('Name').fill('Whiskers');
  await animalDialog.getByLabel('Weight', { exact: true }).fill('10');
  await expect(animalDialog.getByLabel('Weight unit')).toHaveValue('lb');
  await animalDialog.getByLabel('Cat arriving in a trap').check();
  await animalDialog.getByRole('button', { name: 'Add Animal' }).click();
  await expect(animalDialog).toBeHidden();
  const whiskers = page.getByRole('row').filter({ hasText: 'Whiskers' });
  await expect(whiskers).toContainText('4.536 kg (10 lb)');
  await expect(whiskers).toContainText('In a trap');

  await header(page).getByRole('button', { name: 'Delete' }).click();
  await confirmDelete(page, `Jamie ${owner}`);
  const refusal = page.getByRole('alert').filter({ hasText: "can't be deleted" });
  await expect(refusal).toContainText('1 animal');
  await refusal.getByRole('button', { name: 'Disable' }).click();
  await expect(header(page).getByText('Disabled', { exact: true })).toBeVisible();
  await expect(refusal).toBeHidden();
  await expect(page.getByRole('heading', { name: `Jamie ${owner}`, level: 1 })).toBeVisible();

  // A client without records is deleted after a confirmation, and leaves All Clients.
  const passerBy = `Nguyen${tag}`;
  await clientsMenu.getByRole('link', { name: 'My Clients' }).click();
  await expect(page.getByRole('heading', { name: 'My Clients', level: 1 })).toBeVisible();
  await createClient(page, 'Sam', passerBy);
  await clientsMenu.getByRole('link', { name: 'My Clients' }).click();
  await expect(page.getByRole('link', { name: `Sam ${passerBy}` })).toBeVisible();
  await page.getByRole('link', { name: `Sam ${passerBy}` }).click();

  await header(page).getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: `Delete Sam ${passerBy}?` });
  await expect(confirm).toContainText("can't be undone");
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await header(page).getByRole('button', { name: 'Delete' }).click();
  await confirmDelete(page, `Sam ${passerBy}`);

  await expect(page).toHaveURL(/\/clients\/all$/);
  await expect(page.getByRole('heading', { name: 'All Clients', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: rescue })).toBeVisible();
  await expect(page.getByRole('link', { name: `Jamie ${owner}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Sam ${passerBy}` })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: rescue })).toContainText('Disabled');
});

/** New Client (from My Clients or All Clients) → the New Client window → Create Client; lands on the profile. */
async function createClient(page: Page, firstName: string, lastName: string): Promise<void> {
  await page.getByRole('button', { name: 'New Client' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New Client' });
  await dialog.getByLabel('First name').fill(firstName);
  await dialog.getByLabel('Last name').fill(lastName);
  await expect(dialog.getByLabel('Email Communication')).toBeChecked();
  // SMS Communication with no mobile is refused next to the mobile field.
  await dialog.getByLabel('SMS Communication').check();
  await dialog.getByRole('button', { name: 'Create Client' }).click();
  await expect(dialog.getByText('Enter a mobile number for SMS, or turn SMS off')).toBeVisible();
  await expect(dialog.getByLabel('Mobile')).toBeFocused();
  await dialog.getByLabel('Mobile').fill('(720) 555-0199');
  await dialog.getByRole('button', { name: 'Create Client' }).click();
  await expect(page).toHaveURL(PROFILE_URL);
  await expect(page.getByRole('heading', { name: `${firstName} ${lastName}`, level: 1 })).toBeVisible();
}

async function confirmDelete(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: `Delete ${name}?` });
  await expect(dialog).toContainText("can't be undone");
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
}

/** The profile's header (a region named by the client): name, badges, Disable / Enable and Delete. */
function header(page: Page): Locator {
  return page.getByRole('region').filter({ has: page.getByRole('heading', { level: 1 }) });
}

/** The value a details list shows for `term`. */
function definition(page: Page, term: string): Locator {
  return page.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
}
