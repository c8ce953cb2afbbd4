import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  SCHEDULING_SUBJECTS,
  appointmentTypeIdSchema,
  clinicIdSchema,
  closureIdSchema,
  createAppointmentTypeCommandSchema,
  createClosureCommandSchema,
  createReasonCommandSchema,
  reasonIdSchema,
  setCapacityRulesCommandSchema,
  setHoursCommandSchema,
  setPortalOptionsCommandSchema,
  updateAppointmentTypeCommandSchema,
  updateClosureCommandSchema,
  updateReasonCommandSchema,
} from '@tailwise/contracts';
import { parseRpc, requireStaff } from '@tailwise/messaging';
import { ClinicSetupService } from './clinic-setup.service';

@Controller()
export class ClinicSetupController {
  constructor(private readonly setup: ClinicSetupService) {}

  @MessagePattern(SCHEDULING_SUBJECTS.setupGet)
  get(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(clinicIdSchema, payload);
    return this.setup.get(requireStaff(actor), data.clinicId);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.hoursSet)
  setHours(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(setHoursCommandSchema, payload);
    return this.setup.setHours(requireStaff(actor), data.clinicId, data.hours);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.closureCreate)
  createClosure(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(createClosureCommandSchema, payload);
    return this.setup.createClosure(requireStaff(actor), data.clinicId, data.closure);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.closureUpdate)
  updateClosure(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(updateClosureCommandSchema, payload);
    return this.setup.updateClosure(requireStaff(actor), data.clinicId, data.closureId, data.closure);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.closureDelete)
  deleteClosure(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(closureIdSchema, payload);
    return this.setup.deleteClosure(requireStaff(actor), data.clinicId, data.closureId);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.appointmentTypeCreate)
  createAppointmentType(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(createAppointmentTypeCommandSchema, payload);
    return this.setup.createAppointmentType(requireStaff(actor), data.clinicId, data.appointmentType);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.appointmentTypeUpdate)
  updateAppointmentType(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(updateAppointmentTypeCommandSchema, payload);
    return this.setup.updateAppointmentType(requireStaff(actor), data.clinicId, data.appointmentTypeId, data.appointmentType);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.appointmentTypeDelete)
  deleteAppointmentType(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(appointmentTypeIdSchema, payload);
    return this.setup.deleteAppointmentType(requireStaff(actor), data.clinicId, data.appointmentTypeId);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.capacityRulesSet)
  setCapacityRules(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(setCapacityRulesCommandSchema, payload);
    return this.setup.setCapacityRules(requireStaff(actor), data.clinicId, data.capacityRules.rules);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.reasonCreate)
  createReason(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(createReasonCommandSchema, payload);
    return this.setup.createReason(requireStaff(actor), data.clinicId, data.reason);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.reasonUpdate)
  updateReason(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(updateReasonCommandSchema, payload);
    return this.setup.updateReason(requireStaff(actor), data.clinicId, data.reasonId, data.reason);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.reasonDelete)
  deleteReason(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(reasonIdSchema, payload);
    return this.setup.deleteReason(requireStaff(actor), data.clinicId, data.reasonId);
  }

  @MessagePattern(SCHEDULING_SUBJECTS.portalOptionsSet)
  setPortalOptions(@Payload() payload: unknown) {
    const { actor, data } = parseRpc(setPortalOptionsCommandSchema, payload);
    return this.setup.setPortalOptions(requireStaff(actor), data.clinicId, data.portalOptions);
  }
}
