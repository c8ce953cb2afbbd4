import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AppError,
  ERROR_CODES,
  type AppointmentReason,
  type AppointmentReasonData,
  type AppointmentType,
  type AppointmentTypeData,
  type CapacityRule,
  type CapacityRuleData,
  type ClinicSetup,
  type Closure,
  type ClosureData,
  type PortalOptions,
  type StaffActor,
  type WeeklyHours,
} from '@tailwise/contracts';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '@tailwise/persistence';
import type { ClinicEntity } from '../clinics/clinic.entity';
import { ClinicsRepository } from '../clinics/clinics.repository';
import { clinicNotFound, requireManageSchedule } from '../common/access';
import { capacityRuleIssues } from '../rules/capacity';
import { DEFAULT_REASON_KEY } from './appointment-reason.entity';
import { APPOINTMENT_TYPE_NAME_KEY } from './appointment-type.entity';
import type { CapacityRuleEntity } from './capacity-rule.entity';
import { ClinicSetupRepository } from './clinic-setup.repository';
import { toAppointmentType, toCapacityRule, toClinicSetup, toClosure, toPortalOptions, toReason, toWeek } from './setup-records';

/**
 * Settings → Clinic: hours, closures, appointment types, day capacity, reasons and portal
 * options of one clinic of the caller's organization. Reads are for any staff; writes need
 * "manage schedule" and hold the clinic's row, so two writes to one clinic's setup take turns
 * and each rule below is checked against what the other committed.
 */
@Injectable()
export class ClinicSetupService {
  constructor(
    private readonly clinics: ClinicsRepository,
    private readonly setup: ClinicSetupRepository,
  ) {}

  async get(actor: StaffActor, clinicId: string): Promise<ClinicSetup> {
    const clinic = await this.clinics.find(actor.organizationId, clinicId);
    if (!clinic) throw clinicNotFound();
    return toClinicSetup(clinic, await this.setup.load(clinic.id));
  }

  // ---------------------------------------------------------------- hours

  /** Replaces the whole week. */
  setHours(actor: StaffActor, clinicId: string, hours: WeeklyHours): Promise<WeeklyHours> {
    return this.write(actor, clinicId, async (manager, clinic) => {
      const open = hours.days.flatMap((d) => (d.hours ? [{ clinicId: clinic.id, weekday: d.weekday, ...d.hours }] : []));
      return toWeek(await this.setup.replaceHours(manager, clinic.id, open));
    });
  }

  // ---------------------------------------------------------------- closures

  createClosure(actor: StaffActor, clinicId: string, data: ClosureData): Promise<Closure> {
    return this.write(actor, clinicId, async (manager, clinic) => toClosure(await this.setup.insertClosure(manager, { clinicId: clinic.id, ...data })));
  }

  updateClosure(actor: StaffActor, clinicId: string, closureId: string, data: ClosureData): Promise<Closure> {
    return this.write(actor, clinicId, async (manager, clinic) => {
      const closure = await this.setup.findClosure(manager, clinic.id, closureId);
      if (!closure) throw AppError.notFound('Closure');
      return toClosure(await this.setup.saveClosure(manager, Object.assign(closure, data)));
    });
  }

  deleteClosure(actor: StaffActor, clinicId: string, closureId: string): Promise<null> {
    return this.write(actor, clinicId, async (manager, clinic) => {
      const closure = await this.setup.findClosure(manager, clinic.id, closureId);
      if (!closure) throw AppError.notFound('Closure');
      await this.setup.deleteClosure(manager, closure);
      return null;
    });
  }

  // ---------------------------------------------------------------- appointment types

  /** Names are unique within a clinic, whatever their case (409 naming `name`). */
  createAppointmentType(actor: StaffActor, clinicId: string, data: AppointmentTypeData): Promise<AppointmentType> {
    return withTypeNameConflict(() =>
      this.write(actor, clinicId, async (manager, clinic) => {
        const nameKey = typeNameKey(data.name);
        if (await this.setup.typeNameTaken(manager, clinic.id, nameKey, null)) throw typeNameTaken();
        return toAppointmentType(await this.setup.insertType(manager, { clinicId: clinic.id, ...data, nameKey }));
      }),
    );
  }

  updateAppointmentType(actor: StaffActor, clinicId: string, typeId: string, data: AppointmentTypeData): Promise<AppointmentType> {
    return withTypeNameConflict(() =>
      this.write(actor, clinicId, async (manager, clinic) => {
        const type = await this.setup.findType(manager, clinic.id, typeId);
        if (!type) throw appointmentTypeNotFound();
        const nameKey = typeNameKey(data.name);
        if (await this.setup.typeNameTaken(manager, clinic.id, nameKey, type.id)) throw typeNameTaken();
        return toAppointmentType(await this.setup.saveType(manager, Object.assign(type, data, { nameKey })));
      }),
    );
  }

  /** A type that appointments or reasons use is refused (409): deactivate it, or move the reasons first. */
  deleteAppointmentType(actor: StaffActor, clinicId: string, typeId: string): Promise<null> {
    return this.write(actor, clinicId, async (manager, clinic) => {
      const type = await this.setup.findType(manager, clinic.id, typeId);
      if (!type) throw appointmentTypeNotFound();
      const appointments = await this.setup.countAppointmentsOfType(manager, clinic.id, type.id);
      if (appointments > 0) {
        throw new AppError(ERROR_CODES.CONFLICT, `${appointments} appointment(s) are of this type: deactivate it instead`, {
          reason: 'in-use',
          records: { appointments },
          suggestion: 'deactivate',
        });
      }
      const reasons = await this.setup.countReasonsOfType(manager, clinic.id, type.id);
      if (reasons > 0) {
        throw new AppError(ERROR_CODES.CONFLICT, `${reasons} appointment reason(s) use this type: deactivate it instead, or change those reasons first`, {
          reason: 'in-use',
          records: { reasons },
          suggestion: 'deactivate',
        });
      }
      await this.setup.deleteType(manager, type);
      return null;
    });
  }

  // ---------------------------------------------------------------- capacity rules

  /**
   * Replaces the clinic's whole rule set. Rules given with an `id` of this clinic keep it; any
   * other id is refused; overlapping rules are refused (400 naming the field), so an animal
   * matches at most one rule.
   */
  setCapacityRules(actor: StaffActor, clinicId: string, rules: CapacityRuleData[]): Promise<CapacityRule[]> {
    return this.write(actor, clinicId, async (manager, clinic) => {
      const withIds = rules.map((rule) => ({ ...rule, id: rule.id ?? randomUUID() }));
      const issues = capacityRuleIssues(withIds);
      const current = await this.setup.listRules(manager, clinic.id);
      const existing = new Set(current.map((r) => r.id));
      rules.forEach((rule, index) => {
        if (rule.id && !existing.has(rule.id)) issues.push({ path: `rules.${index}.id`, message: 'No such capacity rule at this clinic' });
      });
      if (issues.length > 0) throw AppError.validation(issues);
      const kept = new Set(withIds.map((r) => r.id));
      await this.refuseRemovingHeldRules(manager, clinic, current.filter((r) => !kept.has(r.id)));
      const rows = withIds.map((rule, position) => ({
        id: rule.id,
        clinicId: clinic.id,
        position,
        label: rule.label,
        species: rule.species,
        sex: rule.sex,
        minWeightKg: rule.minWeightKg,
        maxWeightKg: rule.maxWeightKg,
        placesPerDay: rule.limit,
      }));
      return (await this.setup.replaceRules(manager, clinic.id, rows)).map(toCapacityRule);
    });
  }

  /** A rule holding places of appointments from today on would leave them without a place (409 naming it). */
  private async refuseRemovingHeldRules(manager: EntityManager, clinic: ClinicEntity, removed: CapacityRuleEntity[]): Promise<void> {
    const today = DateTime.now().setZone(clinic.timeZone).toISODate() as string;
    const held = await this.setup.placesHeldFrom(manager, clinic.id, removed.map((r) => r.id), today);
    const inUse = removed.filter((r) => (held.get(r.id) ?? 0) > 0);
    if (inUse.length === 0) return;
    const appointments = inUse.reduce((sum, r) => sum + (held.get(r.id) ?? 0), 0);
    const names = inUse.map((r) => `“${r.label}”`).join(', ');
    throw new AppError(ERROR_CODES.CONFLICT, `${names} ${inUse.length === 1 ? 'holds' : 'hold'} places of ${appointments} appointment(s) from today on: keep ${inUse.length === 1 ? 'it' : 'them'}, or move or cancel those appointments first`, {
      reason: 'in-use',
      records: { appointments },
      rules: inUse.map((r) => r.id),
    });
  }

  // ---------------------------------------------------------------- reasons

  /** Making a reason the default clears the previous default. */
  createReason(actor: StaffActor, clinicId: string, data: AppointmentReasonData): Promise<AppointmentReason> {
    return withDefaultReasonConflict(() =>
      this.write(actor, clinicId, async (manager, clinic) => {
        checkReason(data);
        await this.requireType(manager, clinic.id, data.appointmentTypeId);
        if (data.isDefault) await this.setup.clearDefaultReason(manager, clinic.id, null);
        return toReason(await this.setup.insertReason(manager, { clinicId: clinic.id, ...data }));
      }),
    );
  }

  updateReason(actor: StaffActor, clinicId: string, reasonId: string, data: AppointmentReasonData): Promise<AppointmentReason> {
    return withDefaultReasonConflict(() =>
      this.write(actor, clinicId, async (manager, clinic) => {
        const reason = await this.setup.findReason(manager, clinic.id, reasonId);
        if (!reason) throw reasonNotFound();
        checkReason(data);
        await this.requireType(manager, clinic.id, data.appointmentTypeId);
        if (reason.isActive && !data.isActive) await this.refuseLosingLastActiveReason(manager, clinic.id, reason.id);
        if (data.isDefault) await this.setup.clearDefaultReason(manager, clinic.id, reason.id);
        return toReason(await this.setup.saveReason(manager, Object.assign(reason, data)));
      }),
    );
  }

  deleteReason(actor: StaffActor, clinicId: string, reasonId: string): Promise<null> {
    return this.write(actor, clinicId, async (manager, clinic) => {
      const reason = await this.setup.findReason(manager, clinic.id, reasonId);
      if (!reason) throw reasonNotFound();
      const requests = await this.setup.countRequestsOfReason(manager, clinic.id, reason.id);
      if (requests > 0) {
        // Requests keep the reason the client chose, so it stays and is deactivated instead.
        throw new AppError(ERROR_CODES.CONFLICT, `${requests} appointment request(s) name this reason: deactivate it instead`, {
          reason: 'in-use',
          records: { requests },
          suggestion: 'deactivate',
        });
      }
      if (reason.isActive) await this.refuseLosingLastActiveReason(manager, clinic.id, reason.id);
      await this.setup.deleteReason(manager, reason);
      return null;
    });
  }

  private async requireType(manager: EntityManager, clinicId: string, typeId: string): Promise<void> {
    if (!(await this.setup.findType(manager, clinicId, typeId))) {
      throw AppError.validation([{ path: 'appointmentTypeId', message: 'No such appointment type at this clinic' }]);
    }
  }

  /** Requests and self-scheduling need an active reason to pick from. */
  private async refuseLosingLastActiveReason(manager: EntityManager, clinicId: string, reasonId: string): Promise<void> {
    const options = toPortalOptions(await this.setup.findPortalOptions(manager, clinicId));
    if (!options.allowRequests && !options.allowSelfScheduling) return;
    if ((await this.setup.countActiveReasons(manager, clinicId, reasonId)) > 0) return;
    throw new AppError(
      ERROR_CODES.CONFLICT,
      'This is the last active reason and the portal takes appointment requests or self-scheduling: turn those off first, or add another reason',
      { reason: 'last-active-reason' },
    );
  }

  // ---------------------------------------------------------------- portal options

  /** Turning on requests or self-scheduling needs at least one active reason (409 naming the field). */
  setPortalOptions(actor: StaffActor, clinicId: string, options: PortalOptions): Promise<PortalOptions> {
    return this.write(actor, clinicId, async (manager, clinic) => {
      if ((options.allowRequests || options.allowSelfScheduling) && (await this.setup.countActiveReasons(manager, clinic.id, null)) === 0) {
        const message = 'Add an active appointment reason first: clients pick one when they request or book';
        const issues = (['allowRequests', 'allowSelfScheduling'] as const).filter((f) => options[f]).map((path) => ({ path, message }));
        throw new AppError(ERROR_CODES.CONFLICT, message, { issues });
      }
      return toPortalOptions(await this.setup.savePortalOptions(manager, { clinicId: clinic.id, ...options }));
    });
  }

  // ---------------------------------------------------------------- the common part of a write

  private async write<T>(actor: StaffActor, clinicId: string, work: (manager: EntityManager, clinic: ClinicEntity) => Promise<T>): Promise<T> {
    requireManageSchedule(actor);
    return this.setup.transaction(async (manager) => {
      const clinic = await this.clinics.lock(manager, actor.organizationId, clinicId);
      if (!clinic) throw clinicNotFound();
      return work(manager, clinic);
    });
  }
}

function checkReason(data: AppointmentReasonData): void {
  if (data.isDefault && !data.isActive) {
    throw AppError.validation([{ path: 'isDefault', message: 'An inactive reason cannot be the default' }]);
  }
}

const typeNameKey = (name: string) => name.trim().toLowerCase();
const appointmentTypeNotFound = () => AppError.notFound('Appointment type');
const reasonNotFound = () => AppError.notFound('Appointment reason');

function typeNameTaken(): AppError {
  const message = 'This clinic already has an appointment type with this name';
  return new AppError(ERROR_CODES.CONFLICT, message, { issues: [{ path: 'name', message }] });
}

async function withTypeNameConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, APPOINTMENT_TYPE_NAME_KEY)) throw typeNameTaken();
    throw error;
  }
}

/** The clinic lock makes this unreachable in practice; the index is the last word. */
async function withDefaultReasonConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, DEFAULT_REASON_KEY)) {
      throw new AppError(ERROR_CODES.CONFLICT, 'Another reason became the default at the same time; try again');
    }
    throw error;
  }
}
