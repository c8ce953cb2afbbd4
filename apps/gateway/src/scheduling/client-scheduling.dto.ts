import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  acceptRequestInputSchema,
  appointmentRequestInputSchema,
  declineRequestInputSchema,
  hqOpenTimesQuerySchema,
  portalOpenTimesQuerySchema,
  requestListQuerySchema,
  selfScheduleInputSchema,
} from '@tailwise/contracts';

// Appointment requests, open times and self-scheduling: HQ answers requests, the portal makes
// them and books open times. Query strings are validated like bodies: 400 naming the field.

export class RequestListQueryDto extends createZodDto(requestListQuerySchema) {}
export class AcceptRequestInputDto extends createZodDto(acceptRequestInputSchema) {}
export class DeclineRequestInputDto extends createZodDto(declineRequestInputSchema) {}
export class HqOpenTimesQueryDto extends createZodDto(hqOpenTimesQuerySchema) {}

/** A clinic of a linked organization (`/api/portal/organizations/:organizationId/clinics/:clinicId/...`). */
export class PortalClinicParamDto extends createZodDto(z.strictObject({ organizationId: z.uuid(), clinicId: z.uuid() })) {}
export class PortalOpenTimesQueryDto extends createZodDto(portalOpenTimesQuerySchema) {}
export class AppointmentRequestInputDto extends createZodDto(appointmentRequestInputSchema) {}
export class SelfScheduleInputDto extends createZodDto(selfScheduleInputSchema) {}
