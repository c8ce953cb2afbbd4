import { randomUUID } from 'node:crypto';
import {
  SCHEDULING_SUBJECTS,
  STAFF_PERMISSIONS,
  type AppointmentReason,
  type AppointmentType,
  type CapacityRule,
  type CapacityRuleInput,
  type ClinicSetup,
  type Closure,
  type PortalOptions,
  type WeeklyHours,
} from '@tailwise/contracts';
import { pendingSchemaChanges } from '@tailwise/persistence';
import { waitFor } from '@tailwise/testing';
import { pathsOf, refused, schedulingService, staff, week } from './fixtures';

// Clinics arrive as identity's clinic-created events; setup is called over NATS request-reply
// the way the gateway calls it.

describe('scheduling clinic setup (PostgreSQL + NATS)', () => {
  const service = schedulingService();
  const { call, clinicCreated } = service;

  it('migrates its database to exactly what the entities describe (no drift)', async () => {
    expect(await pendingSchemaChanges(service.dataSource)).toEqual([]);
  });

  it('learns a clinic from identity, with its organization and time zone, and starts it with an empty setup', async () => {
    const clinic = await clinicCreated({ name: 'Northside', timeZone: 'Europe/Berlin' });
    const setup = await call<ClinicSetup>(SCHEDULING_SUBJECTS.setupGet, clinic.admin, { clinicId: clinic.clinicId });
    expect(setup).toEqual({
      clinic: { id: clinic.clinicId, organizationId: clinic.organizationId, name: 'Northside', timeZone: 'Europe/Berlin' },
      hours: week({}),
      closures: [],
      appointmentTypes: [],
      capacityRules: [],
      reasons: [],
      portalOptions: {
        allowRequests: false,
        requestLabel: 'Request an appointment',
        requestNotificationEmail: null,
        allowSelfScheduling: false,
        showOfficeHours: true,
        officeHoursText: null,
      },
    });
  });

  it('sets up a clinic: hours, closures, types, capacity rules, reasons and portal options, then reads it all in one call', async () => {
    const { clinicId, admin } = await clinicCreated();
    const at = (data: Record<string, unknown>) => ({ clinicId, ...data });

    const hours = await call<WeeklyHours>(SCHEDULING_SUBJECTS.hoursSet, admin, at({ hours: week({ 1: ['08:00', '17:30'], 2: ['08:00', '17:30'], 6: ['09:00', '12:00'] }) }));
    expect(hours.days[0]).toEqual({ weekday: 1, hours: { opens: '08:00', closes: '17:30' } });
    const badHours = await refused(call(SCHEDULING_SUBJECTS.hoursSet, admin, at({ hours: week({ 3: ['17:00', '09:00'] }) })));
    expect([badHours.code, badHours.details]).toEqual(['VALIDATION', { issues: [{ path: 'hours.days.2.hours.closes', message: expect.any(String) }] }]);

    const holiday = await call<Closure>(SCHEDULING_SUBJECTS.closureCreate, admin, at({ closure: { startDate: '2026-12-24', endDate: '2026-12-26', reason: 'Holidays' } }));
    const moved = await call<Closure>(SCHEDULING_SUBJECTS.closureUpdate, admin, at({ closureId: holiday.id, closure: { startDate: '2026-12-24', endDate: '2026-12-27', reason: 'Holidays' } }));
    expect(moved).toEqual({ ...holiday, endDate: '2026-12-27' });
    const oneDay = await call<Closure>(SCHEDULING_SUBJECTS.closureCreate, admin, at({ closure: { startDate: '2027-01-01', endDate: '2027-01-01', reason: 'New Year' } }));
    await call(SCHEDULING_SUBJECTS.closureDelete, admin, at({ closureId: oneDay.id }));
    const backwards = await refused(call(SCHEDULING_SUBJECTS.closureCreate, admin, at({ closure: { startDate: '2027-01-02', endDate: '2027-01-01', reason: 'x' } })));
    expect(backwards.details).toEqual({ issues: [{ path: 'closure.endDate', message: expect.any(String) }] });

    const surgery = await call<AppointmentType>(SCHEDULING_SUBJECTS.appointmentTypeCreate, admin, at({ appointmentType: { name: 'Spay/Neuter', category: 'surgery', defaultDurationMinutes: 480 } }));
    const wellness = await call<AppointmentType>(SCHEDULING_SUBJECTS.appointmentTypeCreate, admin, at({ appointmentType: { name: 'Wellness', category: 'wellness', defaultDurationMinutes: 20 } }));
    const odd = await refused(call(SCHEDULING_SUBJECTS.appointmentTypeCreate, admin, at({ appointmentType: { name: 'Odd', category: 'other', defaultDurationMinutes: 7 } })));
    expect(odd.details).toEqual({ issues: [{ path: 'appointmentType.defaultDurationMinutes', message: expect.any(String) }] });
    const duplicate = await refused(call(SCHEDULING_SUBJECTS.appointmentTypeUpdate, admin, at({ appointmentTypeId: wellness.id, appointmentType: { name: 'spay/neuter', category: 'wellness', defaultDurationMinutes: 20 } })));
    expect([duplicate.code, duplicate.details]).toEqual(['CONFLICT', { issues: [{ path: 'name', message: expect.any(String) }] }]);
    const renamed = await call<AppointmentType>(SCHEDULING_SUBJECTS.appointmentTypeUpdate, admin, at({ appointmentTypeId: wellness.id, appointmentType: { name: 'Wellness exam', category: 'wellness', defaultDurationMinutes: 30 } }));
    expect(renamed).toEqual({ id: wellness.id, name: 'Wellness exam', category: 'wellness', defaultDurationMinutes: 30, active: true });

    const rules = await call<CapacityRule[]>(SCHEDULING_SUBJECTS.capacityRulesSet, admin, at({
      capacityRules: {
        rules: [
          { label: 'Female cats', species: 'cat', sex: 'female', limit: 10 },
          { label: 'Male cats', species: 'cat', sex: 'male', limit: 15 },
          { label: 'Dogs under 20 kg', species: 'dog', maxWeightKg: 20, limit: 4 },
          { label: 'Dogs 20 kg and up', species: 'dog', minWeightKg: 20, limit: 2 },
        ],
      },
    }));
    expect(rules.map((r) => [r.label, r.limit])).toEqual([['Female cats', 10], ['Male cats', 15], ['Dogs under 20 kg', 4], ['Dogs 20 kg and up', 2]]);

    const vaccines = await call<AppointmentReason>(SCHEDULING_SUBJECTS.reasonCreate, admin, at({ reason: { name: 'Vaccines', description: 'Annual shots', isDefault: true, appointmentTypeId: wellness.id } }));
    const checkup = await call<AppointmentReason>(SCHEDULING_SUBJECTS.reasonCreate, admin, at({ reason: { name: 'Check-up', isDefault: true, appointmentTypeId: wellness.id } }));
    const inUse = await refused(call(SCHEDULING_SUBJECTS.appointmentTypeDelete, admin, at({ appointmentTypeId: wellness.id })));
    expect(inUse.code).toBe('CONFLICT');
    const options = await call<PortalOptions>(SCHEDULING_SUBJECTS.portalOptionsSet, admin, at({
      portalOptions: { allowRequests: true, requestLabel: 'Ask for a visit', requestNotificationEmail: 'front@eastside.test', allowSelfScheduling: false, showOfficeHours: true, officeHoursText: 'Call before noon' },
    }));
    expect(options).toMatchObject({ allowRequests: true, requestLabel: 'Ask for a visit' });

    const setup = await call<ClinicSetup>(SCHEDULING_SUBJECTS.setupGet, staff(admin.organizationId, { permissions: [] }), { clinicId });
    expect(setup).toMatchObject({
      hours,
      closures: [moved],
      appointmentTypes: [surgery, renamed],
      capacityRules: rules,
      reasons: [checkup, { ...vaccines, isDefault: false }],
      portalOptions: options,
    });
    const [{ defaults }] = await service.dataSource.query(`SELECT count(*)::int AS defaults FROM appointment_reasons WHERE clinic_id = $1 AND is_default`, [clinicId]);
    expect(defaults).toBe(1);
  });

  it('refuses overlapping capacity rules as a set (400 naming the field) and keeps the rules it had', async () => {
    const { clinicId, admin } = await clinicCreated();
    const set = (rules: CapacityRuleInput[]) => call<CapacityRule[]>(SCHEDULING_SUBJECTS.capacityRulesSet, admin, { clinicId, capacityRules: { rules } });
    const before = await set([{ label: 'Cats', species: 'cat', limit: 20 }]);
    for (const [rules, path] of [
      [[{ label: 'Cats', species: 'cat', limit: 20 }, { label: 'Any animal', limit: 5 }], 'rules.1.species'],
      [[{ label: 'Dogs under 20 kg', species: 'dog', maxWeightKg: 20, limit: 4 }, { label: 'Dogs 15 kg and up', species: 'dog', minWeightKg: 15, limit: 2 }], 'rules.1.minWeightKg'],
    ] as const) {
      const error = await refused(set([...rules]));
      expect([error.code, pathsOf(error)]).toEqual(['VALIDATION', [path]]);
    }
    const setup = await call<ClinicSetup>(SCHEDULING_SUBJECTS.setupGet, admin, { clinicId });
    expect(setup.capacityRules).toEqual(before);
    // Sent back with its id, a rule keeps it.
    const after = await set([{ ...before[0], limit: 25 }, { label: 'Dogs', species: 'dog', limit: 3 }]);
    expect(after[0]).toEqual({ ...before[0], limit: 25 });
  });

  it("answers NOT_FOUND for another organization's clinic on every subject, and changes nothing", async () => {
    const { clinicId, admin } = await clinicCreated();
    const type = await call<AppointmentType>(SCHEDULING_SUBJECTS.appointmentTypeCreate, admin, { clinicId, appointmentType: { name: 'Wellness', category: 'wellness', defaultDurationMinutes: 20 } });
    const closure = await call<Closure>(SCHEDULING_SUBJECTS.closureCreate, admin, { clinicId, closure: { startDate: '2027-07-04', endDate: '2027-07-04', reason: 'Holiday' } });
    const reason = await call<AppointmentReason>(SCHEDULING_SUBJECTS.reasonCreate, admin, { clinicId, reason: { name: 'Vaccines', appointmentTypeId: type.id } });
    const before = await call<ClinicSetup>(SCHEDULING_SUBJECTS.setupGet, admin, { clinicId });

    const intruder = staff(randomUUID());
    const attempts: [string, unknown][] = [
      [SCHEDULING_SUBJECTS.setupGet, { clinicId }],
      [SCHEDULING_SUBJECTS.hoursSet, { clinicId, hours: week({ 1: ['00:00', '23:59'] }) }],
      [SCHEDULING_SUBJECTS.closureCreate, { clinicId, closure: { startDate: '2027-01-01', endDate: '2027-12-31', reason: 'x' } }],
      [SCHEDULING_SUBJECTS.closureUpdate, { clinicId, closureId: closure.id, closure: { startDate: '2027-01-01', endDate: '2027-12-31', reason: 'x' } }],
      [SCHEDULING_SUBJECTS.closureDelete, { clinicId, closureId: closure.id }],
      [SCHEDULING_SUBJECTS.appointmentTypeCreate, { clinicId, appointmentType: { name: 'X', category: 'other', defaultDurationMinutes: 5 } }],
      [SCHEDULING_SUBJECTS.appointmentTypeUpdate, { clinicId, appointmentTypeId: type.id, appointmentType: { name: 'X', category: 'other', defaultDurationMinutes: 5 } }],
      [SCHEDULING_SUBJECTS.appointmentTypeDelete, { clinicId, appointmentTypeId: type.id }],
      [SCHEDULING_SUBJECTS.capacityRulesSet, { clinicId, capacityRules: { rules: [] } }],
      [SCHEDULING_SUBJECTS.reasonCreate, { clinicId, reason: { name: 'X', appointmentTypeId: type.id } }],
      [SCHEDULING_SUBJECTS.reasonUpdate, { clinicId, reasonId: reason.id, reason: { name: 'X', appointmentTypeId: type.id } }],
      [SCHEDULING_SUBJECTS.reasonDelete, { clinicId, reasonId: reason.id }],
      [SCHEDULING_SUBJECTS.portalOptionsSet, { clinicId, portalOptions: { allowRequests: false, allowSelfScheduling: false, showOfficeHours: false } }],
    ];
    for (const [subject, data] of attempts) {
      const error = await refused(call(subject, intruder, data));
      expect([subject, error.code]).toEqual([subject, 'NOT_FOUND']);
    }
    // Ids of this clinic's rows under another clinic of the same organization are not found either.
    const sibling = await clinicCreated({ organizationId: admin.organizationId });
    expect((await refused(call(SCHEDULING_SUBJECTS.closureDelete, admin, { clinicId: sibling.clinicId, closureId: closure.id }))).code).toBe('NOT_FOUND');
    expect((await refused(call(SCHEDULING_SUBJECTS.reasonCreate, admin, { clinicId: sibling.clinicId, reason: { name: 'X', appointmentTypeId: type.id } }))).code).toBe('VALIDATION');
    expect(await call<ClinicSetup>(SCHEDULING_SUBJECTS.setupGet, admin, { clinicId })).toEqual(before);
  });

  it('refuses every write without "manage schedule" (FORBIDDEN) while reads still work', async () => {
    const { clinicId, admin } = await clinicCreated();
    const reader = staff(admin.organizationId, { permissions: [STAFF_PERMISSIONS.manageClients] });
    const before = await call<ClinicSetup>(SCHEDULING_SUBJECTS.setupGet, reader, { clinicId });
    for (const [subject, data] of [
      [SCHEDULING_SUBJECTS.hoursSet, { clinicId, hours: week({ 1: ['08:00', '17:00'] }) }],
      [SCHEDULING_SUBJECTS.closureCreate, { clinicId, closure: { startDate: '2027-01-01', endDate: '2027-01-01', reason: 'x' } }],
      [SCHEDULING_SUBJECTS.appointmentTypeCreate, { clinicId, appointmentType: { name: 'X', category: 'other', defaultDurationMinutes: 5 } }],
      [SCHEDULING_SUBJECTS.capacityRulesSet, { clinicId, capacityRules: { rules: [{ label: 'Cats', species: 'cat', limit: 1 }] } }],
      [SCHEDULING_SUBJECTS.portalOptionsSet, { clinicId, portalOptions: { allowRequests: false, allowSelfScheduling: false, showOfficeHours: false } }],
    ] as const) {
      const error = await refused(call(subject, reader, data));
      expect([subject, error.code]).toEqual([subject, 'FORBIDDEN']);
    }
    expect(await call<ClinicSetup>(SCHEDULING_SUBJECTS.setupGet, reader, { clinicId })).toEqual(before);
  });

  it('a repeated clinic-created event (backfill after sign-up) leaves one clinic with the latest name', async () => {
    const clinic = await clinicCreated({ name: 'Old name' });
    await clinicCreated({ ...clinic, name: 'New name' });
    const rows = () => service.dataSource.query(`SELECT name, time_zone FROM clinics WHERE id = $1`, [clinic.clinicId]);
    await waitFor(async () => (await rows())[0].name === 'New name', { description: 'the second event to be applied' });
    expect(await rows()).toEqual([{ name: 'New name', time_zone: 'America/Chicago' }]);
  });
});
