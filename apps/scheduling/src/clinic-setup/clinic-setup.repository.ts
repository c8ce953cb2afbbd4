import { Injectable } from '@nestjs/common';
import { DataSource, In, MoreThanOrEqual, Not, type EntityManager } from 'typeorm';
import { HOLDING_STATUSES } from '@tailwise/contracts';
import { AppointmentEntity } from '../appointments/appointment.entity';
import { AppointmentRequestEntity } from '../requests/appointment-request.entity';
import { AppointmentReasonEntity } from './appointment-reason.entity';
import { AppointmentTypeEntity } from './appointment-type.entity';
import { CapacityRuleEntity } from './capacity-rule.entity';
import { ClinicHoursEntity } from './clinic-hours.entity';
import { ClosureEntity } from './closure.entity';
import { PortalOptionsEntity } from './portal-options.entity';

export interface SetupRows {
  hours: ClinicHoursEntity[];
  closures: ClosureEntity[];
  appointmentTypes: AppointmentTypeEntity[];
  capacityRules: CapacityRuleEntity[];
  reasons: AppointmentReasonEntity[];
  portalOptions: PortalOptionsEntity | null;
}

type Fields<T> = Omit<T, 'id' | 'clinic' | 'createdAt' | 'updatedAt' | 'appointmentType'>;
export type ClosureFields = Fields<ClosureEntity>;
export type AppointmentTypeFields = Fields<AppointmentTypeEntity>;
export type ReasonFields = Fields<AppointmentReasonEntity>;
export type CapacityRuleFields = Omit<CapacityRuleEntity, 'clinic'>;
export type HoursFields = Omit<ClinicHoursEntity, 'clinic'>;
export type PortalOptionsFields = Omit<PortalOptionsEntity, 'clinic' | 'updatedAt'>;

/** Every row is looked up by its clinic too: an id of another clinic finds nothing. */
@Injectable()
export class ClinicSetupRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async load(clinicId: string, manager?: EntityManager): Promise<SetupRows> {
    const where = { clinicId };
    const m = manager ?? this.dataSource.manager;
    const [hours, closures, appointmentTypes, capacityRules, reasons, portalOptions] = await readAll(
      [
        () => m.find(ClinicHoursEntity, { where, order: { weekday: 'ASC' } }),
        () => m.find(ClosureEntity, { where, order: { startDate: 'ASC', endDate: 'ASC', id: 'ASC' } }),
        () => m.find(AppointmentTypeEntity, { where, order: { nameKey: 'ASC', id: 'ASC' } }),
        () => m.find(CapacityRuleEntity, { where, order: { position: 'ASC' } }),
        () => m.find(AppointmentReasonEntity, { where, order: { name: 'ASC', id: 'ASC' } }),
        () => m.findOneBy(PortalOptionsEntity, where),
      ],
      manager !== undefined,
    );
    return { hours, closures, appointmentTypes, capacityRules, reasons, portalOptions };
  }

  // ---------------------------------------------------------------- hours

  async replaceHours(manager: EntityManager, clinicId: string, days: HoursFields[]): Promise<ClinicHoursEntity[]> {
    await manager.delete(ClinicHoursEntity, { clinicId });
    if (days.length > 0) await manager.insert(ClinicHoursEntity, days);
    return manager.find(ClinicHoursEntity, { where: { clinicId }, order: { weekday: 'ASC' } });
  }

  // ---------------------------------------------------------------- closures

  findClosure(manager: EntityManager, clinicId: string, id: string): Promise<ClosureEntity | null> {
    return manager.findOneBy(ClosureEntity, { id, clinicId });
  }

  insertClosure(manager: EntityManager, closure: ClosureFields): Promise<ClosureEntity> {
    return manager.save(ClosureEntity, manager.create(ClosureEntity, closure));
  }

  saveClosure(manager: EntityManager, closure: ClosureEntity): Promise<ClosureEntity> {
    return manager.save(ClosureEntity, closure);
  }

  async deleteClosure(manager: EntityManager, closure: ClosureEntity): Promise<void> {
    await manager.delete(ClosureEntity, { id: closure.id, clinicId: closure.clinicId });
  }

  // ---------------------------------------------------------------- appointment types

  findType(manager: EntityManager, clinicId: string, id: string): Promise<AppointmentTypeEntity | null> {
    return manager.findOneBy(AppointmentTypeEntity, { id, clinicId });
  }

  typeNameTaken(manager: EntityManager, clinicId: string, nameKey: string, exceptId: string | null): Promise<boolean> {
    return manager.existsBy(AppointmentTypeEntity, { clinicId, nameKey, ...(exceptId ? { id: Not(exceptId) } : {}) });
  }

  insertType(manager: EntityManager, type: AppointmentTypeFields): Promise<AppointmentTypeEntity> {
    return manager.save(AppointmentTypeEntity, manager.create(AppointmentTypeEntity, type));
  }

  saveType(manager: EntityManager, type: AppointmentTypeEntity): Promise<AppointmentTypeEntity> {
    return manager.save(AppointmentTypeEntity, type);
  }

  async deleteType(manager: EntityManager, type: AppointmentTypeEntity): Promise<void> {
    await manager.delete(AppointmentTypeEntity, { id: type.id, clinicId: type.clinicId });
  }

  countAppointmentsOfType(manager: EntityManager, clinicId: string, appointmentTypeId: string): Promise<number> {
    return manager.countBy(AppointmentEntity, { clinicId, appointmentTypeId });
  }

  countReasonsOfType(manager: EntityManager, clinicId: string, appointmentTypeId: string): Promise<number> {
    return manager.countBy(AppointmentReasonEntity, { clinicId, appointmentTypeId });
  }

  // ---------------------------------------------------------------- capacity rules

  listRules(manager: EntityManager, clinicId: string): Promise<CapacityRuleEntity[]> {
    return manager.find(CapacityRuleEntity, { where: { clinicId }, order: { position: 'ASC' } });
  }

  /** Places each rule holds on `fromDate` or later (cancelled appointments hold none). */
  async placesHeldFrom(manager: EntityManager, clinicId: string, ruleIds: readonly string[], fromDate: string): Promise<Map<string, number>> {
    if (ruleIds.length === 0) return new Map();
    const rows = await manager.find(AppointmentEntity, {
      select: { capacityRuleId: true },
      where: { clinicId, capacityRuleId: In([...ruleIds]), localDate: MoreThanOrEqual(fromDate), status: In([...HOLDING_STATUSES]) },
    });
    const held = new Map<string, number>();
    for (const { capacityRuleId } of rows) if (capacityRuleId) held.set(capacityRuleId, (held.get(capacityRuleId) ?? 0) + 1);
    return held;
  }

  async replaceRules(manager: EntityManager, clinicId: string, rules: CapacityRuleFields[]): Promise<CapacityRuleEntity[]> {
    const keep = rules.map((r) => r.id);
    await manager
      .createQueryBuilder()
      .delete()
      .from(CapacityRuleEntity)
      .where('clinic_id = :clinicId', { clinicId })
      .andWhere(keep.length > 0 ? 'id <> ALL(:keep)' : 'TRUE', { keep })
      .execute();
    if (rules.length > 0) await manager.upsert(CapacityRuleEntity, rules, ['id']);
    return this.listRules(manager, clinicId);
  }

  // ---------------------------------------------------------------- reasons

  findReason(manager: EntityManager, clinicId: string, id: string): Promise<AppointmentReasonEntity | null> {
    return manager.findOneBy(AppointmentReasonEntity, { id, clinicId });
  }

  insertReason(manager: EntityManager, reason: ReasonFields): Promise<AppointmentReasonEntity> {
    return manager.save(AppointmentReasonEntity, manager.create(AppointmentReasonEntity, reason));
  }

  saveReason(manager: EntityManager, reason: AppointmentReasonEntity): Promise<AppointmentReasonEntity> {
    return manager.save(AppointmentReasonEntity, reason);
  }

  async deleteReason(manager: EntityManager, reason: AppointmentReasonEntity): Promise<void> {
    await manager.delete(AppointmentReasonEntity, { id: reason.id, clinicId: reason.clinicId });
  }

  /** Clears the clinic's default reason, other than `exceptId`. */
  async clearDefaultReason(manager: EntityManager, clinicId: string, exceptId: string | null): Promise<void> {
    await manager.update(AppointmentReasonEntity, { clinicId, isDefault: true, ...(exceptId ? { id: Not(exceptId) } : {}) }, { isDefault: false });
  }

  countRequestsOfReason(manager: EntityManager, clinicId: string, reasonId: string): Promise<number> {
    return manager.countBy(AppointmentRequestEntity, { clinicId, reasonId });
  }

  countActiveReasons(manager: EntityManager, clinicId: string, exceptId: string | null): Promise<number> {
    return manager.countBy(AppointmentReasonEntity, { clinicId, isActive: true, ...(exceptId ? { id: Not(exceptId) } : {}) });
  }

  // ---------------------------------------------------------------- portal options

  findPortalOptions(manager: EntityManager, clinicId: string): Promise<PortalOptionsEntity | null> {
    return manager.findOneBy(PortalOptionsEntity, { clinicId });
  }

  async savePortalOptions(manager: EntityManager, options: PortalOptionsFields): Promise<PortalOptionsEntity> {
    await manager.upsert(PortalOptionsEntity, options, ['clinicId']);
    return manager.findOneByOrFail(PortalOptionsEntity, { clinicId: options.clinicId });
  }
}

/**
 * Runs the reads at once, each on its own pooled connection, or one after another when they
 * share a transaction's single connection (which runs one query at a time).
 */
async function readAll<T extends readonly unknown[]>(reads: { [K in keyof T]: () => Promise<T[K]> }, inOrder: boolean): Promise<T> {
  if (!inOrder) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}
