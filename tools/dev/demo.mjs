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
 * `mailUrl`); then makes sure its clinic has a schedule (also for demo data made before
 * scheduling existed). Returns whether the organization was created now.
 */
export async function seedDemo(gatewayUrl, mailUrl) {
  const res = await fetch(`${gatewayUrl}/api/hq/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO),
  });
  if (res.status !== 201 && res.status !== 409) throw new Error(`Seeding the demo organization failed: ${res.status} ${await res.text()}`);
  const created = res.status === 201;
  const { accessToken } = created ? await res.json() : await signIn(gatewayUrl);
  const api = demoApi(gatewayUrl, accessToken);
  if (created) {
    const clients = [];
    for (const { client, animals } of DEMO_CLIENTS) {
      const made = await api.send('POST', '/api/hq/clients', client);
      clients.push(made);
      for (const animal of animals) await api.send('POST', `/api/hq/clients/${made.id}/animals`, animal);
    }
    await api.send('POST', `/api/hq/clients/${clients[0].id}/portal-access/invitations`, { email: DEMO_PORTAL.email });
    const token = await invitationToken(mailUrl, DEMO_PORTAL.email);
    await api.send('POST', '/api/portal/auth/invitation/new-account', { token, name: DEMO_PORTAL.name, password: DEMO_PORTAL.password }, null);
  }
  await seedSchedule(api);
  return created;
}

async function signIn(gatewayUrl) {
  const res = await fetch(`${gatewayUrl}/api/hq/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO.email, password: DEMO.password }),
  });
  if (!res.ok) throw new Error(`Signing in to the demo organization failed: ${res.status} ${await res.text()}`);
  return res.json();
}

function demoApi(gatewayUrl, accessToken) {
  const call = async (method, path, body, token = accessToken) =>
    fetch(`${gatewayUrl}${path}`, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  return {
    call,
    async send(method, path, body, token) {
      const res = await call(method, path, body, token);
      if (!res.ok) throw new Error(`Seeding ${method} ${path} failed: ${res.status} ${await res.text()}`);
      return res.status === 204 ? null : res.json();
    },
    /**
     * Scheduling learns of clinics, clients and animals from events, a moment after they are
     * made: until then it answers 404, or 400 on `animalId` alone.
     */
    async once404sEnd(method, path, body) {
      for (let attempt = 0; attempt < 100; attempt++) {
        const res = await call(method, path, body);
        if (res.ok) return res.json();
        const text = await res.text();
        const issues = res.status === 400 ? (JSON.parse(text).details?.issues ?? []) : [];
        const notYet = res.status === 404 || (issues.length > 0 && issues.every((i) => i.path === 'animalId'));
        if (!notYet) throw new Error(`Seeding ${method} ${path} failed: ${res.status} ${text}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`Seeding ${method} ${path}: scheduling never heard of it`);
    },
  };
}

/**
 * The demo clinic's schedule, once: hours, types, day capacity, a reason, portal requests and
 * self-scheduling, four surgery places released to Alley Cat Allies (so the demo rescue sees
 * the clinic in the portal) and a wellness visit for Maria Garcia's Luna.
 */
async function seedSchedule(api) {
  const me = await api.send('GET', '/api/hq/me');
  const clinic = `/api/hq/clinics/${me.clinics[0].id}`;
  const setup = await api.once404sEnd('GET', `${clinic}/setup`);
  if (setup.appointmentTypes.length > 0) return;
  const weekday = { opens: '08:00', closes: '17:00' };
  await api.send('PUT', `${clinic}/hours`, {
    days: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ weekday: day, hours: day <= 5 ? weekday : day === 6 ? { opens: '09:00', closes: '12:00' } : null })),
  });
  const surgery = await api.send('POST', `${clinic}/appointment-types`, { name: 'Spay/Neuter', category: 'surgery', defaultDurationMinutes: 30 });
  const wellness = await api.send('POST', `${clinic}/appointment-types`, { name: 'Wellness exam', category: 'wellness', defaultDurationMinutes: 30 });
  await api.send('POST', `${clinic}/appointment-types`, { name: 'Boarding', category: 'boarding', defaultDurationMinutes: 1440 });
  const rules = await api.send('PUT', `${clinic}/capacity-rules`, {
    rules: [
      { label: 'Cats, female', species: 'cat', sex: 'female', limit: 10 },
      { label: 'Cats, male', species: 'cat', sex: 'male', limit: 15 },
      { label: 'Dogs under 25 kg', species: 'dog', maxWeightKg: 25, limit: 4 },
    ],
  });
  await api.send('POST', `${clinic}/reasons`, { name: 'Wellness exam', description: 'A check-up, vaccines or a health concern', isDefault: true, appointmentTypeId: wellness.id });
  await api.send('PUT', `${clinic}/portal-options`, {
    allowRequests: true,
    requestLabel: 'Request an Appointment',
    requestNotificationEmail: DEMO.email,
    allowSelfScheduling: true,
    showOfficeHours: true,
    officeHoursText: 'Surgery drop-off 8:00–8:30 AM; pick-up from 4:00 PM.',
  });

  const { items } = await api.send('GET', '/api/hq/clients?pageSize=50');
  const named = (name) => items.find((c) => c.displayName.startsWith(name));
  const rescue = named('Alley Cat Allies');
  const owner = named('Maria Garcia');
  const luna = (await api.send('GET', `/api/hq/clients/${owner.id}/animals`)).find((a) => a.name === 'Luna');
  const date = nextWeekday();
  await api.once404sEnd('POST', `${clinic}/appointments`, {
    clientId: rescue.id,
    appointmentTypeId: surgery.id,
    date,
    startTime: '08:00',
    places: 4,
    capacityRuleId: rules[0].id,
    release: true,
    notes: 'TNR colony on Grand Ave',
  });
  await api.once404sEnd('POST', `${clinic}/appointments`, { clientId: owner.id, appointmentTypeId: wellness.id, date, startTime: '10:30', animalId: luna.id });
}

/** The next Monday to Friday after today, as YYYY-MM-DD. */
function nextWeekday() {
  const day = new Date();
  do day.setUTCDate(day.getUTCDate() + 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return day.toISOString().slice(0, 10);
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
