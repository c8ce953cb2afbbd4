import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  SCHEDULING_SUBJECTS,
  appointmentActionCommandSchema,
  appointmentIdSchema,
  bookAppointmentCommandSchema,
  calendarCommandSchema,
  clientAppointmentsQuerySchema,
  moveAppointmentCommandSchema,
  portalAppointmentIdSchema,
  portalSetAnimalCommandSchema,
  portalVisibleLinksQuerySchema,
  releaseAppointmentsCommandSchema,
  setAppointmentAnimalCommandSchema,
} from '@tailwise/contracts';
import { parseRpc, requireStaff } from '@tailwise/messaging';
import { z } from 'zod';
import { AppointmentsService } from './appointments.service';
import { PortalAppointmentsService } from './portal-appointments.service';

@Controller()
export class AppointmentsController {
  constructor(
    private readonly appointments: AppointmentsService,
    private readonly portal: PortalAppointmentsService,
  ) {}

  @MessagePattern(SCHEDULING_SUBJECTS.calendarGet)
  calendar(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(calendarCommandSchema, payload);
    return this.appointments.calendar(requireStaff(actor), data.clinicId, data.range);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.appointmentBook)
  book(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(bookAppointmentCommandSchema, payload);
    return this.appointments.book(requireStaff(actor), data.clinicId, data.appointment);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.appointmentGet)
  get(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(appointmentIdSchema, payload);
    return this.appointments.get(requireStaff(actor), data.clinicId, data.appointmentId);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.appointmentMove)
  move(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(moveAppointmentCommandSchema, payload);
    return this.appointments.move(requireStaff(actor), data.clinicId, data.appointmentId, data.move);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.appointmentAction)
  act(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(appointmentActionCommandSchema, payload);
    return this.appointments.act(requireStaff(actor), data.clinicId, data.appointmentId, data.action);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.appointmentRelease)
  release(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(releaseAppointmentsCommandSchema, payload);
    return this.appointments.release(requireStaff(actor), data.clinicId, data.release.appointmentIds);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.appointmentAnimalSet)
  setAnimal(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(setAppointmentAnimalCommandSchema, payload);
    return this.appointments.setAnimal(requireStaff(actor), data.clinicId, data.appointmentId, data.animal);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.clientAppointmentList)
  ofClient(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(clientAppointmentsQuerySchema, payload);
    return this.appointments.ofClient(requireStaff(actor), data.clientId);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.portalAppointmentList)
  portalList(@Payload() payload: unknown) {
    const { actor } = parseRpc(z.object({}), payload);
    return this.portal.list(actor);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.portalAppointmentAnimalSet)
  portalSetAnimal(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(portalSetAnimalCommandSchema, payload);
    return this.portal.setAnimal(actor, data.appointmentId, data.animal);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.portalAppointmentDelete)
  portalDelete(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(portalAppointmentIdSchema, payload);
    return this.portal.delete(actor, data.appointmentId);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.portalVisibleLinks)
  visibleLinks(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(portalVisibleLinksQuerySchema, payload);
    return this.portal.visibleLinks(actor, data.links);
  }
}
