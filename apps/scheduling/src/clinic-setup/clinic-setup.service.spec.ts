import { randomUUID } from 'node:crypto';
import {
  ALL_STAFF_PERMISSIONS,
  AppError,
  STAFF_PERMISSIONS,
  appointmentReasonInputSchema,
  appointmentTypeInputSchema,
  capacityRuleSetInputSchema,
  portalOptionsInputSchema,
  type AppointmentReasonData,
  type CapacityRuleInput,
  type StaffActor,
} from '@tailwise/contracts';
import type { EntityManager } from 'typeorm';
import type { ClinicEntity } from '../clinics/clinic.entity';
import type { ClinicsRepository } from '../clinics/clinics.repository';
import type { AppointmentReasonEntity } from './appointment-reason.entity';
import type { AppointmentTypeEntity } from './appointment-type.entity';
import type { CapacityRuleEntity } from './capacity-rule.entity';
import type { ClinicHoursEntity } from './clinic-hours.entity';
import type { PortalOptionsEntity } from './portal-options.entity';
import type { ClinicSetupRepository } from './clinic-setup.repository';
import { ClinicSetupService } from './clinic-setup.service';

const ORG_A = randomUUID();
const ORG_B = randomUUID();

const staff = (overrides: Partial<StaffActor> = {}): StaffActor => ({
  kind: 'staff',
  userId: randomUUID(),
  organizationId: ORG_A,
  permissions: [...ALL_STAFF_PERMISSIONS],
  ...overrides,
});

/** The rows a clinic's setup writes, in memory; only what the service's rules read. */
class FakeSetup {
  hours: ClinicHoursEntity[] = [];
  types: AppointmentTypeEntity[] = [];
  rules: CapacityRuleEntity[] = [];
  reasons: AppointmentReasonEntity[] = [];
  options: PortalOptionsEntity | null = null;
  /** Appointments per type, and places held from today on per capacity rule. */
  appointmentsOfType = new Map<string, number>();
  placesHeld = new Map<string, number>();
  transactions = 0;

  readonly repo = {
    transaction: async <T>(work: (m: EntityManager) => Promise<T>) => {
      this.transactions++;
      return work({} as EntityManager);
    },
    load: async () => ({ hours: this.hours, closures: [], appointmentTypes: this.types, capacityRules: this.rules, reasons: this.reasons, portalOptions: this.options }),
    replaceHours: async (_m: EntityManager, _c: string, days: ClinicHoursEntity[]) => (this.hours = days),
    findType: async (_m: EntityManager, clinicId: string, id: string) => this.types.find((t) => t.clinicId === clinicId && t.id === id) ?? null,
    typeNameTaken: async (_m: EntityManager, clinicId: string, nameKey: string, exceptId: string | null) =>
      this.types.some((t) => t.clinicId === clinicId && t.nameKey === nameKey && t.id !== exceptId),
    insertType: async (_m: EntityManager, t: Omit<AppointmentTypeEntity, 'id' | 'createdAt' | 'updatedAt'>) => {
      const row = { ...t, id: randomUUID() } as AppointmentTypeEntity;
      this.types.push(row);
      return row;
    },
    saveType: async (_m: EntityManager, t: AppointmentTypeEntity) => t,
    deleteType: async (_m: EntityManager, t: AppointmentTypeEntity) => void (this.types = this.types.filter((x) => x.id !== t.id)),
    countAppointmentsOfType: async (_m: EntityManager, _c: string, typeId: string) => this.appointmentsOfType.get(typeId) ?? 0,
    placesHeldFrom: async (_m: EntityManager, _c: string, ruleIds: string[]) => new Map(ruleIds.map((id) => [id, this.placesHeld.get(id) ?? 0])),
    countReasonsOfType: async (_m: EntityManager, _c: string, typeId: string) => this.reasons.filter((r) => r.appointmentTypeId === typeId).length,
    listRules: async () => this.rules,
    replaceRules: async (_m: EntityManager, _c: string, rules: CapacityRuleEntity[]) => (this.rules = rules),
    findReason: async (_m: EntityManager, clinicId: string, id: string) => this.reasons.find((r) => r.clinicId === clinicId && r.id === id) ?? null,
    insertReason: async (_m: EntityManager, r: Omit<AppointmentReasonEntity, 'id' | 'createdAt' | 'updatedAt'>) => {
      const row = { ...r, id: randomUUID() } as AppointmentReasonEntity;
      this.reasons.push(row);
      return row;
    },
    saveReason: async (_m: EntityManager, r: AppointmentReasonEntity) => r,
    deleteReason: async (_m: EntityManager, r: AppointmentReasonEntity) => void (this.reasons = this.reasons.filter((x) => x.id !== r.id)),
    clearDefaultReason: async (_m: EntityManager, _c: string, exceptId: string | null) => {
      for (const r of this.reasons) if (r.id !== exceptId) r.isDefault = false;
    },
    countRequestsOfReason: async () => 0,
    countActiveReasons: async (_m: EntityManager, _c: string, exceptId: string | null) => this.reasons.filter((r) => r.isActive && r.id !== exceptId).length,
    findPortalOptions: async () => this.options,
    savePortalOptions: async (_m: EntityManager, o: PortalOptionsEntity) => (this.options = o),
  } as unknown as ClinicSetupRepository;
}

describe('ClinicSetupService', () => {
  const clinic = { id: randomUUID(), organizationId: ORG_A, name: 'Main St', timeZone: 'America/Chicago' } as ClinicEntity;
  const clinics = {
    find: async (organizationId: string, id: string) => (organizationId === clinic.organizationId && id === clinic.id ? clinic : null),
    lock: async (_m: EntityManager, organizationId: string, id: string) => (organizationId === clinic.organizationId && id === clinic.id ? clinic : null),
  } as unknown as ClinicsRepository;
  let fake: FakeSetup;
  let service: ClinicSetupService;

  beforeEach(() => {
    fake = new FakeSetup();
    service = new ClinicSetupService(clinics, fake.repo);
  });

  async function refused(promise: Promise<unknown>): Promise<AppError> {
    const error = await promise.then(() => null, (e: unknown) => e);
    if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
    return error;
  }

  const week = (open: Record<number, [string, string]>) => ({
    days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, hours: open[weekday] ? { opens: open[weekday][0], closes: open[weekday][1] } : null })),
  });
  const rules = (...input: CapacityRuleInput[]) => capacityRuleSetInputSchema.parse({ rules: input }).rules;
  const surgery = () => service.createAppointmentType(staff(), clinic.id, appointmentTypeInputSchema.parse({ name: 'Spay/neuter', category: 'surgery', defaultDurationMinutes: 60 }));
  const reason = (typeId: string, overrides: Partial<AppointmentReasonData> = {}) =>
    appointmentReasonInputSchema.parse({ name: 'Vaccines', appointmentTypeId: typeId, ...overrides });

  describe('access', () => {
    it('refuses writes without "manage schedule" before touching anything, but lets any staff read', async () => {
      const reader = staff({ permissions: [STAFF_PERMISSIONS.manageClients] });
      expect((await refused(service.setHours(reader, clinic.id, week({})))).code).toBe('FORBIDDEN');
      expect((await refused(service.setCapacityRules(reader, clinic.id, []))).code).toBe('FORBIDDEN');
      expect(fake.transactions).toBe(0);
      expect((await service.get(reader, clinic.id)).clinic).toEqual({ id: clinic.id, organizationId: ORG_A, name: 'Main St', timeZone: 'America/Chicago' });
    });

    it("answers NOT_FOUND for another organization's clinic, reading or writing", async () => {
      const other = staff({ organizationId: ORG_B });
      expect((await refused(service.get(other, clinic.id))).code).toBe('NOT_FOUND');
      expect((await refused(service.setHours(other, clinic.id, week({})))).code).toBe('NOT_FOUND');
      expect((await refused(service.get(staff(), randomUUID()))).code).toBe('NOT_FOUND');
    });
  });

  it('hours: stores only open days and answers the whole week, closed days as null', async () => {
    const saved = await service.setHours(staff(), clinic.id, week({ 1: ['08:00', '17:30'], 6: ['09:00', '12:00'] }));
    expect(fake.hours).toEqual([
      { clinicId: clinic.id, weekday: 1, opens: '08:00', closes: '17:30' },
      { clinicId: clinic.id, weekday: 6, opens: '09:00', closes: '12:00' },
    ]);
    expect(saved.days.map((d) => d.hours)).toEqual([{ opens: '08:00', closes: '17:30' }, null, null, null, null, { opens: '09:00', closes: '12:00' }, null]);
  });

  describe('capacity rules', () => {
    it('refuses overlapping rules as a set, naming the field, and writes nothing', async () => {
      const error = await refused(
        service.setCapacityRules(
          staff(),
          clinic.id,
          rules(
            { label: 'Female cats', species: 'cat', sex: 'female', limit: 10 },
            { label: 'Dogs under 20 kg', species: 'dog', maxWeightKg: 20, limit: 4 },
            { label: 'Dogs 15 kg and up', species: 'dog', minWeightKg: 15, limit: 2 },
          ),
        ),
      );
      expect(error.code).toBe('VALIDATION');
      expect(error.details).toEqual({ issues: [{ path: 'rules.2.minWeightKg', message: expect.stringContaining('Dogs under 20 kg') }] });
      expect(fake.rules).toEqual([]);
    });

    it('keeps the ids of rules sent back, gives new rules ids, drops the rest, and refuses unknown ids', async () => {
      const first = await service.setCapacityRules(staff(), clinic.id, rules({ label: 'Cats', species: 'cat', limit: 10 }, { label: 'Dogs', species: 'dog', limit: 3 }));
      const [cats] = first;
      const second = await service.setCapacityRules(staff(), clinic.id, rules({ ...cats, limit: 12 }, { label: 'Rabbits', species: 'rabbit', limit: 1 }));
      expect(second).toEqual([
        { ...cats, limit: 12 },
        expect.objectContaining({ label: 'Rabbits', id: expect.not.stringMatching(cats.id) }),
      ]);
      expect(fake.rules.map((r) => r.position)).toEqual([0, 1]);
      const unknown = await refused(service.setCapacityRules(staff(), clinic.id, rules({ id: randomUUID(), label: 'Ghost', limit: 1 })));
      expect(unknown.details).toEqual({ issues: [{ path: 'rules.0.id', message: expect.any(String) }] });
    });

    it('refuses removing a rule that holds places of appointments from today on, naming it', async () => {
      const [cats, dogs] = await service.setCapacityRules(staff(), clinic.id, rules({ label: 'Cats', species: 'cat', limit: 10 }, { label: 'Dogs', species: 'dog', limit: 3 }));
      fake.placesHeld.set(dogs.id, 2);
      const error = await refused(service.setCapacityRules(staff(), clinic.id, rules(cats)));
      expect([error.code, error.message, error.details]).toEqual(['CONFLICT', expect.stringContaining('“Dogs”'), expect.objectContaining({ records: { appointments: 2 } })]);
      expect(fake.rules.map((r) => r.label)).toEqual(['Cats', 'Dogs']);
      fake.placesHeld.clear();
      expect(await service.setCapacityRules(staff(), clinic.id, rules(cats))).toEqual([cats]);
    });
  });

  describe('appointment types', () => {
    it('refuses a name the clinic already uses, whatever its case (409 naming name)', async () => {
      await surgery();
      const error = await refused(service.createAppointmentType(staff(), clinic.id, appointmentTypeInputSchema.parse({ name: ' SPAY/NEUTER ', category: 'other', defaultDurationMinutes: 15 })));
      expect([error.code, error.details]).toEqual(['CONFLICT', { issues: [{ path: 'name', message: expect.any(String) }] }]);
    });

    it('refuses deleting a type that reasons use', async () => {
      const type = await surgery();
      await service.createReason(staff(), clinic.id, reason(type.id));
      const error = await refused(service.deleteAppointmentType(staff(), clinic.id, type.id));
      expect([error.code, error.details]).toEqual(['CONFLICT', expect.objectContaining({ reason: 'in-use', records: { reasons: 1 } })]);
    });

    it('refuses deleting a type that appointments use', async () => {
      const type = await surgery();
      fake.appointmentsOfType.set(type.id, 3);
      const error = await refused(service.deleteAppointmentType(staff(), clinic.id, type.id));
      expect([error.code, error.details]).toEqual(['CONFLICT', expect.objectContaining({ reason: 'in-use', records: { appointments: 3 } })]);
      expect(fake.types).toHaveLength(1);
    });
  });

  describe('reasons', () => {
    it('keeps at most one default: a new default clears the previous one', async () => {
      const type = await surgery();
      const a = await service.createReason(staff(), clinic.id, reason(type.id, { name: 'A', isDefault: true }));
      const b = await service.createReason(staff(), clinic.id, reason(type.id, { name: 'B', isDefault: true }));
      expect(fake.reasons.filter((r) => r.isDefault).map((r) => r.id)).toEqual([b.id]);
      await service.updateReason(staff(), clinic.id, a.id, reason(type.id, { name: 'A', isDefault: true }));
      expect(fake.reasons.filter((r) => r.isDefault).map((r) => r.id)).toEqual([a.id]);
    });

    it('needs a type of this clinic, and refuses an inactive default', async () => {
      const unknown = await refused(service.createReason(staff(), clinic.id, reason(randomUUID())));
      expect(unknown.details).toEqual({ issues: [{ path: 'appointmentTypeId', message: expect.any(String) }] });
      const type = await surgery();
      const inactive = await refused(service.createReason(staff(), clinic.id, reason(type.id, { isDefault: true, isActive: false })));
      expect(inactive.details).toEqual({ issues: [{ path: 'isDefault', message: expect.any(String) }] });
    });
  });

  describe('portal options', () => {
    const options = (o: Record<string, unknown>) =>
      portalOptionsInputSchema.parse({ allowRequests: false, allowSelfScheduling: false, showOfficeHours: true, ...o });

    it('turning on requests or self-scheduling needs an active reason (409 naming the field)', async () => {
      const error = await refused(service.setPortalOptions(staff(), clinic.id, options({ allowRequests: true, allowSelfScheduling: true })));
      expect(error.code).toBe('CONFLICT');
      expect(error.details).toEqual({ issues: [expect.objectContaining({ path: 'allowRequests' }), expect.objectContaining({ path: 'allowSelfScheduling' })] });
      const type = await surgery();
      await service.createReason(staff(), clinic.id, reason(type.id));
      expect(await service.setPortalOptions(staff(), clinic.id, options({ allowRequests: true, requestNotificationEmail: 'Front@Clinic.test' }))).toMatchObject({
        allowRequests: true,
        requestLabel: 'Request an appointment',
        requestNotificationEmail: 'front@clinic.test',
      });
    });

    it('then refuses deactivating or deleting the last active reason', async () => {
      const type = await surgery();
      const only = await service.createReason(staff(), clinic.id, reason(type.id));
      await service.setPortalOptions(staff(), clinic.id, options({ allowSelfScheduling: true }));
      expect((await refused(service.updateReason(staff(), clinic.id, only.id, reason(type.id, { isActive: false })))).code).toBe('CONFLICT');
      expect((await refused(service.deleteReason(staff(), clinic.id, only.id))).code).toBe('CONFLICT');
      await service.createReason(staff(), clinic.id, reason(type.id, { name: 'Another' }));
      await service.deleteReason(staff(), clinic.id, only.id);
      expect(fake.reasons.map((r) => r.name)).toEqual(['Another']);
    });
  });
});
