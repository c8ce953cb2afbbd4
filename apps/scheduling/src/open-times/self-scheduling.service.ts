import { Injectable } from '@nestjs/common';
import { AppError, SCHEDULING_EVENTS, selfScheduleInputSchema, type Actor, type PortalAppointment } from '@tailwise/contracts';
import { enqueueEvent, requirePortalLink } from '@tailwise/messaging';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { AppointmentsRepository } from '../appointments/appointments.repository';
import { AppointmentsService, conflict } from '../appointments/appointments.service';
import { toListedPortalAppointment } from '../appointments/portal-appointments.service';
import { ClinicSetupRepository } from '../clinic-setup/clinic-setup.repository';
import { toPortalOptions } from '../clinic-setup/setup-records';
import { ClinicsRepository } from '../clinics/clinics.repository';
import { clinicNotFound } from '../common/access';
import { requirePetOwner } from '../common/portal-client';
import { DirectoryRepository } from '../directory/directory.repository';
import { OpenTimesService, selfSchedulingDuration } from './open-times.service';

type SelfScheduleInput = z.output<typeof selfScheduleInputSchema>;

/**
 * A pet owner books one of the open times the portal showed. The clinic's row is held while
 * the day's open times are computed again and the appointment is booked, so of two clients
 * taking the same last time, the second finds it gone.
 */
@Injectable()
export class SelfSchedulingService {
  constructor(
    private readonly clinics: ClinicsRepository,
    private readonly setup: ClinicSetupRepository,
    private readonly directory: DirectoryRepository,
    private readonly appointments: AppointmentsRepository,
    private readonly booking: AppointmentsService,
    private readonly openTimes: OpenTimesService,
  ) {}

  book(caller: Actor, input: SelfScheduleInput): Promise<PortalAppointment> {
    const { link } = requirePortalLink(caller);
    return this.appointments.transaction(async (manager) => {
      const client = await requirePetOwner(this.directory, link, 'Booking in the portal is for individual clients', manager);
      const clinic = await this.clinics.lock(manager, link.organizationId, input.clinicId);
      if (!clinic) throw clinicNotFound();
      const setup = await this.setup.load(clinic.id, manager);
      const { reason, type, durationMinutes } = selfSchedulingDuration(clinic, setup, input.reasonId);
      const today = DateTime.now().setZone(clinic.timeZone).toISODate();
      if (today !== null && input.date < today) throw AppError.validation([{ path: 'date', message: 'Choose today or a later date' }]);

      const range = { from: input.date, to: input.date, durationMinutes, notBefore: new Date() };
      const [day] = (await this.openTimes.compute(clinic, setup, range, manager)).days;
      if (!day.open) throw conflict(day.closedReason ?? 'The clinic is closed on this day', 'date');
      if (!day.times.some((t) => t.time === input.startTime)) throw conflict('This time was just taken: choose another', 'startTime');

      const [row] = await this.booking.bookWithin(manager, clinic, {
        organizationId: clinic.organizationId,
        clientId: client.id,
        appointmentTypeId: type.id,
        date: input.date,
        startTime: input.startTime,
        durationMinutes,
        animalId: input.animalId,
        notes: input.message,
        source: 'self-scheduled',
        released: true,
        createdByUserId: null,
      }, setup);
      const email = toPortalOptions(setup.portalOptions).requestNotificationEmail;
      if (email) {
        await enqueueEvent(manager, SCHEDULING_EVENTS.clinicNoticeRequested, {
          organizationId: clinic.organizationId,
          clinicId: clinic.id,
          clinicName: clinic.name,
          to: email,
          kind: 'self-scheduled',
          clientName: client.displayName,
          reasonName: reason.name,
          date: input.date,
          timeOfDay: null,
          startTime: input.startTime,
          message: input.message,
        });
      }
      const [listed] = await this.appointments.byIds(manager, [row.id]);
      return toListedPortalAppointment(listed);
    });
  }
}
