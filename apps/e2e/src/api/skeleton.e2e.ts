import { expect, test } from '@playwright/test';
import { waitForEmail } from '../support/mail';
import { newOrganization, signUp } from '../support/organizations';

test('a clinic signs up, its admin sees themself, and the welcome email arrives', async ({ request }) => {
  const org = await signUp(request, newOrganization());
  const me = await request.get('/api/hq/me', { headers: { authorization: `Bearer ${org.accessToken}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({
    user: { email: org.email, firstName: org.firstName },
    organization: { name: org.organizationName },
    clinics: [{ name: org.clinicName, timeZone: 'America/Denver' }],
    role: 'Admin',
  });
  const email = await waitForEmail(org.email, /welcome/i);
  expect(email.text ?? email.html).toContain(org.organizationName);
});
