import { expect, test, type APIRequestContext } from '@playwright/test';
import { STAFF_PERMISSIONS, clinicSetupSchema, type ClinicSetup } from '@tailwise/contracts';
import { expectShape, expectStatus } from '../support/clients';
import { answersWithin, expectError, issuePaths } from '../support/http';
import { newOrganization, signUp } from '../support/organizations';
import { staffMemberWith } from '../support/staff';
import { bearer } from '../support/tokens';

// Settings → Clinic through the gateway: hours, closures, appointment types, day capacity,
// reasons and portal options of one clinic (issue #5, first part).

const WEEK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, hours: weekday <= 5 ? { opens: '08:00', closes: '17:30' } : null }));

function setup(request: APIRequestContext, accessToken: string, clinicId: string) {
  const headers = { ...bearer(accessToken), cookie: '' };
  const base = `/api/hq/clinics/${clinicId}`;
  return {
    get: () => request.get(`${base}/setup`, { headers }),
    hours: (days: unknown) => request.put(`${base}/hours`, { headers, data: { days } }),
    addClosure: (body: unknown) => request.post(`${base}/closures`, { headers, data: body }),
    addType: (body: unknown) => request.post(`${base}/appointment-types`, { headers, data: body }),
    capacity: (rules: unknown[]) => request.put(`${base}/capacity-rules`, { headers, data: { rules } }),
    addReason: (body: unknown) => request.post(`${base}/reasons`, { headers, data: body }),
    portalOptions: (body: unknown) => request.put(`${base}/portal-options`, { headers, data: body }),
  };
}

/** A new organization's clinic, once scheduling has heard of it from identity's event. */
async function clinicOf(request: APIRequestContext) {
  const org = await signUp(request, newOrganization());
  const me = (await (await request.get('/api/hq/me', { headers: bearer(org.accessToken) })).json()) as { clinics: { id: string; timeZone: string }[] };
  const clinicId = me.clinics[0].id;
  await answersWithin(() => setup(request, org.accessToken, clinicId).get(), 200, 5_000);
  return { org, clinicId, timeZone: me.clinics[0].timeZone };
}

test('a clinic is set up: hours, a holiday, a surgery type, day capacity, a reason and portal options', async ({ request }) => {
  const { org, clinicId, timeZone } = await clinicOf(request);
  const clinic = setup(request, org.accessToken, clinicId);
  const fresh = expectShape(clinicSetupSchema, await (await clinic.get()).json(), 'clinic setup');
  expect(fresh.clinic.timeZone).toBe(timeZone);
  expect(fresh.hours.days.every((d) => d.hours === null)).toBe(true);

  await expectStatus(await clinic.hours(WEEK), 200);
  await expectStatus(await clinic.addClosure({ startDate: '2026-12-24', endDate: '2026-12-26', reason: 'Holidays' }), 201);
  const typeRes = await clinic.addType({ name: 'Spay/neuter', category: 'surgery', defaultDurationMinutes: 60 });
  await expectStatus(typeRes, 201);
  const surgery = (await typeRes.json()) as { id: string };
  await expectStatus(
    await clinic.capacity([
      { label: 'Cats', species: 'cat', limit: 12 },
      { label: 'Female dogs under 25 kg', species: 'dog', sex: 'female', maxWeightKg: 25, limit: 2 },
      { label: 'Female dogs 25 kg and over', species: 'dog', sex: 'female', minWeightKg: 25, limit: 1 },
    ]),
    200,
  );
  await expectStatus(await clinic.addReason({ name: 'Spay or neuter', appointmentTypeId: surgery.id, isDefault: true }), 201);
  await expectStatus(await clinic.portalOptions({ allowRequests: true, allowSelfScheduling: false, showOfficeHours: true, requestNotificationEmail: org.email }), 200);

  const read: ClinicSetup = expectShape(clinicSetupSchema, await (await clinic.get()).json(), 'clinic setup');
  expect(read.hours.days.map((d) => d.hours?.opens ?? 'closed')).toEqual(['08:00', '08:00', '08:00', '08:00', '08:00', 'closed', 'closed']);
  expect(read.closures).toEqual([expect.objectContaining({ startDate: '2026-12-24', endDate: '2026-12-26', reason: 'Holidays' })]);
  expect(read.capacityRules.map((r) => [r.label, r.limit])).toEqual([
    ['Cats', 12],
    ['Female dogs under 25 kg', 2],
    ['Female dogs 25 kg and over', 1],
  ]);
  expect(read.reasons).toEqual([expect.objectContaining({ name: 'Spay or neuter', isDefault: true, appointmentTypeId: surgery.id })]);
  expect(read.portalOptions).toMatchObject({ allowRequests: true, requestNotificationEmail: org.email });
});

test('bad setup input is refused naming the field; overlapping capacity rules are refused as a set', async ({ request }) => {
  const { org, clinicId } = await clinicOf(request);
  const clinic = setup(request, org.accessToken, clinicId);
  expect(issuePaths(await expectError(await clinic.hours(WEEK.map((d) => (d.weekday === 2 ? { weekday: 2, hours: { opens: '17:00', closes: '08:00' } } : d))), 400, 'VALIDATION'))).toContain('days.1.hours.closes');
  expect(issuePaths(await expectError(await clinic.addClosure({ startDate: '2026-12-26', endDate: '2026-12-24', reason: 'Backwards' }), 400, 'VALIDATION'))).toContain('endDate');
  expect(issuePaths(await expectError(await clinic.addType({ name: 'Odd', category: 'surgery', defaultDurationMinutes: 7 }), 400, 'VALIDATION'))).toContain('defaultDurationMinutes');

  await expectStatus(await clinic.capacity([{ label: 'Cats', species: 'cat', limit: 12 }]), 200);
  const overlap = await expectError(
    await clinic.capacity([
      { label: 'Cats', species: 'cat', limit: 12 },
      { label: 'Female cats', species: 'cat', sex: 'female', limit: 4 },
    ]),
    400,
    'VALIDATION',
  );
  expect(issuePaths(overlap).some((p) => p.startsWith('rules.1'))).toBe(true);
  expect(overlap.message).toMatch(/Overlaps/);
  const kept = expectShape(clinicSetupSchema, await (await clinic.get()).json(), 'clinic setup');
  expect(kept.capacityRules.map((r) => r.label)).toEqual(['Cats']);
});

test("another organization's clinic is 404; changing the setup needs Manage schedule (403), reading it does not", async ({ request }) => {
  const a = await clinicOf(request);
  const b = await clinicOf(request);
  const asB = setup(request, b.org.accessToken, a.clinicId);
  for (const res of [await asB.get(), await asB.hours(WEEK), await asB.addClosure({ startDate: '2026-12-24', endDate: '2026-12-24', reason: 'X' }), await asB.capacity([])]) {
    await expectError(res, 404, 'NOT_FOUND');
  }

  const member = await staffMemberWith(request, a.org.accessToken, [STAFF_PERMISSIONS.manageClients]);
  const asMember = setup(request, member.accessToken, a.clinicId);
  expect((await asMember.get()).status()).toBe(200);
  for (const res of [
    await asMember.hours(WEEK),
    await asMember.addClosure({ startDate: '2026-12-24', endDate: '2026-12-24', reason: 'X' }),
    await asMember.addType({ name: 'Wellness', category: 'wellness', defaultDurationMinutes: 30 }),
    await asMember.capacity([]),
    await asMember.portalOptions({ allowRequests: false, allowSelfScheduling: false, showOfficeHours: true }),
  ]) {
    await expectError(res, 403, 'FORBIDDEN');
  }
});
