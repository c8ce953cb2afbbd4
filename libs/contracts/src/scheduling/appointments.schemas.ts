import { z } from 'zod';
import { APPOINTMENT_CATEGORIES, CAPACITY_SEXES, localDateSchema, localTimeSchema } from './scheduling.schemas';

// Appointments and the calendar (HQ: Calendar; Portal: Appointments). Dates are clinic-local
// `YYYY-MM-DD`, times clinic-local `HH:mm`; `startsAt`/`endsAt` are the same moments as instants.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

/**
 * scheduled → checked-in (in progress) → checked-out; scheduled → cancelled or no-show.
 * Once checked in or out, the portal shows the appointment read-only.
 */
export const APPOINTMENT_STATUSES = ['scheduled', 'checked-in', 'checked-out', 'cancelled', 'no-show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Statuses that hold a surgery place and a time: cancelled ones free both. */
export const HOLDING_STATUSES: readonly AppointmentStatus[] = ['scheduled', 'checked-in', 'checked-out', 'no-show'];

/** How the appointment came to be: booked by staff, an accepted request, or self-scheduled in the portal. */
export const APPOINTMENT_SOURCES = ['staff', 'request', 'self-scheduled'] as const;
export type AppointmentSource = (typeof APPOINTMENT_SOURCES)[number];

/** Species an appointment's animal may be; anything else the clinics record counts as `other`. */
export const APPOINTMENT_SPECIES = ['cat', 'dog', 'rabbit', 'ferret', 'other'] as const;
export const APPOINTMENT_ANIMAL_SEXES = [...CAPACITY_SEXES, 'unknown'] as const;

// ---------------------------------------------------------------- the animal on an appointment

/**
 * The animal an appointment is for, as the appointment holds it. Staff pick one of the client's
 * animals (`animalId`, details copied from the clients service's events); a rescue fills the
 * details in the portal for a released place (no `animalId`).
 */
export const appointmentAnimalInputSchema = z.strictObject({
  name: z.string().trim().min(1, { error: 'Required' }).max(100),
  species: z.enum(APPOINTMENT_SPECIES),
  sex: z.enum(APPOINTMENT_ANIMAL_SEXES).default('unknown'),
  weightKg: z.number().positive({ error: 'Weight must be more than 0' }).max(200).nullable().default(null),
  /** A community cat arriving in a trap. */
  arrivingInTrap: z.boolean().default(false),
});
export type AppointmentAnimalInput = z.input<typeof appointmentAnimalInputSchema>;
export type AppointmentAnimalData = z.output<typeof appointmentAnimalInputSchema>;

export const appointmentAnimalSchema = z.object({
  animalId: z.uuid().nullable(),
  name: z.string(),
  species: z.enum(APPOINTMENT_SPECIES),
  sex: z.enum(APPOINTMENT_ANIMAL_SEXES),
  weightKg: z.number().nullable(),
  arrivingInTrap: z.boolean(),
});
export type AppointmentAnimal = z.infer<typeof appointmentAnimalSchema>;

// ---------------------------------------------------------------- the appointment

export const appointmentSchema = z.object({
  id: z.uuid(),
  clinicId: z.uuid(),
  clientId: z.uuid(),
  clientName: z.string(),
  clientKind: z.enum(['individual', 'volume']),
  appointmentTypeId: z.uuid(),
  typeName: z.string(),
  category: z.enum(APPOINTMENT_CATEGORIES),
  /** Clinic-local date and start time. */
  date: z.string(),
  startTime: z.string(),
  durationMinutes: z.number().int(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  status: z.enum(APPOINTMENT_STATUSES),
  /** Visible in the portal (volume clients' appointments are released by staff). */
  released: z.boolean(),
  /** The day-capacity category whose place a surgery appointment holds. */
  capacityRuleId: z.uuid().nullable(),
  capacityLabel: z.string().nullable(),
  /** Null for a released surgery place whose animal the rescue has not filled in yet. */
  animal: appointmentAnimalSchema.nullable(),
  notes: z.string().nullable(),
  source: z.enum(APPOINTMENT_SOURCES),
  checkedInAt: z.iso.datetime().nullable(),
  checkedOutAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Appointment = z.infer<typeof appointmentSchema>;

// ---------------------------------------------------------------- booking (HQ)

const durationSchema = z
  .number()
  .int()
  .min(5, { error: 'At least 5 minutes' })
  .max(1440, { error: 'At most 1440 minutes (one day)' })
  .multipleOf(5, { error: 'Use a multiple of 5 minutes' });

/**
 * One appointment for a client's animal, or, for a volume client's surgery, a number of places
 * with no animal yet (`places`, each its own appointment, in `capacityRuleId`'s category).
 * The duration defaults to the type's. Refused (409, with the reason) on a closed day, over the
 * day's capacity, or for a disabled client.
 */
export const bookAppointmentInputSchema = z
  .strictObject({
    clientId: z.uuid(),
    appointmentTypeId: z.uuid(),
    date: localDateSchema,
    startTime: localTimeSchema,
    durationMinutes: durationSchema.optional(),
    /** One of the client's animals (from the clients service). */
    animalId: z.uuid().nullable().optional(),
    /** Surgery places with no animal yet (volume clients): how many. */
    places: z.number().int().min(1, { error: 'At least 1 place' }).max(100, { error: 'At most 100 places at once' }).optional(),
    /** The day-capacity category of those places. */
    capacityRuleId: z.uuid().nullable().optional(),
    /** Release to the portal at once (volume clients). */
    release: z.boolean().default(false),
    notes: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.places !== undefined && v.animalId) {
      ctx.addIssue({ code: 'custom', path: ['places'], message: 'Book places without an animal, or one appointment for an animal, not both' });
    }
    if (v.places !== undefined && !v.capacityRuleId) {
      ctx.addIssue({ code: 'custom', path: ['capacityRuleId'], message: 'Choose the surgery category of these places' });
    }
  });
export type BookAppointmentInput = z.input<typeof bookAppointmentInputSchema>;
export type BookAppointmentData = z.output<typeof bookAppointmentInputSchema>;

export const bookedAppointmentsSchema = z.object({ appointments: z.array(appointmentSchema) });
export type BookedAppointments = z.infer<typeof bookedAppointmentsSchema>;

/** Another date or time; a surgery place is checked against the new day's capacity. */
export const moveAppointmentInputSchema = z.strictObject({
  date: localDateSchema,
  startTime: localTimeSchema,
  durationMinutes: durationSchema.optional(),
});
export type MoveAppointmentInput = z.input<typeof moveAppointmentInputSchema>;

export const APPOINTMENT_ACTIONS = ['check-in', 'check-out', 'cancel', 'no-show'] as const;
export type AppointmentAction = (typeof APPOINTMENT_ACTIONS)[number];

export const releaseAppointmentsInputSchema = z.strictObject({
  appointmentIds: z.array(z.uuid()).min(1, { error: 'Choose at least one appointment' }).max(500),
});
export type ReleaseAppointmentsInput = z.input<typeof releaseAppointmentsInputSchema>;

// ---------------------------------------------------------------- the calendar

export const CALENDAR_MAX_DAYS = 42;

export const calendarQuerySchema = z
  .strictObject({ from: localDateSchema, to: localDateSchema })
  .refine((q) => q.to >= q.from, { path: ['to'], error: 'Must be on or after from' })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < CALENDAR_MAX_DAYS, {
    path: ['to'],
    error: `At most ${CALENDAR_MAX_DAYS} days at once`,
  });
export type CalendarQuery = z.infer<typeof calendarQuerySchema>;

/** One capacity category on one day: places held against the limit. */
export const capacityUseSchema = z.object({ ruleId: z.uuid(), label: z.string(), limit: z.number().int(), booked: z.number().int() });
export type CapacityUse = z.infer<typeof capacityUseSchema>;

export const calendarDaySchema = z.object({
  date: z.string(),
  open: z.boolean(),
  /** Why the clinic is closed, in words; null when open. */
  closedReason: z.string().nullable(),
  opens: z.string().nullable(),
  closes: z.string().nullable(),
  /** Appointments holding their time or place, per category (cancelled ones not counted). */
  counts: z.record(z.enum(APPOINTMENT_CATEGORIES), z.number().int()),
  capacity: z.array(capacityUseSchema),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

/** A clinic's days from `from` to `to` with every appointment on them, cancelled ones included. */
export const calendarSchema = z.object({ days: z.array(calendarDaySchema), appointments: z.array(appointmentSchema) });
export type Calendar = z.infer<typeof calendarSchema>;

// ---------------------------------------------------------------- service commands

export const appointmentIdSchema = z.strictObject({ clinicId: z.uuid(), appointmentId: z.uuid() });
export const bookAppointmentCommandSchema = z.strictObject({ clinicId: z.uuid(), appointment: bookAppointmentInputSchema });
export const moveAppointmentCommandSchema = z.strictObject({ clinicId: z.uuid(), appointmentId: z.uuid(), move: moveAppointmentInputSchema });
export const appointmentActionCommandSchema = z.strictObject({ clinicId: z.uuid(), appointmentId: z.uuid(), action: z.enum(APPOINTMENT_ACTIONS) });
export const releaseAppointmentsCommandSchema = z.strictObject({ clinicId: z.uuid(), release: releaseAppointmentsInputSchema });
export const setAppointmentAnimalCommandSchema = z.strictObject({ clinicId: z.uuid(), appointmentId: z.uuid(), animal: appointmentAnimalInputSchema });
export const calendarCommandSchema = z.strictObject({ clinicId: z.uuid(), range: calendarQuerySchema });
export const clientAppointmentsQuerySchema = z.strictObject({ clientId: z.uuid() });

// ---------------------------------------------------------------- the portal

/**
 * A released appointment as the portal shows it. `locked` once checked in or out: the portal
 * then shows it read-only with `lockedReason`.
 */
export const portalAppointmentSchema = z.object({
  id: z.uuid(),
  clinicId: z.uuid(),
  clinicName: z.string(),
  typeName: z.string(),
  category: z.enum(APPOINTMENT_CATEGORIES),
  date: z.string(),
  startTime: z.string(),
  startsAt: z.iso.datetime(),
  status: z.enum(APPOINTMENT_STATUSES),
  capacityLabel: z.string().nullable(),
  animal: appointmentAnimalSchema.nullable(),
  locked: z.boolean(),
  lockedReason: z.string().nullable(),
});
export type PortalAppointment = z.infer<typeof portalAppointmentSchema>;

/** The portal's commands name only the appointment: the link (organization, client) comes from the gateway's check. */
export const portalAppointmentIdSchema = z.strictObject({ appointmentId: z.uuid() });
export const portalSetAnimalCommandSchema = z.strictObject({ appointmentId: z.uuid(), animal: appointmentAnimalInputSchema });

/**
 * Which of a portal account's links the portal shows: a volume client's clinic appears only once
 * it has appointments for that client; an individual client's always (to request or book).
 */
export const portalVisibleLinksQuerySchema = z.strictObject({
  links: z.array(z.strictObject({ organizationId: z.uuid(), clientId: z.uuid() })).max(1000),
});
export const portalVisibleLinksSchema = z.object({ organizationIds: z.array(z.uuid()) });
export type PortalVisibleLinks = z.infer<typeof portalVisibleLinksSchema>;
