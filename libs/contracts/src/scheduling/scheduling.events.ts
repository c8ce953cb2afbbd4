import { z } from 'zod';
import { defineEvent } from '../common/events';
import { APPOINTMENT_STATUSES } from './appointments.schemas';
import { APPOINTMENT_CATEGORIES } from './scheduling.schemas';

/**
 * Every appointment event carries the appointment as it now is, with a `revision` that grows
 * by one per change: a consumer keeping a copy applies an event only when its revision is
 * newer, so a redelivered or late event never undoes a later one.
 */
export const appointmentSnapshotSchema = z.object({
  appointmentId: z.uuid(),
  organizationId: z.uuid(),
  clinicId: z.uuid(),
  clientId: z.uuid(),
  /** Clinic-local date. */
  date: z.iso.date(),
  startsAt: z.iso.datetime(),
  category: z.enum(APPOINTMENT_CATEGORIES),
  status: z.enum(APPOINTMENT_STATUSES),
  released: z.boolean(),
  /** True once deleted (from the portal): the appointment no longer exists. */
  deleted: z.boolean(),
  revision: z.number().int().positive(),
});
export type AppointmentSnapshot = z.infer<typeof appointmentSnapshotSchema>;

// Event subjects live on the EVENTS stream. Changing one needs a migration plan: durable
// consumers filter on these strings.
export const SCHEDULING_EVENTS = {
  appointmentBooked: defineEvent('events.scheduling.appointment.booked', 1, appointmentSnapshotSchema),
  appointmentMoved: defineEvent('events.scheduling.appointment.moved', 1, appointmentSnapshotSchema),
  appointmentReleased: defineEvent('events.scheduling.appointment.released', 1, appointmentSnapshotSchema),
  /** Staff or the portal set the animal of the appointment. */
  appointmentAnimalSet: defineEvent('events.scheduling.appointment.animal-set', 1, appointmentSnapshotSchema),
  appointmentCheckedIn: defineEvent('events.scheduling.appointment.checked-in', 1, appointmentSnapshotSchema),
  appointmentCheckedOut: defineEvent('events.scheduling.appointment.checked-out', 1, appointmentSnapshotSchema),
  appointmentCancelled: defineEvent('events.scheduling.appointment.cancelled', 1, appointmentSnapshotSchema),
  appointmentNoShow: defineEvent('events.scheduling.appointment.no-show', 1, appointmentSnapshotSchema),
  appointmentDeleted: defineEvent('events.scheduling.appointment.deleted', 1, appointmentSnapshotSchema),
  /**
   * Every appointment event at once, for a consumer that keeps a copy (one durable consumer
   * sees them in order). Consume only: never publish on a wildcard.
   */
  anyAppointmentChange: defineEvent('events.scheduling.appointment.>', 1, appointmentSnapshotSchema),
} as const;
