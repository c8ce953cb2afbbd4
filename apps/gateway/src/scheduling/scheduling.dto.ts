import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  appointmentAnimalInputSchema,
  appointmentReasonInputSchema,
  appointmentTypeInputSchema,
  bookAppointmentInputSchema,
  calendarQuerySchema,
  capacityRuleSetInputSchema,
  clientAppointmentsQuerySchema,
  clinicIdSchema,
  closureInputSchema,
  moveAppointmentInputSchema,
  portalOptionsInputSchema,
  releaseAppointmentsInputSchema,
  weeklyHoursSchema,
} from '@tailwise/contracts';

/** Path ids: anything but a UUID is a 400 naming the parameter, before any service is asked. */
export class ClinicParamDto extends createZodDto(clinicIdSchema) {}
export class ClinicItemParamDto extends createZodDto(z.strictObject({ clinicId: z.uuid(), id: z.uuid() })) {}

export class WeeklyHoursDto extends createZodDto(weeklyHoursSchema) {}
export class ClosureInputDto extends createZodDto(closureInputSchema) {}
export class AppointmentTypeInputDto extends createZodDto(appointmentTypeInputSchema) {}
export class CapacityRuleSetDto extends createZodDto(capacityRuleSetInputSchema) {}
export class AppointmentReasonInputDto extends createZodDto(appointmentReasonInputSchema) {}
export class PortalOptionsInputDto extends createZodDto(portalOptionsInputSchema) {}

/** A client profile's path id (`/api/hq/clients/:clientId/appointments`). */
export class ClientParamDto extends createZodDto(clientAppointmentsQuerySchema) {}
export class CalendarQueryDto extends createZodDto(calendarQuerySchema) {}
export class BookAppointmentInputDto extends createZodDto(bookAppointmentInputSchema) {}
export class MoveAppointmentInputDto extends createZodDto(moveAppointmentInputSchema) {}
export class ReleaseAppointmentsInputDto extends createZodDto(releaseAppointmentsInputSchema) {}
export class AppointmentAnimalInputDto extends createZodDto(appointmentAnimalInputSchema) {}
