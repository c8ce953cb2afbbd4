import { z } from 'zod';
import { defineEvent } from '../common/events';
import { APPOINTMENT_STATUSES } from './appointments.schemas';
import { REQUEST_STATUSES, TIMES_OF_DAY } from './client-scheduling.schemas';
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

export const appointmentRequestSnapshotSchema = z.object({
  requestId: z.uuid(),
  organizationId: z.uuid(),
  clinicId: z.uuid(),
  clientId: z.uuid(),
  date: z.iso.date(),
  timeOfDay: z.enum(TIMES_OF_DAY),
  status: z.enum(REQUEST_STATUSES),
  appointmentId: z.uuid().nullable(),
});
export type AppointmentRequestSnapshot = z.infer<typeof appointmentRequestSnapshotSchema>;

/**
 * A notice for the clinic's notification email (Settings → Clinic → Client portal): a client
 * requested an appointment or booked one. Carries everything the email says, so notifications
 * needs nothing else; published only when the clinic has a notification email.
 */
export const clinicNoticeSchema = z.object({
  organizationId: z.uuid(),
  clinicId: z.uuid(),
  clinicName: z.string(),
  to: z.string(),
  kind: z.enum(['appointment-request', 'self-scheduled']),
  clientName: z.string(),
  reasonName: z.string(),
  date: z.iso.date(),
  /** Requests: morning, afternoon or evening. */
  timeOfDay: z.enum(TIMES_OF_DAY).nullable(),
  /** Self-scheduled: the booked local time. */
  startTime: z.string().nullable(),
  message: z.string().nullable(),
});
export type ClinicNotice = z.infer<typeof clinicNoticeSchema>;

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
  appointmentRequestSubmitted: defineEvent('events.scheduling.appointment-request.submitted', 1, appointmentRequestSnapshotSchema),
  appointmentRequestAccepted: defineEvent('events.scheduling.appointment-request.accepted', 1, appointmentRequestSnapshotSchema),
  appointmentRequestDeclined: defineEvent('events.scheduling.appointment-request.declined', 1, appointmentRequestSnapshotSchema),
  clinicNoticeRequested: defineEvent('events.scheduling.clinic-notice.requested', 1, clinicNoticeSchema),
} as const;
