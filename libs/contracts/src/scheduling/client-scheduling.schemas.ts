import { z } from 'zod';
import { appointmentSchema, portalAppointmentSchema } from './appointments.schemas';
import { dayHoursSchema, localDateSchema, localTimeSchema } from './scheduling.schemas';

// What individual clients do in the portal: request an appointment (a date and a time of day)
// or, where the clinic allows it, book an open time themselves. Staff answer requests on the
// calendar's Appointment Requests list.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

// ---------------------------------------------------------------- what the portal offers

/** An active reason as clients see it: what they pick, and how long it takes. */
export const portalReasonSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  isDefault: z.boolean(),
  durationMinutes: z.number().int(),
});
export type PortalReason = z.infer<typeof portalReasonSchema>;

/** One clinic of the organization, as the portal's scheduling pages need it. */
export const portalClinicSchedulingSchema = z.object({
  clinicId: z.uuid(),
  clinicName: z.string(),
  timeZone: z.string(),
  allowRequests: z.boolean(),
  requestLabel: z.string(),
  allowSelfScheduling: z.boolean(),
  /** Null when the clinic hides its hours ("by appointment only"). */
  hours: z.array(dayHoursSchema).nullable(),
  officeHoursText: z.string().nullable(),
  reasons: z.array(portalReasonSchema),
});
export type PortalClinicScheduling = z.infer<typeof portalClinicSchedulingSchema>;
export const portalSchedulingSchema = z.object({
  /**
   * Whether the linked client requests and books in the portal: an active individual client
   * does; a volume client's places are booked by the clinic and released to it.
   */
  clientBooks: z.boolean(),
  clinics: z.array(portalClinicSchedulingSchema),
});
export type PortalScheduling = z.infer<typeof portalSchedulingSchema>;

// ---------------------------------------------------------------- appointment requests

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
export const REQUEST_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * A request from the portal. Refused (409 naming the field) when the clinic takes no requests,
 * the date is past or the clinic is closed that day; the reason must be one of its active ones.
 */
export const appointmentRequestInputSchema = z.strictObject({
  clinicId: z.uuid(),
  date: localDateSchema,
  timeOfDay: z.enum(TIMES_OF_DAY),
  reasonId: z.uuid({ error: 'Choose a reason for the visit' }),
  message: optionalText(2000),
});
export type AppointmentRequestInput = z.input<typeof appointmentRequestInputSchema>;

export const appointmentRequestSchema = z.object({
  id: z.uuid(),
  clinicId: z.uuid(),
  clinicName: z.string(),
  clientId: z.uuid(),
  clientName: z.string(),
  date: z.string(),
  timeOfDay: z.enum(TIMES_OF_DAY),
  reasonId: z.uuid(),
  reasonName: z.string(),
  message: z.string().nullable(),
  status: z.enum(REQUEST_STATUSES),
  /** Why staff declined, shown to the client. */
  declineMessage: z.string().nullable(),
  /** The appointment an accepted request became. */
  appointmentId: z.uuid().nullable(),
  appointmentDate: z.string().nullable(),
  appointmentStartTime: z.string().nullable(),
  createdAt: z.iso.datetime(),
  answeredAt: z.iso.datetime().nullable(),
});
export type AppointmentRequest = z.infer<typeof appointmentRequestSchema>;

export const requestListQuerySchema = z.strictObject({ status: z.enum(REQUEST_STATUSES).optional() });

/**
 * Accepting books the appointment (the same rules as any booking: closed day, capacity,
 * disabled client) in the same transaction that marks the request accepted.
 */
export const acceptRequestInputSchema = z.strictObject({
  date: localDateSchema,
  startTime: localTimeSchema,
  /** Defaults to the reason's appointment type. */
  appointmentTypeId: z.uuid().optional(),
  durationMinutes: z.number().int().min(5).max(1440).multipleOf(5, { error: 'Use a multiple of 5 minutes' }).optional(),
  animalId: z.uuid().nullable().optional(),
});
export type AcceptRequestInput = z.input<typeof acceptRequestInputSchema>;
export const declineRequestInputSchema = z.strictObject({ message: optionalText(1000) });
export type DeclineRequestInput = z.input<typeof declineRequestInputSchema>;

export const acceptedRequestSchema = z.object({ request: appointmentRequestSchema, appointment: appointmentSchema });
export type AcceptedRequest = z.infer<typeof acceptedRequestSchema>;

// ---------------------------------------------------------------- open times and self-scheduling

export const OPEN_TIMES_MAX_DAYS = 31;

const dateRange = {
  from: localDateSchema,
  to: localDateSchema,
};
const rangeRefinements = <T extends { from: string; to: string }>(schema: z.ZodType<T>) =>
  schema
    .refine((q) => q.to >= q.from, { path: ['to'], error: 'Must be on or after from' })
    .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < OPEN_TIMES_MAX_DAYS, {
      path: ['to'],
      error: `At most ${OPEN_TIMES_MAX_DAYS} days at once`,
    });

/** HQ: open times for an appointment type (its default duration unless given). */
export const hqOpenTimesQuerySchema = rangeRefinements(
  z.strictObject({
    ...dateRange,
    appointmentTypeId: z.uuid(),
    durationMinutes: z.coerce.number().int().min(5).max(1440).multipleOf(5).optional(),
  }),
);
/** Portal: open times for a reason (its type's duration). */
export const portalOpenTimesQuerySchema = rangeRefinements(z.strictObject({ ...dateRange, reasonId: z.uuid() }));

export const openTimeSchema = z.object({ time: z.string(), startsAt: z.iso.datetime() });
export const openTimesSchema = z.object({
  durationMinutes: z.number().int(),
  days: z.array(z.object({ date: z.string(), open: z.boolean(), closedReason: z.string().nullable(), times: z.array(openTimeSchema) })),
});
export type OpenTimes = z.infer<typeof openTimesSchema>;

/**
 * A client books one open time. The time is checked again inside the booking's transaction
 * (the clinic row locked): when someone took it meanwhile the answer is 409 naming `startTime`.
 */
export const selfScheduleInputSchema = z.strictObject({
  clinicId: z.uuid(),
  reasonId: z.uuid(),
  date: localDateSchema,
  startTime: localTimeSchema,
  /** One of the client's animals, when the client has any. */
  animalId: z.uuid().nullable().optional(),
  message: optionalText(2000),
});
export type SelfScheduleInput = z.input<typeof selfScheduleInputSchema>;
export const selfScheduledSchema = portalAppointmentSchema;

// ---------------------------------------------------------------- service commands

export const requestListCommandSchema = z.strictObject({ clinicId: z.uuid(), query: requestListQuerySchema });
export const acceptRequestCommandSchema = z.strictObject({ clinicId: z.uuid(), requestId: z.uuid(), accept: acceptRequestInputSchema });
export const declineRequestCommandSchema = z.strictObject({ clinicId: z.uuid(), requestId: z.uuid(), decline: declineRequestInputSchema });
export const hqOpenTimesCommandSchema = z.strictObject({ clinicId: z.uuid(), query: hqOpenTimesQuerySchema });
export const portalOpenTimesCommandSchema = z.strictObject({ clinicId: z.uuid(), query: portalOpenTimesQuerySchema });
