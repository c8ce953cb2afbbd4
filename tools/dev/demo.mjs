// The demo organization, created through the public API like any clinic signing up.
export const DEMO = {
  organizationName: 'Demo Spay & Neuter Clinic',
  clinicName: 'Main Street Clinic',
  timeZone: 'America/Chicago',
  firstName: 'Dana',
  lastName: 'Demo',
  email: 'demo@tailwise.local',
  password: 'Demo!pass1',
};

/** The first volume client's portal login, set up through the invitation email like any rescue's. */
export const DEMO_PORTAL = { email: 'rescue@tailwise.local', name: 'Rosa Delgado', password: 'Demo!pass1' };

const address = (line1, city) => ({ line1, city, region: 'IL', postalCode: '60601', country: 'US' });

/** A few clients and animals so the screens have something to show. */
const DEMO_CLIENTS = [
  {
    client: {
      kind: 'volume',
      organizationName: 'Alley Cat Allies of Chicago',
      contactFirstName: 'Rosa',
      contactLastName: 'Delgado',
      phones: [{ type: 'mobile', number: '(312) 555-0142', primary: true }],
      invoiceEmail: 'billing@alleycats.example',
      physicalAddress: address('1400 W Grand Ave', 'Chicago'),
      emergencyContact: { name: 'Luis Delgado', phone: '(312) 555-0199' },
    },
    animals: [
      { name: 'Trap 14 – grey tabby', species: 'cat', sex: 'female', arrivingInTrap: true },
      { name: 'Trap 15 – black', species: 'cat', sex: 'male', arrivingInTrap: true },
    ],
  },
  {
    client: {
      kind: 'volume',
      organizationName: 'Second Chance Shelter',
      contactFirstName: 'Amir',
      contactLastName: 'Haddad',
      phones: [{ type: 'work', number: '312.555.0177', primary: true }],
      physicalAddress: address('88 N Clark St', 'Chicago'),
    },
    animals: [{ name: 'Biscuit', species: 'dog', sex: 'male', microchip: '985112003456789' }],
  },
  {
    client: { kind: 'individual', firstName: 'Maria', lastName: 'Garcia', email: 'maria.garcia@example.test', mobile: '(773) 555-0110', smsConsent: true },
    animals: [
      { name: 'Luna', species: 'cat', sex: 'female', altered: 'intact', microchip: '985112000000001', weightKg: 3.9 },
      { name: 'Milo', species: 'cat', sex: 'male', altered: 'altered' },
    ],
  },
];

/**
 * Signs the demo organization up on first run, with some clients, and gives the first volume
 * client a portal login (invited, then accepted from the email in the mail catcher at
 * `mailUrl`); returns whether it was created now.
 */
export async function seedDemo(gatewayUrl, mailUrl) {
  const res = await fetch(`${gatewayUrl}/api/hq/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO),
  });
  if (res.status === 409) return false;
  if (res.status !== 201) throw new Error(`Seeding the demo organization failed: ${res.status} ${await res.text()}`);
  const { accessToken } = await res.json();
  const post = async (path, body, token = accessToken) => {
    const r = await fetch(`${gatewayUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (r.status !== 201) throw new Error(`Seeding ${path} failed: ${r.status} ${await r.text()}`);
    return r.json();
  };
  const clients = [];
  for (const { client, animals } of DEMO_CLIENTS) {
    const created = await post('/api/hq/clients', client);
    clients.push(created);
    for (const animal of animals) await post(`/api/hq/clients/${created.id}/animals`, animal);
  }
  await post(`/api/hq/clients/${clients[0].id}/portal-access/invitations`, { email: DEMO_PORTAL.email });
  const token = await invitationToken(mailUrl, DEMO_PORTAL.email);
  await post('/api/portal/auth/invitation/new-account', { token, name: DEMO_PORTAL.name, password: DEMO_PORTAL.password }, null);
  return true;
}

/** The secret of the invitation emailed to `email`, read from the mail catcher's API. */
async function invitationToken(mailUrl, email) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const emails = await (await fetch(`${mailUrl}/api/email`)).json();
    const invitation = emails.find((m) => m.to.some((t) => t.address === email) && /invites you to the Tailwise Portal/.test(m.subject));
    const match = invitation && /#token=([A-Za-z0-9_%-]+)/.exec(invitation.text ?? '');
    if (match) return decodeURIComponent(match[1]);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The demo portal invitation to ${email} did not reach the mail catcher`);
}
