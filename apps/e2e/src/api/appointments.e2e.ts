import { expect, test, type APIResponse } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { STAFF_PERMISSIONS, type ErrorBody } from '@tailwise/contracts';
import { hqClients } from '../support/clients';
import { withDatabase } from '../support/database';
import { expectError, issuePaths } from '../support/http';
import { bookableClinic, dateInDays, schedulingClinic, scheduling, type BookableClinic } from '../support/scheduling';
import { staffMemberWith } from '../support/staff';

// The HQ calendar through the gateway: booking against hours, closures and day capacity,
// releasing places to the portal, the appointment's life, tenancy and permissions (issue #5).

/** A business refusal: 409 naming the field it is about. */
async function expectRefused(res: APIResponse, field: string): Promise<ErrorBody> {
  const body = await expectError(res, 409, 'CONFLICT');
  expect(issuePaths(body), `409 names ${field}: ${JSON.stringify(body)}`).toContain(field);
  return body;
}

function wellnessFor(c: BookableClinic, date: string, startTime = '09:00') {
  return { clientId: c.individual.id, appointmentTypeId: c.wellness.id, date, startTime, animalId: c.cat.id };
}

function placesFor(c: BookableClinic, date: string, places: number) {
  return { clientId: c.volume.id, appointmentTypeId: c.surgery.id, date, startTime: '08:00', places, capacityRuleId: c.cats.id };
}

test('staff book an owner’s cat for wellness and a rescue’s surgery places, release them, and the calendar counts them against capacity', async ({ request }) => {
  const c = await bookableClinic(request);
  const date = dateInDays(21);

  const [visit] = await c.api.bookOnceKnown(wellnessFor(c, date));
  expect(visit).toMatchObject({
    clinicId: c.clinicId,
    clientId: c.individual.id,
    clientKind: 'individual',
    appointmentTypeId: c.wellness.id,
    category: 'wellness',
    date,
    startTime: '09:00',
    durationMinutes: 30,
    status: 'scheduled',
    source: 'staff',
    released: false,
    capacityRuleId: null,
  });
  expect(visit.animal).toMatchObject({ animalId: c.cat.id, name: c.cat.name, species: 'cat', sex: 'female' });

  const places = await c.api.bookOnceKnown(placesFor(c, date, 3));
  expect(places).toHaveLength(3);
  for (const place of places) {
    expect(place).toMatchObject({ clientId: c.volume.id, clientKind: 'volume', category: 'surgery', capacityRuleId: c.cats.id, capacityLabel: 'Cats', animal: null, released: false });
  }

  const releaseRes = await c.api.release(places.map((p) => p.id));
  expect(releaseRes.status()).toBe(200);
  const released = ((await releaseRes.json()) as { appointments: { id: string; released: boolean }[] }).appointments;
  expect(released.map((a) => a.id).sort()).toEqual(places.map((p) => p.id).sort());
  expect(released.every((a) => a.released)).toBe(true);
  expect((await c.api.getOk(places[0].id)).released).toBe(true);

  const full = await expectRefused(await c.api.book(placesFor(c, date, 1)), 'places');
  expect(full.message).toMatch(/Cats/);

  const { day, appointments } = await c.api.dayOk(date);
  expect(day).toMatchObject({ date, open: true, closedReason: null, opens: '08:00', closes: '17:00' });
  expect(day.counts.surgery).toBe(3);
  expect(day.counts.wellness).toBe(1);
  expect(day.capacity).toEqual(
    expect.arrayContaining([
      { ruleId: c.cats.id, label: 'Cats', limit: 3, booked: 3 },
      { ruleId: c.dogs.id, label: 'Dogs', limit: 1, booked: 0 },
    ]),
  );
  expect(appointments.map((a) => a.id).sort()).toEqual([visit.id, ...places.map((p) => p.id)].sort());

  const closed = await expectRefused(await c.api.book(wellnessFor(c, c.closedDate)), 'date');
  expect(closed.message).toMatch(/closed|Staff training/i);
  const closedDay = await c.api.dayOk(c.closedDate);
  expect(closedDay.day).toMatchObject({ open: false, closedReason: expect.stringMatching(/Staff training/) });
});

test('bad booking input is refused before any service is asked, naming the field', async ({ request }) => {
  const { api } = await schedulingClinic(request);
  const booking = { clientId: randomUUID(), appointmentTypeId: randomUUID(), date: dateInDays(21), startTime: '09:00' };

  expect(issuePaths(await expectError(await api.book({ ...booking, date: '2027-02-30' }), 400, 'VALIDATION'))).toContain('date');
  expect(issuePaths(await expectError(await api.book({ ...booking, startTime: '9am' }), 400, 'VALIDATION'))).toContain('startTime');
  expect(issuePaths(await expectError(await api.book({ ...booking, durationMinutes: 32 }), 400, 'VALIDATION'))).toContain('durationMinutes');
  expect(issuePaths(await expectError(await api.book({ ...booking, places: 3 }), 400, 'VALIDATION'))).toContain('capacityRuleId');
  expect(issuePaths(await expectError(await api.book({ ...booking, places: 0, capacityRuleId: randomUUID() }), 400, 'VALIDATION'))).toContain('places');
  expect(issuePaths(await expectError(await api.book({ ...booking, clientId: 'nobody' }), 400, 'VALIDATION'))).toContain('clientId');

  expect(issuePaths(await expectError(await api.calendarRaw(`?to=${dateInDays(1)}`), 400, 'VALIDATION'))).toContain('from');
  expect(issuePaths(await expectError(await api.calendar(dateInDays(5), dateInDays(1)), 400, 'VALIDATION'))).toContain('to');
  expect(issuePaths(await expectError(await api.calendar(dateInDays(1), dateInDays(60)), 400, 'VALIDATION'))).toContain('to');

  expect(issuePaths(await expectError(await api.move(randomUUID(), { date: 'tomorrow', startTime: '09:00' }), 400, 'VALIDATION'))).toContain('date');
  expect(issuePaths(await expectError(await api.release([]), 400, 'VALIDATION'))).toContain('appointmentIds');
  expect(issuePaths(await expectError(await api.setAnimal(randomUUID(), { name: '', species: 'cat' }), 400, 'VALIDATION'))).toContain('name');
  expect(issuePaths(await expectError(await api.get('not-an-id'), 400, 'VALIDATION'))).toContain('id');
});

test('a disabled client cannot be booked: 409 naming clientId', async ({ request }) => {
  const c = await bookableClinic(request);
  const date = dateInDays(21);
  await c.api.bookOnceKnown(wellnessFor(c, date));
  await hqClients(request, c.org.accessToken).disableOk(c.individual.id);

  // Scheduling hears of the change from the clients service's event: ask until it has.
  const started = Date.now();
  let res = await c.api.book(wellnessFor(c, date, '10:00'));
  while (res.status() === 201 && Date.now() - started < 10_000) {
    await new Promise((r) => setTimeout(r, 100));
    res = await c.api.book(wellnessFor(c, date, '10:00'));
  }
  const refused = await expectRefused(res, 'clientId');
  expect(refused.message).toMatch(/disabled/i);
});

test('twenty simultaneous bookings for the last place: exactly one wins and the day is full, not over', async ({ request }) => {
  const c = await bookableClinic(request);
  const date = dateInDays(22);
  await c.api.bookOnceKnown(placesFor(c, date, 2));

  const answers = await Promise.all(Array.from({ length: 20 }, () => c.api.book(placesFor(c, date, 1))));
  const statuses = answers.map((res) => res.status());
  expect(statuses.filter((s) => s === 201), `statuses: ${statuses.join(', ')}`).toHaveLength(1);
  expect(statuses.filter((s) => s === 409), `statuses: ${statuses.join(', ')}`).toHaveLength(19);
  for (const res of answers.filter((r) => r.status() === 409)) await expectRefused(res, 'places');

  const { day, appointments } = await c.api.dayOk(date);
  expect(day.capacity.find((u) => u.ruleId === c.cats.id)).toMatchObject({ limit: 3, booked: 3 });
  expect(day.counts.surgery).toBe(3);
  expect(appointments.filter((a) => a.status !== 'cancelled')).toHaveLength(3);
});

test('an appointment is moved, checked in and out, cancelled or marked no-show; a place takes an animal only where the day has room', async ({ request }) => {
  const c = await bookableClinic(request);
  const date = dateInDays(23);
  const later = dateInDays(24);

  const [visit] = await c.api.bookOnceKnown(wellnessFor(c, date));
  const moved = await c.api.moveOk(visit.id, { date: later, startTime: '10:00', durationMinutes: 45 });
  expect(moved).toMatchObject({ id: visit.id, date: later, startTime: '10:00', durationMinutes: 45, status: 'scheduled' });
  expect(Date.parse(moved.endsAt) - Date.parse(moved.startsAt)).toBe(45 * 60_000);
  await expectRefused(await c.api.move(visit.id, { date: c.closedDate, startTime: '10:00' }), 'date');

  const checkedIn = await c.api.actOk(visit.id, 'check-in');
  expect(checkedIn.status).toBe('checked-in');
  expect(checkedIn.checkedInAt).not.toBeNull();
  const checkedOut = await c.api.actOk(visit.id, 'check-out');
  expect(checkedOut.status).toBe('checked-out');
  expect(checkedOut.checkedOutAt).not.toBeNull();
  for (const action of ['check-in', 'cancel', 'no-show'] as const) {
    const refused = await expectError(await c.api.act(visit.id, action), 409, 'CONFLICT');
    expect(refused.message.length).toBeGreaterThan(0);
  }
  expect((await c.api.getOk(visit.id)).status).toBe('checked-out');

  const [toCancel] = await c.api.bookOk(wellnessFor(c, date, '11:00'));
  expect((await c.api.actOk(toCancel.id, 'cancel')).status).toBe('cancelled');
  await expectError(await c.api.act(toCancel.id, 'check-in'), 409, 'CONFLICT');
  const [missed] = await c.api.bookOk(wellnessFor(c, date, '12:00'));
  expect((await c.api.actOk(missed.id, 'no-show')).status).toBe('no-show');

  // Three cat places; a dog fills the one dog place, a second dog finds none, a rabbit has no category.
  const places = await c.api.bookOnceKnown(placesFor(c, date, 3));
  const rex = await c.api.setAnimalOk(places[0].id, { name: 'Rex', species: 'dog', sex: 'male', weightKg: 20 });
  expect(rex).toMatchObject({ capacityRuleId: c.dogs.id, capacityLabel: 'Dogs', animal: { animalId: null, name: 'Rex', species: 'dog', sex: 'male', weightKg: 20 } });
  const noDogPlace = await expectError(await c.api.setAnimal(places[1].id, { name: 'Bo', species: 'dog', sex: 'female', weightKg: 12 }), 409, 'CONFLICT');
  expect(noDogPlace.message).toMatch(/Dogs/);
  const noCategory = await expectError(await c.api.setAnimal(places[2].id, { name: 'Thumper', species: 'rabbit' }), 409, 'CONFLICT');
  expect(noCategory.message).toMatch(/rabbit/);
  const tom = await c.api.setAnimalOk(places[2].id, { name: 'Tom', species: 'cat', sex: 'male', weightKg: 4.2, arrivingInTrap: true });
  expect(tom).toMatchObject({ capacityRuleId: c.cats.id, animal: { name: 'Tom', arrivingInTrap: true } });
  expect((await c.api.getOk(places[1].id)).animal).toBeNull();

  const { day } = await c.api.dayOk(date);
  expect(day.capacity).toEqual(
    expect.arrayContaining([
      { ruleId: c.cats.id, label: 'Cats', limit: 3, booked: 2 },
      { ruleId: c.dogs.id, label: 'Dogs', limit: 1, booked: 1 },
    ]),
  );

  const owners = await c.api.clientAppointmentsOk(c.individual.id);
  expect(owners.map((a) => a.id).sort()).toEqual([visit.id, toCancel.id, missed.id].sort());
  expect(owners.find((a) => a.id === visit.id)?.status).toBe('checked-out');
  const rescues = await c.api.clientAppointmentsOk(c.volume.id);
  expect(rescues.map((a) => a.id).sort()).toEqual(places.map((p) => p.id).sort());
});

test('another organization gets 404 for every calendar and appointment route; writes need Manage schedule (403), reading does not', async ({ request }) => {
  const a = await bookableClinic(request);
  const date = dateInDays(25);
  const [visit] = await a.api.bookOnceKnown(wellnessFor(a, date));
  const [place] = await a.api.bookOnceKnown(placesFor(a, date, 1));
  const b = await schedulingClinic(request);

  const asB = scheduling(request, b.org.accessToken, a.clinicId);
  for (const [label, res] of [
    ['calendar', await asB.calendar(date)],
    ['book', await asB.book(wellnessFor(a, date))],
    ['get', await asB.get(visit.id)],
    ['move', await asB.move(visit.id, { date, startTime: '10:00' })],
    ['check-in', await asB.act(visit.id, 'check-in')],
    ['check-out', await asB.act(visit.id, 'check-out')],
    ['cancel', await asB.act(visit.id, 'cancel')],
    ['no-show', await asB.act(visit.id, 'no-show')],
    ['animal', await asB.setAnimal(place.id, { name: 'Tom', species: 'cat' })],
    ['release', await asB.release([place.id])],
    ['client appointments', await asB.clientAppointments(a.individual.id)],
  ] as const) {
    await test.step(`organization B: ${label}`, () => expectError(res, 404, 'NOT_FOUND'));
  }
  // B's own clinic does not find A's appointments either.
  const inOwnClinic = scheduling(request, b.org.accessToken, b.clinicId);
  await expectError(await inOwnClinic.get(visit.id), 404, 'NOT_FOUND');
  await expectError(await inOwnClinic.act(visit.id, 'cancel'), 404, 'NOT_FOUND');
  expect((await a.api.getOk(visit.id)).status).toBe('scheduled');
  expect((await a.api.getOk(place.id)).released).toBe(false);

  const member = await staffMemberWith(request, a.org.accessToken, [STAFF_PERMISSIONS.manageClients]);
  const asMember = scheduling(request, member.accessToken, a.clinicId);
  for (const [label, res] of [
    ['book', await asMember.book(wellnessFor(a, date, '13:00'))],
    ['move', await asMember.move(visit.id, { date, startTime: '10:00' })],
    ['check-in', await asMember.act(visit.id, 'check-in')],
    ['check-out', await asMember.act(visit.id, 'check-out')],
    ['cancel', await asMember.act(visit.id, 'cancel')],
    ['no-show', await asMember.act(visit.id, 'no-show')],
    ['animal', await asMember.setAnimal(place.id, { name: 'Tom', species: 'cat' })],
    ['release', await asMember.release([place.id])],
  ] as const) {
    await test.step(`without Manage schedule: ${label}`, () => expectError(res, 403, 'FORBIDDEN'));
  }
  const seen = await asMember.calendarOk(date);
  expect(seen.appointments.map((x) => x.id).sort()).toEqual([visit.id, place.id].sort());
  expect((await asMember.getOk(visit.id)).status).toBe('scheduled');
  expect((await asMember.clientAppointmentsOk(a.individual.id)).map((x) => x.id)).toEqual([visit.id]);
});

test('booking and checking out put appointment events on the outbox, and they are published', async ({ request }) => {
  const c = await bookableClinic(request);
  const [visit] = await c.api.bookOnceKnown(wellnessFor(c, dateInDays(26)));
  await c.api.actOk(visit.id, 'check-in');
  await c.api.actOk(visit.id, 'check-out');

  const expected = ['events.scheduling.appointment.booked', 'events.scheduling.appointment.checked-in', 'events.scheduling.appointment.checked-out'];
  const started = Date.now();
  let events: { subject: string; published: boolean; data: Record<string, unknown> }[] = [];
  // The relay publishes the outbox to JetStream shortly after the commit.
  while (Date.now() - started < 10_000) {
    events = await withDatabase('scheduling', async (db) =>
      (
        await db.query<{ subject: string; published: boolean; data: Record<string, unknown> }>(
          `SELECT subject, published_at IS NOT NULL AS published, envelope->'data' AS data FROM outbox
           WHERE subject LIKE 'events.scheduling.appointment.%' AND envelope->'data'->>'appointmentId' = $1 ORDER BY created_at`,
          [visit.id],
        )
      ).rows,
    );
    if (expected.every((subject) => events.some((e) => e.subject === subject && e.published))) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(events.map((e) => e.subject)).toEqual(expected);
  expect(events.every((e) => e.published), 'every event reached JetStream').toBe(true);
  // One revision per change, so a consumer keeping a copy can drop late or repeated events.
  const first = Number(events[0].data['revision']);
  expect(events.map((e) => e.data['revision'])).toEqual([first, first + 1, first + 2]);
  expect(events[2].data).toMatchObject({ appointmentId: visit.id, clinicId: c.clinicId, clientId: c.individual.id, category: 'wellness', status: 'checked-out', deleted: false });
});

test('a client’s last and next visit dates follow its appointments, and a client with appointments cannot be deleted', async ({ request }) => {
  const c = await bookableClinic(request);
  const clients = hqClients(request, c.org.accessToken);
  const past = dateInDays(-3);
  const next = dateInDays(5);

  const [earlier] = await c.api.bookOnceKnown(wellnessFor(c, past));
  await c.api.actOk(earlier.id, 'check-in');
  await c.api.actOk(earlier.id, 'check-out');
  const [coming] = await c.api.bookOnceKnown(wellnessFor(c, next));
  const [later] = await c.api.bookOnceKnown(wellnessFor(c, dateInDays(9)));
  await c.api.actOk(later.id, 'cancel');

  // The clients service learns of appointments from scheduling's events, a moment later.
  const visits = async () => {
    const client = await clients.getOk(c.individual.id);
    return { last: client.lastVisitDate, next: client.nextVisitDate };
  };
  await expect.poll(visits, { timeout: 5_000 }).toEqual({ last: past, next });
  expect(coming.date).toBe(next);

  await c.api.actOk(coming.id, 'cancel');
  await expect.poll(visits, { timeout: 5_000 }).toEqual({ last: past, next: null });

  const refused = await expectError(await clients.remove(c.individual.id), 409, 'CONFLICT');
  expect(refused.details).toMatchObject({ reason: 'has-records', records: { appointments: 3 }, suggestion: 'disable' });
  expect(refused.message).toMatch(/3 appointments/);
});
