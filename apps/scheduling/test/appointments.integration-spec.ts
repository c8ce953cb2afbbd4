import { randomUUID } from 'node:crypto';
import {
  CLIENTS_EVENTS,
  PORTAL_PERMISSIONS,
  SCHEDULING_SUBJECTS,
  STAFF_PERMISSIONS,
  appointmentSchema,
  calendarSchema,
  portalAppointmentSchema,
  type Actor,
  type AppError,
  type Appointment,
  type BookAppointmentInput,
  type BookedAppointments,
  type Calendar,
  type CapacityRule,
  type CapacityRuleInput,
  type ClinicCreated,
  type PortalAppointment,
  type StaffActor,
} from '@tailwise/contracts';
import { waitFor } from '@tailwise/testing';
import { pathsOf, portalUser, refused, schedulingService, staff, week } from './fixtures';

// Clinics arrive as identity's events, clients and animals as the clients service's events,
// and appointments are booked over NATS request-reply the way the gateway calls the service.

// 2027-03-01 is a Monday. The clinic opens Monday to Saturday and is closed on 2027-03-03.
const MON = '2027-03-01';
const TUE = '2027-03-02';
const WED_CLOSED = '2027-03-03';
const THU = '2027-03-04';
const FRI = '2027-03-05';
const SUN = '2027-03-07';

const MON_TO_SAT = week({ 1: ['08:00', '17:00'], 2: ['08:00', '17:00'], 3: ['08:00', '17:00'], 4: ['08:00', '17:00'], 5: ['08:00', '17:00'], 6: ['09:00', '12:00'] });

describe('scheduling appointments (PostgreSQL + NATS)', () => {
  const service = schedulingService();
  const { call, publish, rowOf, openClinic, clientCreated, animalCreated, clientDisabled } = service;

  /** A clinic with Monday–Saturday hours, a closure on WED_CLOSED, a surgery and a wellness type. */
  async function clinic(data: Partial<ClinicCreated> = {}) {
    const created = await openClinic(data, MON_TO_SAT, { startDate: WED_CLOSED, endDate: WED_CLOSED, reason: 'Staff training' });
    const { clinicId, admin } = created;
    const surgery = await created.appointmentType('Spay/Neuter', 'surgery', 480);
    const wellness = await created.appointmentType('Wellness', 'wellness', 20);
    const setRules = (rules: CapacityRuleInput[]) => call<CapacityRule[]>(SCHEDULING_SUBJECTS.capacityRulesSet, admin, { clinicId, capacityRules: { rules } });
    const book = (appointment: BookAppointmentInput, actor: StaffActor = admin) => call<BookedAppointments>(SCHEDULING_SUBJECTS.appointmentBook, actor, { clinicId, appointment });
    const calendar = (from: string, to: string, actor: StaffActor = admin) => call<Calendar>(SCHEDULING_SUBJECTS.calendarGet, actor, { clinicId, range: { from, to } });
    return { ...created, surgery, wellness, setRules, book, calendar };
  }

  const outbox = async (appointmentId: string) =>
    ((await service.dataSource.query(`SELECT subject, envelope FROM outbox WHERE envelope->'data'->>'appointmentId' = $1 ORDER BY created_at, (envelope->'data'->>'revision')::int`, [appointmentId])) as {
      subject: string;
      envelope: { data: { revision: number; status: string; deleted: boolean } };
    }[]).map((r) => [r.subject.replace('events.scheduling.appointment.', ''), r.envelope.data.revision, r.envelope.data.status, r.envelope.data.deleted]);

  it('keeps the client directory from the clients service: updates, disabling, enabling, deleting', async () => {
    const organizationId = randomUUID();
    const clientId = await clientCreated(organizationId, 'individual', 'Jamie');
    await publish(CLIENTS_EVENTS.clientUpdated, { clientId, organizationId, kind: 'individual', displayName: 'Jamie Rivera', email: null, primaryPhone: null, emergencyContactPhone: null, status: 'active' });
    await waitFor(async () => (await rowOf('clients', clientId)).display_name === 'Jamie Rivera', { description: 'the update' });
    await publish(CLIENTS_EVENTS.clientDisabled, { clientId, organizationId, at: new Date().toISOString() });
    await waitFor(async () => (await rowOf('clients', clientId)).status === 'disabled', { description: 'disabling' });
    await publish(CLIENTS_EVENTS.clientEnabled, { clientId, organizationId, at: new Date().toISOString() });
    await waitFor(async () => (await rowOf('clients', clientId)).status === 'active', { description: 'enabling' });
    const animalId = await animalCreated(organizationId, clientId);
    await publish(CLIENTS_EVENTS.animalUpdated, { organizationId, clientId, animalId, name: 'Mittens', species: 'cat', sex: 'female', weightKg: 4, status: 'deceased' });
    await waitFor(async () => (await rowOf('animals', animalId)).status === 'deceased', { description: 'the animal update' });
    await publish(CLIENTS_EVENTS.clientDeleted, { clientId, organizationId });
    await waitFor(async () => (await rowOf('clients', clientId)) === undefined && (await rowOf('animals', animalId)) === undefined, { description: 'the deletion' });
  });

  it("books an individual client's animal: the type's duration, the clinic's zone, the directory's names, a booked event", async () => {
    const c = await clinic();
    const clientId = await clientCreated(c.organizationId, 'individual');
    const animalId = await animalCreated(c.organizationId, clientId, { name: 'Tom', species: 'cat', sex: 'male', weightKg: 4.2 });
    const { appointments } = await c.book({ clientId, appointmentTypeId: c.wellness.id, date: TUE, startTime: '09:30', animalId, notes: 'Shy' });
    expect(appointments).toHaveLength(1);
    const [booked] = appointments;
    expect(appointmentSchema.parse(booked)).toEqual(booked);
    expect(booked).toMatchObject({
      clinicId: c.clinicId,
      clientId,
      clientName: 'Jamie Rivera',
      clientKind: 'individual',
      typeName: 'Wellness',
      category: 'wellness',
      date: TUE,
      startTime: '09:30',
      durationMinutes: 20,
      startsAt: '2027-03-02T15:30:00.000Z',
      endsAt: '2027-03-02T15:50:00.000Z',
      status: 'scheduled',
      released: false,
      capacityRuleId: null,
      animal: { animalId, name: 'Tom', species: 'cat', sex: 'male', weightKg: 4.2, arrivingInTrap: false },
      notes: 'Shy',
      source: 'staff',
    });
    expect(await call(SCHEDULING_SUBJECTS.appointmentGet, staff(c.organizationId, { permissions: [] }), { clinicId: c.clinicId, appointmentId: booked.id })).toEqual(booked);
    expect(await outbox(booked.id)).toEqual([['booked', 1, 'scheduled', false]]);
    const list = await call<Appointment[]>(SCHEDULING_SUBJECTS.clientAppointmentList, c.admin, { clientId });
    expect(list.map((a) => a.id)).toEqual([booked.id]);
  });

  it('refuses bookings with the reason: unknown, disabled client, missing or foreign animal, inactive type, places and release misused, closed days', async () => {
    const c = await clinic();
    const person = await clientCreated(c.organizationId, 'individual');
    const rescue = await clientCreated(c.organizationId, 'volume');
    const animalId = await animalCreated(c.organizationId, person);
    const deceased = await animalCreated(c.organizationId, person, { status: 'deceased' });
    const base = { clientId: person, appointmentTypeId: c.wellness.id, date: TUE, startTime: '10:00', animalId };

    expect((await refused(c.book({ ...base, clientId: randomUUID() }))).code).toBe('NOT_FOUND');
    const stranger = await clientCreated(randomUUID(), 'individual');
    expect((await refused(c.book({ ...base, clientId: stranger }))).code).toBe('NOT_FOUND');

        for (const [input, path] of [
      [{ ...base, animalId: undefined }, 'animalId'],
      [{ ...base, animalId: deceased }, 'animalId'],
      [{ ...base, animalId: await animalCreated(c.organizationId, rescue) }, 'animalId'],
      [{ ...base, appointmentTypeId: randomUUID() }, 'appointmentTypeId'],
      [{ ...base, release: true }, 'release'],
      [{ ...base, appointmentTypeId: c.surgery.id, animalId: null, places: 2, capacityRuleId: randomUUID() }, 'animalId,places'],
      [{ ...base, clientId: rescue, animalId: null, places: 2, capacityRuleId: randomUUID() }, 'places'],
    ] as const) {
      const error = await refused(c.book(input));
      expect([error.code, pathsOf(error).join()]).toEqual(['VALIDATION', path]);
    }
    await call(SCHEDULING_SUBJECTS.appointmentTypeUpdate, c.admin, { clinicId: c.clinicId, appointmentTypeId: c.wellness.id, appointmentType: { name: 'Wellness', category: 'wellness', defaultDurationMinutes: 20, active: false } });
    expect(pathsOf(await refused(c.book(base)))).toEqual(['appointmentTypeId']);

    const closure = await refused(c.book({ ...base, appointmentTypeId: c.surgery.id, date: WED_CLOSED }));
    expect([closure.code, closure.message, pathsOf(closure)]).toEqual(['CONFLICT', `The clinic is closed on ${WED_CLOSED}: Staff training`, ['date']]);
    const sunday = await refused(c.book({ ...base, appointmentTypeId: c.surgery.id, date: SUN }));
    expect([sunday.code, sunday.message]).toEqual(['CONFLICT', 'The clinic is closed on Sundays']);

    await clientDisabled(c.organizationId, person);
    const disabled = await refused(c.book({ ...base, appointmentTypeId: c.surgery.id }));
    expect([disabled.code, disabled.message, pathsOf(disabled)]).toEqual(['CONFLICT', expect.stringContaining('disabled'), ['clientId']]);
    expect(await service.dataSource.query(`SELECT id FROM appointments WHERE clinic_id = $1`, [c.clinicId])).toEqual([]);

    const reader = staff(c.organizationId, { permissions: [STAFF_PERMISSIONS.manageClients] });
    expect((await refused(c.book(base, reader))).code).toBe('FORBIDDEN');
  });

  it('places surgery by capacity: an animal where it matches, places for a volume client, refusals saying what is left', async () => {
    const c = await clinic();
    const [females, males] = await c.setRules([
      { label: 'Female cats', species: 'cat', sex: 'female', limit: 1 },
      { label: 'Male cats', species: 'cat', sex: 'male', limit: 3 },
    ]);
    const person = await clientCreated(c.organizationId, 'individual');
    const rescue = await clientCreated(c.organizationId, 'volume');
    const surgery = { appointmentTypeId: c.surgery.id, date: TUE, startTime: '08:00' };

    const first = await c.book({ ...surgery, clientId: person, animalId: await animalCreated(c.organizationId, person, { sex: 'female' }) });
    expect(first.appointments[0]).toMatchObject({ capacityRuleId: females.id, capacityLabel: 'Female cats', durationMinutes: 480 });
    const full = await refused(c.book({ ...surgery, clientId: person, animalId: await animalCreated(c.organizationId, person, { sex: 'female' }) }));
    expect([full.code, full.message, full.details]).toEqual([
      'CONFLICT',
      'A female cat weighing 3.5 kg belongs in “Female cats”, which has no places left on this day',
      { issues: [{ path: 'animalId', message: full.message }] },
    ]);
    const dog = await refused(c.book({ ...surgery, clientId: person, animalId: await animalCreated(c.organizationId, person, { species: 'dog' }) }));
    expect(dog.message).toBe('No surgery category of this day takes a female dog weighing 3.5 kg');

    const places = await c.book({ ...surgery, clientId: rescue, places: 2, capacityRuleId: males.id, release: true });
    expect(places.appointments.map((a) => [a.capacityLabel, a.animal, a.released, a.clientKind])).toEqual([
      ['Male cats', null, true, 'volume'],
      ['Male cats', null, true, 'volume'],
    ]);
    const tooMany = await refused(c.book({ ...surgery, clientId: rescue, places: 2, capacityRuleId: males.id }));
    expect([tooMany.code, tooMany.message, tooMany.details]).toEqual(['CONFLICT', `Only 1 place(s) left in “Male cats” on ${TUE}`, { issues: [{ path: 'places', message: tooMany.message }] }]);
    const unknownRule = await refused(c.book({ ...surgery, clientId: rescue, places: 1, capacityRuleId: randomUUID() }));
    expect([unknownRule.code, unknownRule.details]).toEqual(['VALIDATION', { issues: [{ path: 'capacityRuleId', message: expect.any(String) }] }]);

    // Cancelling frees the place.
    await call(SCHEDULING_SUBJECTS.appointmentAction, c.admin, { clinicId: c.clinicId, appointmentId: first.appointments[0].id, action: 'cancel' });
    await c.book({ ...surgery, clientId: person, animalId: await animalCreated(c.organizationId, person, { sex: 'female' }) });

    const calendar = await c.calendar(MON, WED_CLOSED);
    expect(calendarSchema.parse(calendar)).toEqual(calendar);
    expect(calendar.days).toEqual([
      { date: MON, open: true, closedReason: null, opens: '08:00', closes: '17:00', counts: { surgery: 0, wellness: 0, boarding: 0, 'all-day': 0, other: 0 }, capacity: [{ ruleId: females.id, label: 'Female cats', limit: 1, booked: 0 }, { ruleId: males.id, label: 'Male cats', limit: 3, booked: 0 }] },
      { date: TUE, open: true, closedReason: null, opens: '08:00', closes: '17:00', counts: { surgery: 3, wellness: 0, boarding: 0, 'all-day': 0, other: 0 }, capacity: [{ ruleId: females.id, label: 'Female cats', limit: 1, booked: 1 }, { ruleId: males.id, label: 'Male cats', limit: 3, booked: 2 }] },
      { date: WED_CLOSED, open: false, closedReason: `The clinic is closed on ${WED_CLOSED}: Staff training`, opens: null, closes: null, counts: { surgery: 0, wellness: 0, boarding: 0, 'all-day': 0, other: 0 }, capacity: [{ ruleId: females.id, label: 'Female cats', limit: 1, booked: 0 }, { ruleId: males.id, label: 'Male cats', limit: 3, booked: 0 }] },
    ]);
    // Every appointment of the range, the cancelled one included, with the client's name.
    expect(calendar.appointments.map((a) => [a.status, a.clientName])).toEqual(expect.arrayContaining([['cancelled', 'Jamie Rivera'], ['scheduled', 'Happy Paws Rescue']]));
    expect(calendar.appointments).toHaveLength(4);

    // Setup guards what appointments use.
    const typeInUse = await refused(call(SCHEDULING_SUBJECTS.appointmentTypeDelete, c.admin, { clinicId: c.clinicId, appointmentTypeId: c.surgery.id }));
    expect([typeInUse.code, typeInUse.details]).toEqual(['CONFLICT', expect.objectContaining({ records: { appointments: 4 } })]);
    const ruleInUse = await refused(c.setRules([{ ...females }]));
    expect([ruleInUse.code, ruleInUse.message]).toEqual(['CONFLICT', expect.stringContaining('“Male cats”')]);
  });

  it('a clinic with no capacity rules has no surgery limit', async () => {
    const c = await clinic();
    const rescue = await clientCreated(c.organizationId, 'volume');
    const person = await clientCreated(c.organizationId, 'individual');
    const surgery = { appointmentTypeId: c.surgery.id, date: TUE, startTime: '08:00' };
    const booked = [
      ...(await c.book({ ...surgery, clientId: rescue })).appointments,
      ...(await Promise.all(Array.from({ length: 5 }, async () => (await c.book({ ...surgery, clientId: person, animalId: await animalCreated(c.organizationId, person) })).appointments[0]))),
    ];
    expect(booked.map((a) => [a.category, a.capacityRuleId])).toEqual(Array(6).fill(['surgery', null]));
    // A category named for places must be one of the clinic's.
    const places = await refused(c.book({ ...surgery, clientId: rescue, places: 2, capacityRuleId: randomUUID() }));
    expect([places.code, places.details]).toEqual(['VALIDATION', { issues: [{ path: 'capacityRuleId', message: 'This clinic has no surgery categories' }] }]);
  });

  it('moves only scheduled appointments, to open days with room, keeping its own place', async () => {
    const c = await clinic();
    const [cats] = await c.setRules([{ label: 'Cats', species: 'cat', limit: 1 }]);
    const rescue = await clientCreated(c.organizationId, 'volume');
    const [onTue] = (await c.book({ clientId: rescue, appointmentTypeId: c.surgery.id, date: TUE, startTime: '08:00', places: 1, capacityRuleId: cats.id })).appointments;
    await c.book({ clientId: rescue, appointmentTypeId: c.surgery.id, date: THU, startTime: '08:00', places: 1, capacityRuleId: cats.id });
    const move = (appointmentId: string, date: string, startTime = '09:00') => call<Appointment>(SCHEDULING_SUBJECTS.appointmentMove, c.admin, { clinicId: c.clinicId, appointmentId, move: { date, startTime } });

    expect((await refused(move(onTue.id, WED_CLOSED))).message).toBe(`The clinic is closed on ${WED_CLOSED}: Staff training`);
    const full = await refused(move(onTue.id, THU));
    expect([full.code, full.message]).toEqual(['CONFLICT', `“Cats” has no places left on ${THU}`]);
    const sameDay = await move(onTue.id, TUE, '10:00');
    expect(sameDay).toMatchObject({ date: TUE, startTime: '10:00', startsAt: '2027-03-02T16:00:00.000Z', capacityRuleId: cats.id });
    const moved = await move(onTue.id, FRI);
    expect(moved).toMatchObject({ date: FRI, startTime: '09:00', durationMinutes: 480, startsAt: '2027-03-05T15:00:00.000Z', endsAt: '2027-03-05T23:00:00.000Z' });
    expect(await outbox(onTue.id)).toEqual([['booked', 1, 'scheduled', false], ['moved', 2, 'scheduled', false], ['moved', 3, 'scheduled', false]]);

    await call(SCHEDULING_SUBJECTS.appointmentAction, c.admin, { clinicId: c.clinicId, appointmentId: onTue.id, action: 'check-in' });
    const checkedIn = await refused(move(onTue.id, MON));
    expect([checkedIn.code, checkedIn.message]).toEqual(['CONFLICT', 'This appointment is checked in: it cannot be moved']);
  });

  it('acts on appointments in order and refuses the rest with the reason', async () => {
    const c = await clinic();
    const person = await clientCreated(c.organizationId, 'individual');
    const animalId = await animalCreated(c.organizationId, person);
    const book = async () => (await c.book({ clientId: person, appointmentTypeId: c.wellness.id, date: MON, startTime: '09:00', animalId })).appointments[0];
    const act = (appointmentId: string, action: string) => call<Appointment>(SCHEDULING_SUBJECTS.appointmentAction, c.admin, { clinicId: c.clinicId, appointmentId, action });

    const visit = await book();
    expect((await refused(act(visit.id, 'check-out'))).message).toBe('This appointment is scheduled: it cannot be checked out');
    const inside = await act(visit.id, 'check-in');
    expect(inside).toMatchObject({ status: 'checked-in', checkedInAt: expect.any(String), checkedOutAt: null });
    const cancel = await refused(act(visit.id, 'cancel'));
    expect([cancel.code, cancel.message]).toEqual(['CONFLICT', 'This appointment is checked in: it cannot be cancelled']);
    expect(await act(visit.id, 'check-out')).toMatchObject({ status: 'checked-out', checkedOutAt: expect.any(String) });

    const missed = await book();
    expect((await act(missed.id, 'no-show')).status).toBe('no-show');
    expect((await refused(act(missed.id, 'check-in'))).code).toBe('CONFLICT');
    const cancelled = await book();
    expect((await act(cancelled.id, 'cancel')).status).toBe('cancelled');

    expect(await outbox(visit.id)).toEqual([['booked', 1, 'scheduled', false], ['checked-in', 2, 'checked-in', false], ['checked-out', 3, 'checked-out', false]]);
    expect(await outbox(missed.id)).toEqual([['booked', 1, 'scheduled', false], ['no-show', 2, 'no-show', false]]);
    expect(await outbox(cancelled.id)).toEqual([['booked', 1, 'scheduled', false], ['cancelled', 2, 'cancelled', false]]);
  });

  it("releases volume clients' appointments to the portal, where the rescue sets animals within capacity and deletes with permission", async () => {
    const c = await clinic();
    const [females, males] = await c.setRules([
      { label: 'Female cats', species: 'cat', sex: 'female', limit: 2 },
      { label: 'Male cats', species: 'cat', sex: 'male', limit: 1 },
    ]);
    const rescue = await clientCreated(c.organizationId, 'volume');
    const person = await clientCreated(c.organizationId, 'individual');
    const personal = (await c.book({ clientId: person, appointmentTypeId: c.wellness.id, date: MON, startTime: '09:00', animalId: await animalCreated(c.organizationId, person) })).appointments[0];
    const places = (await c.book({ clientId: rescue, appointmentTypeId: c.surgery.id, date: TUE, startTime: '08:00', places: 2, capacityRuleId: females.id })).appointments;
    await c.book({ clientId: rescue, appointmentTypeId: c.surgery.id, date: TUE, startTime: '08:00', places: 1, capacityRuleId: males.id });
    const release = (appointmentIds: string[]) => call<BookedAppointments>(SCHEDULING_SUBJECTS.appointmentRelease, c.admin, { clinicId: c.clinicId, release: { appointmentIds } });

    const link = { organizationId: c.organizationId, clientId: rescue };
    const rescueUser = portalUser(link);
    const list = () => call<PortalAppointment[]>(SCHEDULING_SUBJECTS.portalAppointmentList, rescueUser, {});
    expect(await list()).toEqual([]);
    expect((await refused(release([personal.id]))).details).toEqual({ issues: [{ path: 'appointmentIds', message: expect.any(String) }] });
    expect((await refused(release([randomUUID()]))).code).toBe('NOT_FOUND');
    const released = await release(places.map((a) => a.id));
    expect(released.appointments.every((a) => a.released)).toBe(true);
    await release(places.map((a) => a.id));
    expect(await outbox(places[0].id)).toEqual([['booked', 1, 'scheduled', false], ['released', 2, 'scheduled', false]]);

    const shown = await list();
    expect(shown.map((a) => portalAppointmentSchema.parse(a))).toEqual(shown);
    expect(shown.map((a) => [a.id, a.clinicName, a.capacityLabel, a.locked])).toEqual([
      [places[0].id, 'Eastside Clinic', 'Female cats', false],
      [places[1].id, 'Eastside Clinic', 'Female cats', false],
    ]);
    expect((await refused(call(SCHEDULING_SUBJECTS.portalAppointmentList, portalUser(link, []), {}))).code).toBe('FORBIDDEN');
    expect((await refused(call(SCHEDULING_SUBJECTS.portalAppointmentList, portalUser(undefined), {}))).code).toBe('FORBIDDEN');

    // Setting the animal: a male cat does not fit the full "Male cats"; a female stays in its place.
    const setAnimal = (appointmentId: string, a: object, actor: Actor = rescueUser) => call<PortalAppointment>(SCHEDULING_SUBJECTS.portalAppointmentAnimalSet, actor, { appointmentId, animal: a });
    const male = await refused(setAnimal(places[0].id, { name: 'Tom', species: 'cat', sex: 'male', weightKg: 4 }));
    expect([male.code, male.message, male.details]).toEqual([
      'CONFLICT',
      'It was booked as “Female cats”, but a male cat weighing 4 kg belongs in “Male cats”, which has no places left on this day',
      { issues: [{ path: 'animal', message: male.message }] },
    ]);
    const female = await setAnimal(places[0].id, { name: 'Luna', species: 'cat', sex: 'female', weightKg: 3, arrivingInTrap: true });
    expect(female).toMatchObject({ capacityLabel: 'Female cats', animal: { animalId: null, name: 'Luna', species: 'cat', sex: 'female', weightKg: 3, arrivingInTrap: true } });
    // Staff set the same way; an appointment not released to this client is not found in the portal.
    const staffSet = await call<Appointment>(SCHEDULING_SUBJECTS.appointmentAnimalSet, c.admin, { clinicId: c.clinicId, appointmentId: places[1].id, animal: { name: 'Max', species: 'cat', sex: 'female' } });
    expect(staffSet.animal).toMatchObject({ name: 'Max', species: 'cat', sex: 'female', weightKg: null });
    expect(staffSet.capacityRuleId).toBe(females.id);
    expect((await refused(setAnimal(personal.id, { name: 'X', species: 'cat' }))).code).toBe('NOT_FOUND');

    // Checked in: locked in the portal, read-only.
    await call(SCHEDULING_SUBJECTS.appointmentAction, c.admin, { clinicId: c.clinicId, appointmentId: places[0].id, action: 'check-in' });
    const locked = (await list()).find((a) => a.id === places[0].id);
    expect(locked).toMatchObject({ locked: true, lockedReason: 'This appointment is checked in, so it can no longer be changed' });
    expect((await refused(setAnimal(places[0].id, { name: 'Luna', species: 'cat' }))).message).toBe('This appointment is checked in, so it can no longer be changed');
    const staffLocked = await refused(call(SCHEDULING_SUBJECTS.appointmentAnimalSet, c.admin, { clinicId: c.clinicId, appointmentId: places[0].id, animal: { name: 'Luna', species: 'cat' } }));
    expect(staffLocked.code).toBe('CONFLICT');
    const del = (appointmentId: string, actor: Actor = rescueUser) => call(SCHEDULING_SUBJECTS.portalAppointmentDelete, actor, { appointmentId });
    expect((await refused(del(places[0].id))).code).toBe('CONFLICT');

    // Deleting needs appointments.delete; it removes the appointment everywhere and frees its place.
    expect((await refused(del(places[1].id, portalUser(link, [PORTAL_PERMISSIONS.viewAppointments])))).code).toBe('FORBIDDEN');
    expect((await refused(del(places[1].id, portalUser({ organizationId: randomUUID(), clientId: rescue })))).code).toBe('NOT_FOUND');
    expect(await del(places[1].id)).toBeNull();
    expect((await list()).map((a) => a.id)).toEqual([places[0].id]);
    expect((await c.calendar(TUE, TUE)).days[0].capacity).toEqual([
      { ruleId: females.id, label: 'Female cats', limit: 2, booked: 1 },
      { ruleId: males.id, label: 'Male cats', limit: 1, booked: 1 },
    ]);
    expect(await outbox(places[1].id)).toEqual([
      ['booked', 1, 'scheduled', false],
      ['released', 2, 'scheduled', false],
      ['animal-set', 3, 'scheduled', false],
      ['deleted', 4, 'scheduled', true],
    ]);
  });

  it("shows a portal link's clinic: always for an individual client, for a volume client once it has an appointment not cancelled", async () => {
    const c = await clinic();
    const other = await clinic();
    const rescue = await clientCreated(c.organizationId, 'volume');
    const quietRescue = await clientCreated(other.organizationId, 'volume');
    const person = await clientCreated(other.organizationId, 'individual');
    const unknownOrg = randomUUID();
    const links = [
      { organizationId: c.organizationId, clientId: rescue },
      { organizationId: other.organizationId, clientId: quietRescue },
      { organizationId: other.organizationId, clientId: person },
      { organizationId: unknownOrg, clientId: randomUUID() },
    ];
    const visible = async () => (await call<{ organizationIds: string[] }>(SCHEDULING_SUBJECTS.portalVisibleLinks, portalUser(undefined), { links })).organizationIds;
    expect(await visible()).toEqual([other.organizationId, unknownOrg]);
    const [place] = (await c.book({ clientId: rescue, appointmentTypeId: c.wellness.id, date: MON, startTime: '09:00' })).appointments;
    expect(await visible()).toEqual([c.organizationId, other.organizationId, unknownOrg]);
    await call(SCHEDULING_SUBJECTS.appointmentAction, c.admin, { clinicId: c.clinicId, appointmentId: place.id, action: 'cancel' });
    expect(await visible()).toEqual([other.organizationId, unknownOrg]);
  });

  it("answers NOT_FOUND for another organization's clinic, appointment or client on every subject", async () => {
    const c = await clinic();
    const person = await clientCreated(c.organizationId, 'individual');
    const animalId = await animalCreated(c.organizationId, person);
    const [visit] = (await c.book({ clientId: person, appointmentTypeId: c.wellness.id, date: MON, startTime: '09:00', animalId })).appointments;
    const intruder = staff(randomUUID());
    const { clinicId } = c;
    for (const [subject, data] of [
      [SCHEDULING_SUBJECTS.calendarGet, { clinicId, range: { from: MON, to: TUE } }],
      [SCHEDULING_SUBJECTS.appointmentBook, { clinicId, appointment: { clientId: person, appointmentTypeId: c.wellness.id, date: MON, startTime: '09:00', animalId } }],
      [SCHEDULING_SUBJECTS.appointmentGet, { clinicId, appointmentId: visit.id }],
      [SCHEDULING_SUBJECTS.appointmentMove, { clinicId, appointmentId: visit.id, move: { date: TUE, startTime: '09:00' } }],
      [SCHEDULING_SUBJECTS.appointmentAction, { clinicId, appointmentId: visit.id, action: 'cancel' }],
      [SCHEDULING_SUBJECTS.appointmentRelease, { clinicId, release: { appointmentIds: [visit.id] } }],
      [SCHEDULING_SUBJECTS.appointmentAnimalSet, { clinicId, appointmentId: visit.id, animal: { name: 'X', species: 'cat' } }],
      [SCHEDULING_SUBJECTS.clientAppointmentList, { clientId: person }],
    ] as const) {
      const error = await refused(call(subject, intruder, data));
      expect([subject, error.code]).toEqual([subject, 'NOT_FOUND']);
    }
    // Another clinic of the same organization does not find this clinic's appointment either.
    const sibling = await clinic({ organizationId: c.organizationId });
    expect((await refused(call(SCHEDULING_SUBJECTS.appointmentGet, c.admin, { clinicId: sibling.clinicId, appointmentId: visit.id }))).code).toBe('NOT_FOUND');
    expect(await call(SCHEDULING_SUBJECTS.appointmentGet, c.admin, { clinicId, appointmentId: visit.id })).toEqual(visit);
  });

  it('books the last place exactly once when 20 bookings race for it', async () => {
    const c = await clinic();
    const [cats] = await c.setRules([{ label: 'Cats', species: 'cat', limit: 3 }]);
    const rescue = await clientCreated(c.organizationId, 'volume');
    await c.book({ clientId: rescue, appointmentTypeId: c.surgery.id, date: TUE, startTime: '08:00', places: 2, capacityRuleId: cats.id });
    const person = await clientCreated(c.organizationId, 'individual');
    const animals = await Promise.all(Array.from({ length: 20 }, (_, i) => animalCreated(c.organizationId, person, { name: `Cat ${i}` })));

    const results = await Promise.allSettled(animals.map((animalId) => c.book({ clientId: person, appointmentTypeId: c.surgery.id, date: TUE, startTime: '08:00', animalId })));
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as AppError] : []));
    expect(won).toHaveLength(1);
    expect(lost.map((e) => e.code)).toEqual(Array(19).fill('CONFLICT'));
    const [{ held }] = await service.dataSource.query(`SELECT count(*)::int AS held FROM appointments WHERE clinic_id = $1 AND capacity_rule_id = $2`, [c.clinicId, cats.id]);
    expect(held).toBe(3);
  });
});
