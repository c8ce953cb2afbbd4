import { Injectable } from '@nestjs/common';
import {
  AppError,
  ERROR_CODES,
  SCHEDULING_EVENTS,
  acceptRequestInputSchema,
  appointmentRequestInputSchema,
  type AcceptedRequest,
  type Actor,
  type AppointmentRequest,
  type RequestStatus,
  type StaffActor,
} from '@tailwise/contracts';
import { enqueueEvent, requirePortalLink } from '@tailwise/messaging';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppointmentsRepository } from '../appointments/appointments.repository';
import { AppointmentsService, conflict, requireOpen, toListedAppointment } from '../appointments/appointments.service';
import { ClinicSetupRepository } from '../clinic-setup/clinic-setup.repository';
import { toPortalOptions } from '../clinic-setup/setup-records';
import type { ClinicEntity } from '../clinics/clinic.entity';
import { ClinicsRepository } from '../clinics/clinics.repository';
import { clinicNotFound, requireManageSchedule } from '../common/access';
import { requirePetOwner } from '../common/portal-client';
import { DirectoryRepository } from '../directory/directory.repository';
import type { AppointmentRequestEntity } from './appointment-request.entity';
import { toAppointmentRequest, toRequestSnapshot } from './request-records';
import { RequestsRepository } from './requests.repository';

type RequestInput = z.output<typeof appointmentRequestInputSchema>;
type AcceptInput = z.output<typeof acceptRequestInputSchema>;

/**
 * Appointment requests: a pet owner asks in the portal for a day and a time of day; staff on the
 * calendar accept one (which books the appointment, released to the client's portal) or decline
 * it with a message the client reads.
 */
@Injectable()
export class RequestsService {
  constructor(
    private readonly clinics: ClinicsRepository,
    private readonly setup: ClinicSetupRepository,
    private readonly directory: DirectoryRepository,
    private readonly requests: RequestsRepository,
    private readonly appointments: AppointmentsRepository,
    private readonly booking: AppointmentsService,
  ) {}

  // ---------------------------------------------------------------- the portal

  async create(caller: Actor, input: RequestInput): Promise<AppointmentRequest> {
    const actor = requirePortalLink(caller);
    const client = await requirePetOwner(this.directory, actor.link, 'Appointment requests are for individual clients');
    const clinic = await this.clinics.find(actor.link.organizationId, input.clinicId);
    if (!clinic) throw clinicNotFound();
    const setup = await this.setup.load(clinic.id);
    const options = toPortalOptions(setup.portalOptions);
    if (!options.allowRequests) throw new AppError(ERROR_CODES.CONFLICT, `${clinic.name} does not take appointment requests in the portal`);
    const reason = setup.reasons.find((r) => r.id === input.reasonId && r.isActive);
    if (!reason) throw AppError.validation([{ path: 'reasonId', message: 'Choose one of the clinic’s reasons for a visit' }]);
    const today = DateTime.now().setZone(clinic.timeZone).toISODate();
    if (today !== null && input.date < today) throw AppError.validation([{ path: 'date', message: 'Choose today or a later date' }]);
    requireOpen(clinic, setup, input.date);

    return this.requests.transaction(async (manager) => {
      const row = await this.requests.insert(manager, {
        organizationId: clinic.organizationId,
        clinicId: clinic.id,
        clientId: client.id,
        localDate: input.date,
        timeOfDay: input.timeOfDay,
        reasonId: reason.id,
        message: input.message,
        status: 'pending',
        declineMessage: null,
        appointmentId: null,
        createdByPortalUserId: actor.portalUserId,
        answeredAt: null,
        answeredByUserId: null,
      });
      await enqueueEvent(manager, SCHEDULING_EVENTS.appointmentRequestSubmitted, toRequestSnapshot(row));
      if (options.requestNotificationEmail) {
        await enqueueEvent(manager, SCHEDULING_EVENTS.clinicNoticeRequested, {
          organizationId: clinic.organizationId,
          clinicId: clinic.id,
          clinicName: clinic.name,
          to: options.requestNotificationEmail,
          kind: 'appointment-request',
          clientName: client.displayName,
          reasonName: reason.name,
          date: input.date,
          timeOfDay: input.timeOfDay,
          startTime: null,
          message: input.message,
        });
      }
      return toAppointmentRequest(await this.requests.byId(manager, row.id));
    });
  }

  /** The linked client's requests at the organization, newest first, with their outcome. */
  async listForPortal(caller: Actor): Promise<AppointmentRequest[]> {
    const actor = requirePortalLink(caller);
    return (await this.requests.ofClient(actor.link.organizationId, actor.link.clientId)).map(toAppointmentRequest);
  }

  // ---------------------------------------------------------------- staff

  /** Any staff member reads the list; pending requests first. */
  async list(actor: StaffActor, clinicId: string, status: RequestStatus | undefined): Promise<AppointmentRequest[]> {
    const clinic = await this.clinics.find(actor.organizationId, clinicId);
    if (!clinic) throw clinicNotFound();
    return (await this.requests.inClinic(clinic.id, status)).map(toAppointmentRequest);
  }

  /**
   * Books the appointment by the same rules as any booking and marks the request accepted, in
   * one transaction: a refused booking (closed day, no place left, disabled client) leaves the
   * request pending.
   */
  accept(actor: StaffActor, clinicId: string, requestId: string, accept: AcceptInput): Promise<AcceptedRequest> {
    return this.answer(actor, clinicId, requestId, async (manager, clinic, row) => {
      const reason = await this.setup.findReason(manager, clinic.id, row.reasonId);
      const appointmentTypeId = accept.appointmentTypeId ?? reason?.appointmentTypeId;
      if (!appointmentTypeId) throw AppError.validation([{ path: 'appointmentTypeId', message: 'Choose the appointment type' }]);
      const [booked] = await this.booking.bookWithin(manager, clinic, {
        organizationId: clinic.organizationId,
        clientId: row.clientId,
        appointmentTypeId,
        date: accept.date,
        startTime: accept.startTime,
        durationMinutes: accept.durationMinutes,
        animalId: accept.animalId,
        notes: row.message,
        source: 'request',
        // The client asked for it in the portal: they see it there.
        released: true,
        createdByUserId: actor.userId,
      });
      row.status = 'accepted';
      row.appointmentId = booked.id;
      await this.finish(manager, actor, row, SCHEDULING_EVENTS.appointmentRequestAccepted);
      const [appointment] = await this.appointments.byIds(manager, [booked.id]);
      return { request: toAppointmentRequest(await this.requests.byId(manager, row.id)), appointment: toListedAppointment(appointment) };
    });
  }

  decline(actor: StaffActor, clinicId: string, requestId: string, message: string | null): Promise<AppointmentRequest> {
    return this.answer(actor, clinicId, requestId, async (manager, _clinic, row) => {
      row.status = 'declined';
      row.declineMessage = message;
      await this.finish(manager, actor, row, SCHEDULING_EVENTS.appointmentRequestDeclined);
      return toAppointmentRequest(await this.requests.byId(manager, row.id));
    });
  }

  /** Holds the clinic's row (bookings take turns on it), so a request is answered once. */
  private answer<T>(
    actor: StaffActor,
    clinicId: string,
    requestId: string,
    work: (manager: EntityManager, clinic: ClinicEntity, row: AppointmentRequestEntity) => Promise<T>,
  ): Promise<T> {
    requireManageSchedule(actor);
    return this.requests.transaction(async (manager) => {
      const clinic = await this.clinics.lock(manager, actor.organizationId, clinicId);
      if (!clinic) throw clinicNotFound();
      const row = await this.requests.find(manager, clinic.id, requestId);
      if (!row) throw AppError.notFound('Appointment request');
      if (row.status !== 'pending') throw conflict(`This request was already ${row.status}`, 'requestId');
      return work(manager, clinic, row);
    });
  }

  private async finish(
    manager: EntityManager,
    actor: StaffActor,
    row: AppointmentRequestEntity,
    event: typeof SCHEDULING_EVENTS.appointmentRequestAccepted | typeof SCHEDULING_EVENTS.appointmentRequestDeclined,
  ): Promise<void> {
    row.answeredAt = new Date();
    row.answeredByUserId = actor.userId;
    await this.requests.save(manager, row);
    await enqueueEvent(manager, event, toRequestSnapshot(row));
  }
}
