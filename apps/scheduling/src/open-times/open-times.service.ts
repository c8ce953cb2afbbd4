import { Injectable } from '@nestjs/common';
import {
  AppError,
  ERROR_CODES,
  hqOpenTimesQuerySchema,
  portalOpenTimesQuerySchema,
  type Actor,
  type OpenTimes,
  type StaffActor,
} from '@tailwise/contracts';
import { requirePortalLink } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppointmentsRepository } from '../appointments/appointments.repository';
import { ClinicSetupRepository, type SetupRows } from '../clinic-setup/clinic-setup.repository';
import { toPortalOptions, toWeek } from '../clinic-setup/setup-records';
import type { ClinicEntity } from '../clinics/clinic.entity';
import { ClinicsRepository } from '../clinics/clinics.repository';
import { clinicNotFound } from '../common/access';
import { weeklyHoursFromDays } from '../rules/clinic-days';
import type { BusyAppointment } from '../rules/open-times';
import { describeOpenTimes } from './open-times';

type HqQuery = z.output<typeof hqOpenTimesQuerySchema>;
type PortalQuery = z.output<typeof portalOpenTimesQuerySchema>;

export interface OpenTimesRange {
  from: string;
  to: string;
  durationMinutes: number;
  /** Self-scheduling offers nothing already started: now. */
  notBefore?: Date;
}

/** Free times of a clinic: for staff by appointment type, for the portal by reason (self-scheduling only). */
@Injectable()
export class OpenTimesService {
  constructor(
    private readonly clinics: ClinicsRepository,
    private readonly setup: ClinicSetupRepository,
    private readonly appointments: AppointmentsRepository,
  ) {}

  /** Any staff member; the type's default duration unless one is given. */
  async forStaff(actor: StaffActor, clinicId: string, query: HqQuery): Promise<OpenTimes> {
    const { clinic, setup, busy } = await this.read(actor.organizationId, clinicId, query);
    const type = setup.appointmentTypes.find((t) => t.id === query.appointmentTypeId);
    if (!type) throw AppError.validation([{ path: 'appointmentTypeId', message: 'No such appointment type at this clinic' }]);
    const durationMinutes = query.durationMinutes ?? type.defaultDurationMinutes;
    return this.describe(clinic, setup, busy, { from: query.from, to: query.to, durationMinutes });
  }

  /** For a reason the client picks, from now on, where the clinic offers self-scheduling. */
  async forPortal(caller: Actor, clinicId: string, query: PortalQuery): Promise<OpenTimes> {
    const actor = requirePortalLink(caller);
    const { clinic, setup, busy } = await this.read(actor.link.organizationId, clinicId, query);
    const durationMinutes = selfSchedulingDuration(clinic, setup, query.reasonId).durationMinutes;
    return this.describe(clinic, setup, busy, { from: query.from, to: query.to, durationMinutes, notBefore: new Date() });
  }

  /**
   * The clinic, its setup and the range's busy spans, read at once (each on its own pooled
   * connection): this answers every open-times view, and one round trip instead of three
   * sequential ones is most of its time. Nothing read is returned for another organization's
   * clinic.
   */
  private async read(organizationId: string, clinicId: string, range: { from: string; to: string }) {
    const [clinic, setup, busy] = await Promise.all([
      this.clinics.find(organizationId, clinicId),
      this.setup.load(clinicId),
      this.appointments.busyBetween(clinicId, range.from, range.to),
    ]);
    if (!clinic) throw clinicNotFound();
    return { clinic, setup, busy };
  }

  /** The open times of a range given the clinic's setup; inside a transaction, pass its manager. */
  async compute(clinic: ClinicEntity, setup: SetupRows, range: OpenTimesRange, manager?: EntityManager): Promise<OpenTimes> {
    return this.describe(clinic, setup, await this.appointments.busyBetween(clinic.id, range.from, range.to, manager), range);
  }

  private describe(clinic: ClinicEntity, setup: SetupRows, busy: BusyAppointment[], range: OpenTimesRange): OpenTimes {
    const { from, to, durationMinutes, notBefore } = range;
    return describeOpenTimes({
      timeZone: clinic.timeZone,
      from,
      to,
      hours: weeklyHoursFromDays(toWeek(setup.hours).days),
      closures: setup.closures,
      busy,
      durationMinutes,
      notBefore,
    });
  }
}

/**
 * The reason a client picks to book themselves, with its type and the type's duration. Refused
 * when the clinic does not offer self-scheduling (409) or the reason is not one of its active
 * ones (400).
 */
export function selfSchedulingDuration(clinic: ClinicEntity, setup: SetupRows, reasonId: string) {
  if (!toPortalOptions(setup.portalOptions).allowSelfScheduling) {
    throw new AppError(ERROR_CODES.CONFLICT, `${clinic.name} does not offer booking in the portal`);
  }
  const reason = setup.reasons.find((r) => r.id === reasonId && r.isActive);
  const type = reason && setup.appointmentTypes.find((t) => t.id === reason.appointmentTypeId && t.active);
  if (!reason || !type) throw AppError.validation([{ path: 'reasonId', message: 'Choose one of the clinic’s reasons for a visit' }]);
  return { reason, type, durationMinutes: type.defaultDurationMinutes };
}
