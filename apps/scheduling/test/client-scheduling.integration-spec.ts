import { randomUUID } from 'node:crypto';
import {
  SCHEDULING_SUBJECTS,
  STAFF_PERMISSIONS,
  acceptedRequestSchema,
  appointmentRequestSchema,
  openTimesSchema,
  portalAppointmentSchema,
  portalSchedulingSchema,
  type AcceptedRequest,
  type Actor,
  type AppError,
  type AppointmentReason,
  type AppointmentRequest,
  type AppointmentRequestInput,
  type AppointmentType,
  type BookAppointmentInput,
  type BookedAppointments,
  type CapacityRule,
  type ClinicCreated,
  type ClinicSetup,
  type OpenTimes,
  type PortalAppointment,
  type PortalOptionsInput,
  type PortalScheduling,
  type SelfScheduleInput,
  type StaffActor,
} from '@tailwise/contracts';
import { pathsOf, portalUser, refused, schedulingService, staff, week } from './fixtures';

// Appointment requests, open times and self-scheduling, over NATS the way the gateway calls the
// service. Clinics and clients arrive as other services' events.

// 2027-03-01 is a Monday. The clinic opens Monday to Saturday 08:00–17:00 and is closed on 2027-03-03.
const MON = '2027-03-01';
const TUE = '2027-03-02';
const WED_CLOSED = '2027-03-03';
const THU = '2027-03-04';
const SUN = '2027-03-07';

const MON_TO_SAT = week({ 1: ['08:00', '17:00'], 2: ['08:00', '17:00'], 3: ['08:00', '17:00'], 4: ['08:00', '17:00'], 5: ['08:00', '17:00'], 6: ['08:00', '17:00'] });

describe('scheduling requests, open times and self-scheduling (PostgreSQL + NATS)', () => {
  const service = schedulingService();
  const { call, openClinic, clientCreated, animalCreated, clientDisabled } = service;

  const refusal = async (promise: Promise<unknown>) => {
    const e = await refused(promise);
    return [e.code, pathsOf(e).join()];
  };

  /** A clinic with hours, a closure, wellness (20 min), surgery and boarding types, a reason per type, and portal options. */
  async function clinic(options: Partial<PortalOptionsInput> = {}, data: Partial<ClinicCreated> = {}) {
    const created = await openClinic(data, MON_TO_SAT, { startDate: WED_CLOSED, endDate: WED_CLOSED, reason: 'Staff training' });
    const { clinicId, admin } = created;
    const wellness = await created.appointmentType('Wellness', 'wellness', 20);
    const surgery = await created.appointmentType('Spay/Neuter', 'surgery', 480);
    const boarding = await created.appointmentType('Boarding', 'boarding', 1440);
    const reason = (name: string, appointmentTypeId: string, extra: object = {}) =>
      call<AppointmentReason>(SCHEDULING_SUBJECTS.reasonCreate, admin, { clinicId, reason: { name, appointmentTypeId, ...extra } });
    const checkup = await reason('Annual checkup', wellness.id, { isDefault: true, description: 'Vaccines and a look-over' });
    const retired = await reason('Retired', wellness.id, { isActive: false });
    await call(SCHEDULING_SUBJECTS.portalOptionsSet, admin, {
      clinicId,
      portalOptions: { allowRequests: true, allowSelfScheduling: true, showOfficeHours: true, requestNotificationEmail: null, ...options },
    });
    const book = (appointment: BookAppointmentInput) => call<BookedAppointments>(SCHEDULING_SUBJECTS.appointmentBook, admin, { clinicId, appointment });
    return { ...created, wellness, surgery, boarding, checkup, retired, book };
  }

  const outboxSubjects = async (clinicId: string) =>
    ((await service.dataSource.query(`SELECT subject FROM outbox WHERE envelope->'data'->>'clinicId' = $1 ORDER BY created_at`, [clinicId])) as { subject: string }[]).map((r) =>
      r.subject.replace('events.scheduling.', ''),
    );

  const requestAs = (actor: Actor, input: AppointmentRequestInput) => call<AppointmentRequest>(SCHEDULING_SUBJECTS.portalRequestCreate, actor, input);
  const selfScheduleAs = (actor: Actor, input: SelfScheduleInput) => call<PortalAppointment>(SCHEDULING_SUBJECTS.portalSelfSchedule, actor, input);
  const times = (openTimes: OpenTimes, date: string) => openTimes.days.find((d) => d.date === date)?.times.map((t) => t.time);

  it("shows the organization's clinics with their portal options, hours unless hidden, and active reasons with durations", async () => {
    const c = await clinic({ officeHoursText: 'Walk-ins welcome' });
    const hidden = await clinic({ showOfficeHours: false, allowSelfScheduling: false }, { organizationId: c.organizationId, name: 'Westside Clinic' });
    const person = await clientCreated(c.organizationId);
    const scheduling = await call<PortalScheduling>(SCHEDULING_SUBJECTS.portalSchedulingGet, portalUser({ organizationId: c.organizationId, clientId: person }), {});
    expect(portalSchedulingSchema.parse(scheduling)).toEqual(scheduling);
    expect(scheduling.clinics.map((k) => [k.clinicName, k.allowRequests, k.allowSelfScheduling, k.hours?.length ?? null, k.officeHoursText])).toEqual([
      ['Eastside Clinic', true, true, 7, 'Walk-ins welcome'],
      ['Westside Clinic', true, false, null, null],
    ]);
    expect(scheduling.clinics[0]).toMatchObject({ clinicId: c.clinicId, timeZone: 'America/Chicago', requestLabel: 'Request an appointment' });
    expect(scheduling.clinics[0].reasons).toEqual([{ id: c.checkup.id, name: 'Annual checkup', description: 'Vaccines and a look-over', isDefault: true, durationMinutes: 20 }]);
    expect(scheduling.clinics[1].clinicId).toBe(hidden.clinicId);
    expect(scheduling.clientBooks).toBe(true);
    // A rescue's places are booked by the clinic: the portal offers it no booking of its own.
    const rescue = await clientCreated(c.organizationId, 'volume');
    const forRescue = await call<PortalScheduling>(SCHEDULING_SUBJECTS.portalSchedulingGet, portalUser({ organizationId: c.organizationId, clientId: rescue }), {});
    expect(forRescue.clientBooks).toBe(false);
    expect(forRescue.clinics).toHaveLength(2);
  });

  it('refuses requests with the reason: volume or disabled client, requests off, unknown clinic, inactive reason, past date, closed day', async () => {
    const c = await clinic();
    const person = await clientCreated(c.organizationId);
    const owner = portalUser({ organizationId: c.organizationId, clientId: person });
    const base: AppointmentRequestInput = { clinicId: c.clinicId, date: TUE, timeOfDay: 'morning', reasonId: c.checkup.id };

    const rescue = portalUser({ organizationId: c.organizationId, clientId: await clientCreated(c.organizationId, 'volume') });
    const volume = await refused(requestAs(rescue, base));
    expect([volume.code, volume.message]).toEqual(['CONFLICT', 'Appointment requests are for individual clients']);
    expect(await refusal(requestAs(owner, { ...base, clinicId: (await clinic()).clinicId }))).toEqual(['NOT_FOUND', '']);
    expect(await refusal(requestAs(owner, { ...base, reasonId: c.retired.id }))).toEqual(['VALIDATION', 'reasonId']);
    expect(await refusal(requestAs(owner, { ...base, reasonId: randomUUID() }))).toEqual(['VALIDATION', 'reasonId']);
    expect(await refusal(requestAs(owner, { ...base, date: '2020-01-06' }))).toEqual(['VALIDATION', 'date']);
    const closed = await refused(requestAs(owner, { ...base, date: WED_CLOSED }));
    expect([closed.code, closed.message, pathsOf(closed)]).toEqual(['CONFLICT', `The clinic is closed on ${WED_CLOSED}: Staff training`, ['date']]);
    expect((await refused(requestAs(owner, { ...base, date: SUN }))).message).toBe('The clinic is closed on Sundays');

    const off = await clinic({ allowRequests: false }, { organizationId: c.organizationId });
    const offReason = await call<ClinicSetup>(SCHEDULING_SUBJECTS.setupGet, off.admin, { clinicId: off.clinicId });
    expect(offReason.portalOptions.allowRequests).toBe(false);
    expect(await refusal(requestAs(owner, { ...base, clinicId: off.clinicId, reasonId: off.checkup.id }))).toEqual(['CONFLICT', '']);

    await clientDisabled(c.organizationId, person);
    expect((await refused(requestAs(owner, base))).code).toBe('CONFLICT');
    expect(await service.dataSource.query(`SELECT id FROM appointment_requests WHERE clinic_id = $1`, [c.clinicId])).toEqual([]);
  });

  it("records a request, with a notice to the clinic only when it has a notification email", async () => {
    const quiet = await clinic();
    const noisy = await clinic({ requestNotificationEmail: 'front@eastside.example' });
    const input = (clinicId: string, reasonId: string): AppointmentRequestInput => ({ clinicId, date: THU, timeOfDay: 'afternoon', reasonId, message: ' Limping since Monday ' });

    const person = await clientCreated(quiet.organizationId);
    const request = await requestAs(portalUser({ organizationId: quiet.organizationId, clientId: person }), input(quiet.clinicId, quiet.checkup.id));
    expect(appointmentRequestSchema.parse(request)).toEqual(request);
    expect(request).toMatchObject({
      clinicId: quiet.clinicId,
      clinicName: 'Eastside Clinic',
      clientId: person,
      clientName: 'Jamie Rivera',
      date: THU,
      timeOfDay: 'afternoon',
      reasonName: 'Annual checkup',
      message: 'Limping since Monday',
      status: 'pending',
      declineMessage: null,
      appointmentId: null,
      appointmentDate: null,
      answeredAt: null,
    });
    expect(await outboxSubjects(quiet.clinicId)).toEqual(['appointment-request.submitted']);

    const other = await clientCreated(noisy.organizationId, 'individual', 'Sam Lee');
    await requestAs(portalUser({ organizationId: noisy.organizationId, clientId: other }), input(noisy.clinicId, noisy.checkup.id));
    expect(await outboxSubjects(noisy.clinicId)).toEqual(['appointment-request.submitted', 'clinic-notice.requested']);
    const [{ data }] = (await service.dataSource.query(`SELECT envelope->'data' AS data FROM outbox WHERE subject = 'events.scheduling.clinic-notice.requested' AND envelope->'data'->>'clinicId' = $1`, [noisy.clinicId])) as { data: unknown }[];
    expect(data).toEqual({
      organizationId: noisy.organizationId,
      clinicId: noisy.clinicId,
      clinicName: 'Eastside Clinic',
      to: 'front@eastside.example',
      kind: 'appointment-request',
      clientName: 'Sam Lee',
      reasonName: 'Annual checkup',
      date: THU,
      timeOfDay: 'afternoon',
      startTime: null,
      message: 'Limping since Monday',
    });
  });

  it('accepts a request into a released appointment by the booking rules, leaving it pending when refused; declines; the portal shows outcomes', async () => {
    const c = await clinic();
    const [cats] = await call<CapacityRule[]>(SCHEDULING_SUBJECTS.capacityRulesSet, c.admin, { clinicId: c.clinicId, capacityRules: { rules: [{ label: 'Cats', species: 'cat', limit: 1 }] } });
    const rescue = await clientCreated(c.organizationId, 'volume');
    await c.book({ clientId: rescue, appointmentTypeId: c.surgery.id, date: TUE, startTime: '08:00', places: 1, capacityRuleId: cats.id });
    const person = await clientCreated(c.organizationId);
    const cat = await animalCreated(c.organizationId, person);
    const owner = portalUser({ organizationId: c.organizationId, clientId: person });
    const first = await requestAs(owner, { clinicId: c.clinicId, date: TUE, timeOfDay: 'morning', reasonId: c.checkup.id, message: 'First' });
    const second = await requestAs(owner, { clinicId: c.clinicId, date: THU, timeOfDay: 'evening', reasonId: c.checkup.id });

    const accept = (requestId: string, accept: object, actor: StaffActor = c.admin) => call<AcceptedRequest>(SCHEDULING_SUBJECTS.requestAccept, actor, { clinicId: c.clinicId, requestId, accept });
    const decline = (requestId: string, message: string | null) => call<AppointmentRequest>(SCHEDULING_SUBJECTS.requestDecline, c.admin, { clinicId: c.clinicId, requestId, decline: { message } });
    const list = (status?: string, actor: StaffActor = c.admin) => call<AppointmentRequest[]>(SCHEDULING_SUBJECTS.requestList, actor, { clinicId: c.clinicId, query: status ? { status } : {} });

    const full = await refused(accept(first.id, { date: TUE, startTime: '09:00', appointmentTypeId: c.surgery.id, animalId: cat }));
    expect([full.code, full.message]).toEqual(['CONFLICT', 'A female cat weighing 3.5 kg belongs in “Cats”, which has no places left on this day']);
    expect(await refusal(accept(first.id, { date: THU, startTime: '09:00', appointmentTypeId: c.surgery.id }))).toEqual(['VALIDATION', 'animalId']);
    const closed = await refused(accept(first.id, { date: WED_CLOSED, startTime: '09:00' }));
    expect([closed.code, pathsOf(closed)]).toEqual(['CONFLICT', ['date']]);
    expect((await refused(accept(first.id, { date: TUE, startTime: '09:00' }, staff(c.organizationId, { permissions: [STAFF_PERMISSIONS.manageClients] })))).code).toBe('FORBIDDEN');
    expect((await list()).map((r) => [r.id, r.status])).toEqual([
      [second.id, 'pending'],
      [first.id, 'pending'],
    ]);

    const accepted = await accept(first.id, { date: THU, startTime: '10:00' });
    expect(acceptedRequestSchema.parse(accepted)).toEqual(accepted);
    expect(accepted.appointment).toMatchObject({
      clientId: person,
      clientKind: 'individual',
      appointmentTypeId: c.wellness.id,
      date: THU,
      startTime: '10:00',
      durationMinutes: 20,
      released: true,
      source: 'request',
      animal: null,
      notes: 'First',
      status: 'scheduled',
    });
    expect(accepted.request).toMatchObject({ status: 'accepted', appointmentId: accepted.appointment.id, appointmentDate: THU, appointmentStartTime: '10:00', answeredAt: expect.any(String) });
    expect((await refused(accept(first.id, { date: THU, startTime: '11:00' }))).code).toBe('CONFLICT');
    expect((await refused(decline(first.id, 'No'))).code).toBe('CONFLICT');

    const declined = await decline(second.id, 'We are fully booked that evening, please call us');
    expect(declined).toMatchObject({ status: 'declined', declineMessage: 'We are fully booked that evening, please call us', appointmentId: null });

    const reader = staff(c.organizationId, { permissions: [] });
    expect((await list(undefined, reader)).map((r) => r.status)).toEqual(['declined', 'accepted']);
    expect((await list('accepted')).map((r) => r.id)).toEqual([first.id]);
    expect((await list('pending'))).toEqual([]);

    const mine = await call<AppointmentRequest[]>(SCHEDULING_SUBJECTS.portalRequestList, owner, {});
    expect(mine.map((r) => [r.id, r.status, r.appointmentDate, r.appointmentStartTime, r.declineMessage])).toEqual([
      [second.id, 'declined', null, null, 'We are fully booked that evening, please call us'],
      [first.id, 'accepted', THU, '10:00', null],
    ]);
    // The accepted request's appointment is in the pet owner's portal.
    const shown = await call<PortalAppointment[]>(SCHEDULING_SUBJECTS.portalAppointmentList, owner, {});
    expect(shown.map((a) => [a.id, a.typeName, a.date, a.startTime])).toEqual([[accepted.appointment.id, 'Wellness', THU, '10:00']]);

    const requestEvents = (await service.dataSource.query(`SELECT subject, envelope->'data'->>'status' AS status FROM outbox WHERE envelope->'data'->>'requestId' = $1 ORDER BY created_at`, [first.id])) as { subject: string; status: string }[];
    expect(requestEvents.map((e) => [e.subject, e.status])).toEqual([
      ['events.scheduling.appointment-request.submitted', 'pending'],
      ['events.scheduling.appointment-request.accepted', 'accepted'],
    ]);

    // Another organization finds none of it; a reason requests name is deactivated, not deleted.
    const intruder = staff(randomUUID());
    for (const [subject, data] of [
      [SCHEDULING_SUBJECTS.requestList, { clinicId: c.clinicId, query: {} }],
      [SCHEDULING_SUBJECTS.requestAccept, { clinicId: c.clinicId, requestId: second.id, accept: { date: THU, startTime: '09:00' } }],
      [SCHEDULING_SUBJECTS.requestDecline, { clinicId: c.clinicId, requestId: second.id, decline: {} }],
    ] as const) {
      expect([subject, (await refused(call(subject, intruder, data))).code]).toEqual([subject, 'NOT_FOUND']);
    }
    expect((await refused(accept(randomUUID(), { date: THU, startTime: '09:00' }))).code).toBe('NOT_FOUND');
    const deleting = await refused(call(SCHEDULING_SUBJECTS.reasonDelete, c.admin, { clinicId: c.clinicId, reasonId: c.checkup.id }));
    expect([deleting.code, deleting.details]).toEqual(['CONFLICT', { reason: 'in-use', records: { requests: 2 }, suggestion: 'deactivate' }]);
  });

  it('gives staff the open times of a type: booked times left out, boarding and all-day not blocking, closed days with their reason', async () => {
    const c = await clinic();
    const rescue = await clientCreated(c.organizationId, 'volume');
    await c.book({ clientId: rescue, appointmentTypeId: c.wellness.id, date: MON, startTime: '08:00', durationMinutes: 480 });
    await c.book({ clientId: rescue, appointmentTypeId: c.boarding.id, date: MON, startTime: '16:00' });
    const dayCare = await call<AppointmentType>(SCHEDULING_SUBJECTS.appointmentTypeCreate, c.admin, { clinicId: c.clinicId, appointmentType: { name: 'Day care', category: 'all-day', defaultDurationMinutes: 540 } });
    await c.book({ clientId: rescue, appointmentTypeId: dayCare.id, date: TUE, startTime: '08:00' });
    const cancelled = (await c.book({ clientId: rescue, appointmentTypeId: c.wellness.id, date: MON, startTime: '16:30', durationMinutes: 30 })).appointments[0];
    await call(SCHEDULING_SUBJECTS.appointmentAction, c.admin, { clinicId: c.clinicId, appointmentId: cancelled.id, action: 'cancel' });
    const openTimes = (query: object, actor: StaffActor = staff(c.organizationId, { permissions: [] })) =>
      call<OpenTimes>(SCHEDULING_SUBJECTS.openTimesGet, actor, { clinicId: c.clinicId, query: { from: MON, to: WED_CLOSED, appointmentTypeId: c.wellness.id, ...query } });

    const result = await openTimes({});
    expect(openTimesSchema.parse(result)).toEqual(result);
    expect(result.durationMinutes).toBe(20);
    expect(times(result, MON)).toEqual(['16:00', '16:15', '16:30']);
    expect(result.days[0].times[0]).toEqual({ time: '16:00', startsAt: '2027-03-01T22:00:00.000Z' });
    // 08:00 to 16:30 every quarter hour: the day care and the boarding running into Tuesday block nothing.
    expect(times(result, TUE)).toHaveLength(35);
    expect(result.days[2]).toEqual({ date: WED_CLOSED, open: false, closedReason: `The clinic is closed on ${WED_CLOSED}: Staff training`, times: [] });
    expect(times(await openTimes({ durationMinutes: 60 }), MON)).toEqual(['16:00']);

    expect(await refusal(openTimes({ appointmentTypeId: randomUUID() }))).toEqual(['VALIDATION', 'appointmentTypeId']);
    expect((await refused(openTimes({}, staff(randomUUID())))).code).toBe('NOT_FOUND');
  });

  it('self-schedules an open time for a pet owner: released, on the calendar, gone from open times; refusals with the reason', async () => {
    const c = await clinic({ requestNotificationEmail: 'front@eastside.example' });
    const person = await clientCreated(c.organizationId);
    const owner = portalUser({ organizationId: c.organizationId, clientId: person });
    const cat = await animalCreated(c.organizationId, person);
    const portalTimes = (clinicId = c.clinicId, reasonId = c.checkup.id, actor: Actor = owner) =>
      call<OpenTimes>(SCHEDULING_SUBJECTS.portalOpenTimesGet, actor, { clinicId, query: { from: TUE, to: TUE, reasonId } });
    expect(times(await portalTimes(), TUE)).toContain('09:00');

    const booked = await selfScheduleAs(owner, { clinicId: c.clinicId, reasonId: c.checkup.id, date: TUE, startTime: '09:00', animalId: cat, message: 'Shy cat' });
    expect(portalAppointmentSchema.parse(booked)).toEqual(booked);
    expect(booked).toMatchObject({ clinicId: c.clinicId, typeName: 'Wellness', date: TUE, startTime: '09:00', status: 'scheduled', animal: { animalId: cat, name: 'Mittens' }, locked: false });
    expect(times(await portalTimes(), TUE)).not.toEqual(expect.arrayContaining(['08:45', '09:00', '09:15']));
    expect(times(await portalTimes(), TUE)).toEqual(expect.arrayContaining(['08:30', '09:30']));
    const onCalendar = await call<{ source: string; released: boolean; notes: string }>(SCHEDULING_SUBJECTS.appointmentGet, c.admin, { clinicId: c.clinicId, appointmentId: booked.id });
    expect(onCalendar).toMatchObject({ source: 'self-scheduled', released: true, notes: 'Shy cat' });
    expect((await call<PortalAppointment[]>(SCHEDULING_SUBJECTS.portalAppointmentList, owner, {})).map((a) => a.id)).toEqual([booked.id]);
    expect(await outboxSubjects(c.clinicId)).toEqual(['appointment.booked', 'clinic-notice.requested']);

    const base: SelfScheduleInput = { clinicId: c.clinicId, reasonId: c.checkup.id, date: TUE, startTime: '10:00' };
    const taken = await refused(selfScheduleAs(owner, { ...base, startTime: '09:00' }));
    expect([taken.code, taken.message, pathsOf(taken)]).toEqual(['CONFLICT', 'This time was just taken: choose another', ['startTime']]);
    expect(await refusal(selfScheduleAs(owner, { ...base, startTime: '10:05' }))).toEqual(['CONFLICT', 'startTime']);
    expect(await refusal(selfScheduleAs(owner, { ...base, date: WED_CLOSED }))).toEqual(['CONFLICT', 'date']);
    expect(await refusal(selfScheduleAs(owner, { ...base, date: '2020-01-07' }))).toEqual(['VALIDATION', 'date']);
    expect(await refusal(selfScheduleAs(owner, { ...base, reasonId: c.retired.id }))).toEqual(['VALIDATION', 'reasonId']);
    const strangersCat = await animalCreated(c.organizationId, await clientCreated(c.organizationId));
    expect(await refusal(selfScheduleAs(owner, { ...base, animalId: strangersCat }))).toEqual(['VALIDATION', 'animalId']);
    const rescue = portalUser({ organizationId: c.organizationId, clientId: await clientCreated(c.organizationId, 'volume') });
    expect(await refusal(selfScheduleAs(rescue, base))).toEqual(['CONFLICT', '']);
    expect((await refused(selfScheduleAs(owner, { ...base, clinicId: (await clinic()).clinicId }))).code).toBe('NOT_FOUND');

    const off = await clinic({ allowSelfScheduling: false }, { organizationId: c.organizationId });
    expect(await refusal(portalTimes(off.clinicId, off.checkup.id))).toEqual(['CONFLICT', '']);
    expect(await refusal(selfScheduleAs(owner, { ...base, clinicId: off.clinicId, reasonId: off.checkup.id }))).toEqual(['CONFLICT', '']);
    expect(await refusal(portalTimes(c.clinicId, c.retired.id))).toEqual(['VALIDATION', 'reasonId']);
  });

  it('books the last open time exactly once when 20 pet owners race for it; then it is no longer offered', async () => {
    const c = await clinic();
    const rescue = await clientCreated(c.organizationId, 'volume');
    // Busy until 16:30: a 20-minute visit fits only at 16:30 (16:45 would run past closing at 17:00).
    await c.book({ clientId: rescue, appointmentTypeId: c.wellness.id, date: TUE, startTime: '08:00', durationMinutes: 510 });
    const owners = await Promise.all(Array.from({ length: 20 }, async (_, i) => portalUser({ organizationId: c.organizationId, clientId: await clientCreated(c.organizationId, 'individual', `Owner ${i}`) })));
    const offered = () => call<OpenTimes>(SCHEDULING_SUBJECTS.portalOpenTimesGet, owners[0], { clinicId: c.clinicId, query: { from: TUE, to: TUE, reasonId: c.checkup.id } });
    expect(times(await offered(), TUE)).toEqual(['16:30']);

    const results = await Promise.allSettled(owners.map((owner) => selfScheduleAs(owner, { clinicId: c.clinicId, reasonId: c.checkup.id, date: TUE, startTime: '16:30' })));
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as AppError] : []));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(lost.map((e) => [e.code, e.message])).toEqual(Array(19).fill(['CONFLICT', 'This time was just taken: choose another']));
    expect(times(await offered(), TUE)).toEqual([]);
    const [{ booked }] = await service.dataSource.query(`SELECT count(*)::int AS booked FROM appointments WHERE clinic_id = $1 AND source = 'self-scheduled'`, [c.clinicId]);
    expect(booked).toBe(1);
  });
});
