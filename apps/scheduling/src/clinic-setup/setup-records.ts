import type {
  AppointmentReason,
  AppointmentType,
  CapacityRule,
  Clinic,
  ClinicSetup,
  Closure,
  DayHours,
  PortalOptions,
} from '@tailwise/contracts';
import type { ClinicEntity } from '../clinics/clinic.entity';
import type { AppointmentReasonEntity } from './appointment-reason.entity';
import type { AppointmentTypeEntity } from './appointment-type.entity';
import type { CapacityRuleEntity } from './capacity-rule.entity';
import type { ClinicHoursEntity } from './clinic-hours.entity';
import type { ClosureEntity } from './closure.entity';
import type { PortalOptionsEntity } from './portal-options.entity';
import type { SetupRows } from './clinic-setup.repository';

/** A clinic that has never saved its portal options offers nothing in the portal. */
export const DEFAULT_PORTAL_OPTIONS: PortalOptions = {
  allowRequests: false,
  requestLabel: 'Request an appointment',
  requestNotificationEmail: null,
  allowSelfScheduling: false,
  showOfficeHours: true,
  officeHoursText: null,
};

export const toClinic = (c: ClinicEntity): Clinic => ({ id: c.id, organizationId: c.organizationId, name: c.name, timeZone: c.timeZone });

/** Monday to Sunday; a weekday without a row is closed. */
export function toWeek(rows: ClinicHoursEntity[]): { days: DayHours[] } {
  const byDay = new Map(rows.map((r) => [r.weekday, r]));
  return {
    days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
      const row = byDay.get(weekday);
      return { weekday, hours: row ? { opens: row.opens, closes: row.closes } : null };
    }),
  };
}

export const toClosure = (c: ClosureEntity): Closure => ({ id: c.id, startDate: c.startDate, endDate: c.endDate, reason: c.reason });

export const toAppointmentType = (t: AppointmentTypeEntity): AppointmentType => ({
  id: t.id,
  name: t.name,
  category: t.category,
  defaultDurationMinutes: t.defaultDurationMinutes,
  active: t.active,
});

export const toCapacityRule = (r: CapacityRuleEntity): CapacityRule => ({
  id: r.id,
  label: r.label,
  species: r.species,
  sex: r.sex,
  minWeightKg: r.minWeightKg,
  maxWeightKg: r.maxWeightKg,
  limit: r.placesPerDay,
});

export const toReason = (r: AppointmentReasonEntity): AppointmentReason => ({
  id: r.id,
  name: r.name,
  description: r.description,
  isDefault: r.isDefault,
  appointmentTypeId: r.appointmentTypeId,
  isActive: r.isActive,
});

export function toPortalOptions(o: PortalOptionsEntity | null): PortalOptions {
  if (!o) return { ...DEFAULT_PORTAL_OPTIONS };
  return {
    allowRequests: o.allowRequests,
    requestLabel: o.requestLabel,
    requestNotificationEmail: o.requestNotificationEmail,
    allowSelfScheduling: o.allowSelfScheduling,
    showOfficeHours: o.showOfficeHours,
    officeHoursText: o.officeHoursText,
  };
}

export function toClinicSetup(clinic: ClinicEntity, rows: SetupRows): ClinicSetup {
  return {
    clinic: toClinic(clinic),
    hours: toWeek(rows.hours),
    closures: rows.closures.map(toClosure),
    appointmentTypes: rows.appointmentTypes.map(toAppointmentType),
    capacityRules: rows.capacityRules.map(toCapacityRule),
    reasons: rows.reasons.map(toReason),
    portalOptions: toPortalOptions(rows.portalOptions),
  };
}
