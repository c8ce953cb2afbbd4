import { z } from 'zod';
import { emailSchema } from '../common/common.schemas';

// Clinic setup (HQ: Settings → Clinic). Times are the clinic's local wall-clock time (`HH:mm`)
// and dates are `YYYY-MM-DD` in the clinic's time zone; services convert with the zone.

// ---------------------------------------------------------------- building blocks

const requiredText = (max: number) => z.string().trim().min(1, { error: 'Required' }).max(max);
/** An optional text field: blank input from a form counts as not given. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const localTimeSchema = z.string().regex(LOCAL_TIME, { error: 'Use a time like 08:00 or 17:30' });
export const localDateSchema = z.iso.date({ error: 'Use a date like 2024-05-31' });

/** ISO weekdays: Monday is 1, Sunday is 7. */
export const weekdaySchema = z.number().int().min(1).max(7);

export const clinicIdSchema = z.strictObject({ clinicId: z.uuid() });

// ---------------------------------------------------------------- the clinic

export const clinicSchema = z.object({ id: z.uuid(), organizationId: z.uuid(), name: z.string(), timeZone: z.string() });
export type Clinic = z.infer<typeof clinicSchema>;

// ---------------------------------------------------------------- hours of operation

/** One interval within the day: `closes` is after `opens` on the same day. */
export const openingHoursSchema = z
  .strictObject({ opens: localTimeSchema, closes: localTimeSchema })
  .refine((h) => !LOCAL_TIME.test(h.opens) || !LOCAL_TIME.test(h.closes) || h.closes > h.opens, { path: ['closes'], error: 'Closing time must be after opening time' });

/** `hours: null` is a closed day. */
export const dayHoursSchema = z.strictObject({ weekday: weekdaySchema, hours: openingHoursSchema.nullable() });
export type DayHours = z.infer<typeof dayHoursSchema>;

/** The whole week, Monday to Sunday, each day once. */
export const weeklyHoursSchema = z
  .strictObject({ days: z.array(dayHoursSchema).length(7, { error: 'Give all 7 weekdays, Monday (1) to Sunday (7)' }) })
  .superRefine((v, ctx) => {
    v.days.forEach((day, index) => {
      if (day.weekday !== index + 1) {
        ctx.addIssue({ code: 'custom', path: ['days', index, 'weekday'], message: `Expected weekday ${index + 1} here (Monday is 1)` });
      }
    });
  });
export type WeeklyHours = z.infer<typeof weeklyHoursSchema>;

export const setHoursCommandSchema = z.strictObject({ clinicId: z.uuid(), hours: weeklyHoursSchema });

// ---------------------------------------------------------------- closures and holidays

export const closureInputSchema = z
  .strictObject({
    startDate: localDateSchema,
    /** Inclusive: a one-day closure starts and ends on the same date. */
    endDate: localDateSchema,
    reason: requiredText(200),
  })
  .refine((c) => c.endDate >= c.startDate, { path: ['endDate'], error: 'The end date must be on or after the start date' });
export type ClosureInput = z.input<typeof closureInputSchema>;
export type ClosureData = z.output<typeof closureInputSchema>;

export const closureSchema = z.object({ id: z.uuid(), startDate: z.string(), endDate: z.string(), reason: z.string() });
export type Closure = z.infer<typeof closureSchema>;

export const createClosureCommandSchema = z.strictObject({ clinicId: z.uuid(), closure: closureInputSchema });
export const updateClosureCommandSchema = z.strictObject({ clinicId: z.uuid(), closureId: z.uuid(), closure: closureInputSchema });
export const closureIdSchema = z.strictObject({ clinicId: z.uuid(), closureId: z.uuid() });

// ---------------------------------------------------------------- appointment types

export const APPOINTMENT_CATEGORIES = ['surgery', 'wellness', 'boarding', 'all-day', 'other'] as const;
export type AppointmentCategory = (typeof APPOINTMENT_CATEGORIES)[number];

export const appointmentTypeInputSchema = z.strictObject({
  name: requiredText(100),
  category: z.enum(APPOINTMENT_CATEGORIES),
  defaultDurationMinutes: z
    .number()
    .int()
    .min(5, { error: 'At least 5 minutes' })
    .max(1440, { error: 'At most 1440 minutes (one day)' })
    .multipleOf(5, { error: 'Use a multiple of 5 minutes' }),
  active: z.boolean().default(true),
});
export type AppointmentTypeInput = z.input<typeof appointmentTypeInputSchema>;
export type AppointmentTypeData = z.output<typeof appointmentTypeInputSchema>;

export const appointmentTypeSchema = z.object({ id: z.uuid(), ...appointmentTypeInputSchema.shape, name: z.string() });
export type AppointmentType = z.infer<typeof appointmentTypeSchema>;

export const createAppointmentTypeCommandSchema = z.strictObject({ clinicId: z.uuid(), appointmentType: appointmentTypeInputSchema });
export const updateAppointmentTypeCommandSchema = z.strictObject({
  clinicId: z.uuid(),
  appointmentTypeId: z.uuid(),
  appointmentType: appointmentTypeInputSchema,
});
export const appointmentTypeIdSchema = z.strictObject({ clinicId: z.uuid(), appointmentTypeId: z.uuid() });

// ---------------------------------------------------------------- day capacity (surgery)

export const CAPACITY_SPECIES = ['cat', 'dog', 'rabbit', 'other'] as const;
export type CapacitySpecies = (typeof CAPACITY_SPECIES)[number];
export const CAPACITY_SEXES = ['female', 'male'] as const;
export type CapacitySex = (typeof CAPACITY_SEXES)[number];

const weightKg = z.number().min(0, { error: 'Weight cannot be negative' }).max(1000).nullable();

/**
 * Surgery places per day for one category of animal. `null` species or sex means any; a null
 * weight bound is open-ended; `minWeightKg` is inclusive, `maxWeightKg` exclusive. A rule
 * given with the `id` of an existing rule keeps that id (bookings refer to it).
 */
export const capacityRuleInputSchema = z
  .strictObject({
    id: z.uuid().optional(),
    label: requiredText(100),
    species: z.enum(CAPACITY_SPECIES).nullable().default(null),
    sex: z.enum(CAPACITY_SEXES).nullable().default(null),
    minWeightKg: weightKg.default(null),
    maxWeightKg: weightKg.default(null),
    limit: z.number().int().min(0, { error: 'Use 0 or more places' }).max(10_000),
  })
  .refine((r) => r.minWeightKg === null || r.maxWeightKg === null || r.maxWeightKg > r.minWeightKg, {
    path: ['maxWeightKg'],
    error: 'The maximum weight must be more than the minimum weight',
  });
export type CapacityRuleInput = z.input<typeof capacityRuleInputSchema>;
export type CapacityRuleData = z.output<typeof capacityRuleInputSchema>;

/**
 * The clinic's whole rule set, replaced at once so that overlaps are checked as a set: two
 * rules whose species, sexes and weight ranges all overlap are refused (an animal matches at
 * most one rule). The service checks that; this schema checks each rule's own shape.
 */
export const capacityRuleSetInputSchema = z
  .strictObject({ rules: z.array(capacityRuleInputSchema).max(100) })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.rules.forEach((rule, index) => {
      if (!rule.id) return;
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: 'This rule is given twice' });
      seen.add(rule.id);
    });
  });
export type CapacityRuleSetInput = z.input<typeof capacityRuleSetInputSchema>;

export const capacityRuleSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  species: z.enum(CAPACITY_SPECIES).nullable(),
  sex: z.enum(CAPACITY_SEXES).nullable(),
  minWeightKg: z.number().nullable(),
  maxWeightKg: z.number().nullable(),
  limit: z.number().int(),
});
export type CapacityRule = z.infer<typeof capacityRuleSchema>;

export const setCapacityRulesCommandSchema = z.strictObject({ clinicId: z.uuid(), capacityRules: capacityRuleSetInputSchema });

// ---------------------------------------------------------------- appointment reasons

/** What a client picks when requesting or self-scheduling; its type gives the duration. */
export const appointmentReasonInputSchema = z.strictObject({
  name: requiredText(100),
  description: optionalText(1000),
  /** At most one reason of a clinic is the default: making one the default clears the last. */
  isDefault: z.boolean().default(false),
  appointmentTypeId: z.uuid(),
  isActive: z.boolean().default(true),
});
export type AppointmentReasonInput = z.input<typeof appointmentReasonInputSchema>;
export type AppointmentReasonData = z.output<typeof appointmentReasonInputSchema>;

export const appointmentReasonSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  isDefault: z.boolean(),
  appointmentTypeId: z.uuid(),
  isActive: z.boolean(),
});
export type AppointmentReason = z.infer<typeof appointmentReasonSchema>;

export const createReasonCommandSchema = z.strictObject({ clinicId: z.uuid(), reason: appointmentReasonInputSchema });
export const updateReasonCommandSchema = z.strictObject({ clinicId: z.uuid(), reasonId: z.uuid(), reason: appointmentReasonInputSchema });
export const reasonIdSchema = z.strictObject({ clinicId: z.uuid(), reasonId: z.uuid() });

// ---------------------------------------------------------------- portal options

export const portalOptionsInputSchema = z
  .strictObject({
    /** Individual clients may request appointments from the portal. */
    allowRequests: z.boolean(),
    /** The button's label in the portal. */
    requestLabel: requiredText(100).default('Request an appointment'),
    /** Where a notice of each new request goes; none when null. */
    requestNotificationEmail: z
      .union([emailSchema, z.literal('')])
      .optional()
      .nullable()
      .transform((v) => (v ? v : null)),
    allowSelfScheduling: z.boolean(),
    showOfficeHours: z.boolean(),
    /** Shown with (or instead of) the hours of operation. */
    officeHoursText: optionalText(2000),
  });
export type PortalOptionsInput = z.input<typeof portalOptionsInputSchema>;

export const portalOptionsSchema = z.object({
  allowRequests: z.boolean(),
  requestLabel: z.string(),
  requestNotificationEmail: z.string().nullable(),
  allowSelfScheduling: z.boolean(),
  showOfficeHours: z.boolean(),
  officeHoursText: z.string().nullable(),
});
export type PortalOptions = z.infer<typeof portalOptionsSchema>;

export const setPortalOptionsCommandSchema = z.strictObject({ clinicId: z.uuid(), portalOptions: portalOptionsInputSchema });

// ---------------------------------------------------------------- the whole setup

/** A clinic's whole setup in one read (Settings → Clinic, and later the calendar). */
export const clinicSetupSchema = z.object({
  clinic: clinicSchema,
  hours: z.object({ days: z.array(dayHoursSchema) }),
  closures: z.array(closureSchema),
  appointmentTypes: z.array(appointmentTypeSchema),
  capacityRules: z.array(capacityRuleSchema),
  reasons: z.array(appointmentReasonSchema),
  portalOptions: portalOptionsSchema,
});
export type ClinicSetup = z.infer<typeof clinicSetupSchema>;
