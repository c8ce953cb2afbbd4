import { z } from 'zod';
import { emailSchema } from '../common/common.schemas';

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

/**
 * A phone number in any common format: "(555) 123-4567", "+1 555.123.4567", "5551234567".
 * Stored as typed; searched by its digits.
 */
export const phoneNumberSchema = z
  .string()
  .trim()
  .regex(/^\+?[\d\s().\-/]{7,25}$/, { error: 'Enter a valid phone number' })
  .refine((v) => {
    const digits = v.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15;
  }, { error: 'Enter a valid phone number' });

/** The digits of a phone number, for matching whatever format someone types. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

export const PHONE_TYPES = ['mobile', 'home', 'work', 'other'] as const;
export const phoneSchema = z.strictObject({
  type: z.enum(PHONE_TYPES),
  number: phoneNumberSchema,
  primary: z.boolean().default(false),
});
export type Phone = z.infer<typeof phoneSchema>;

export const addressSchema = z.strictObject({
  line1: requiredText(200),
  /** Apt, suite, floor. */
  line2: optionalText(200),
  city: requiredText(100),
  region: requiredText(100),
  postalCode: requiredText(20),
  country: z.string().trim().length(2, { error: 'Use a two-letter country code' }).toUpperCase().default('US'),
});
export type Address = z.infer<typeof addressSchema>;

export const emergencyContactSchema = z.strictObject({
  name: requiredText(200),
  phone: phoneNumberSchema,
  relationship: optionalText(100),
});
export type EmergencyContact = z.infer<typeof emergencyContactSchema>;

const isoDate = z.iso.date({ error: 'Use a date like 2024-05-31' });

// ---------------------------------------------------------------- volume clients

/** Create Volume Client: a rescue, shelter or TNR group that books surgery places in bulk. */
export const volumeClientInputSchema = z
  .strictObject({
    kind: z.literal('volume'),
    organizationName: requiredText(200),
    contactFirstName: requiredText(100),
    contactLastName: requiredText(100),
    phones: z.array(phoneSchema).min(1, { error: 'Enter at least one phone number' }).max(10),
    /** Where invoices go ("bill to"). */
    invoiceEmail: emailSchema.optional().nullable().transform((v) => v ?? null),
    physicalAddress: addressSchema,
    /** "Use physical address" for mailing; the mailing address is then not sent. */
    mailingUsesPhysical: z.boolean().default(true),
    mailingAddress: addressSchema.optional().nullable(),
    billingUsesPhysical: z.boolean().default(true),
    billingAddress: addressSchema.optional().nullable(),
    emergencyContact: emergencyContactSchema.optional().nullable(),
    notes: optionalText(5000),
    assignedStaffUserId: z.uuid().optional().nullable(),
  })
  .superRefine((v, ctx) => {
    if (!v.mailingUsesPhysical && !v.mailingAddress) {
      ctx.addIssue({ code: 'custom', path: ['mailingAddress'], message: 'Enter a mailing address or use the physical address' });
    }
    if (!v.billingUsesPhysical && !v.billingAddress) {
      ctx.addIssue({ code: 'custom', path: ['billingAddress'], message: 'Enter a billing address or use the physical address' });
    }
  });
export type VolumeClientInput = z.input<typeof volumeClientInputSchema>;
export type VolumeClientData = z.output<typeof volumeClientInputSchema>;

// ---------------------------------------------------------------- individual clients

export const COVERAGE_TYPES = ['none', 'pet-insurance', 'fee-program'] as const;

/** Create Client: a pet owner, with the Basic fields and the Advanced sections. */
export const individualClientInputSchema = z
  .strictObject({
    kind: z.literal('individual'),
    // Basic
    firstName: requiredText(100),
    lastName: requiredText(100),
    preferredLanguage: z.string().trim().min(2).max(35).default('en'),
    timeZone: optionalText(64),
    email: emailSchema.optional().nullable().transform((v) => v ?? null),
    emailConsent: z.boolean().default(true),
    mobile: z
      .union([phoneNumberSchema, z.literal('')])
      .optional()
      .nullable()
      .transform((v) => (v ? v : null)),
    smsConsent: z.boolean().default(false),
    mobileIsPrimary: z.boolean().default(true),
    /** "Allow login?": the email becomes the portal username and a claim email is sent. */
    allowLogin: z.boolean().default(false),
    // Advanced: details
    salutation: optionalText(20),
    pronouns: optionalText(40),
    sexAssignedAtBirth: optionalText(40),
    dateOfBirth: isoDate.optional().nullable().transform((v) => v ?? null),
    voiceConsent: z.boolean().default(false),
    address: addressSchema.optional().nullable(),
    referringProvider: optionalText(200),
    qualified: z.boolean().default(false),
    veteranId: optionalText(50),
    treatingClinicId: z.uuid().optional().nullable(),
    /** Shown on the profile and on appointment details. */
    alert: optionalText(500),
    // Advanced: contact information
    otherPhones: z.array(phoneSchema).max(10).default([]),
    emergencyContact: emergencyContactSchema.optional().nullable(),
    // Advanced: billing and coverage (for animals' owners: pet insurance or a fee program)
    coverageType: z.enum(COVERAGE_TYPES).default('none'),
    coverageProvider: optionalText(200),
    coverageNumber: optionalText(100),
    authorizationNumber: optionalText(100),
    caseNumber: optionalText(100),
    numberOfSessions: z.number().int().min(0).max(1000).optional().nullable(),
    billingNotes: optionalText(2000),
    notes: optionalText(5000),
    assignedStaffUserId: z.uuid().optional().nullable(),
  })
  .superRefine((v, ctx) => {
    if (v.smsConsent && !v.mobile) {
      ctx.addIssue({ code: 'custom', path: ['mobile'], message: 'Enter a mobile number for SMS, or turn SMS off' });
    }
    if (v.allowLogin && !v.email) {
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'An email is needed to allow login' });
    }
  });
export type IndividualClientInput = z.input<typeof individualClientInputSchema>;
export type IndividualClientData = z.output<typeof individualClientInputSchema>;

/** The body of creating or editing (whole-record replace) a client of either kind. */
export const clientInputSchema = z.discriminatedUnion('kind', [volumeClientInputSchema, individualClientInputSchema]);
export type ClientInput = z.input<typeof clientInputSchema>;
export type ClientData = z.output<typeof clientInputSchema>;

// ---------------------------------------------------------------- responses

export const CLIENT_KINDS = ['volume', 'individual'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];
export const CLIENT_STATUSES = ['active', 'disabled'] as const;

const clientCommon = {
  id: z.uuid(),
  /** Organization name for a volume client, "First Last" for an individual. */
  displayName: z.string(),
  status: z.enum(CLIENT_STATUSES),
  disabledAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  animalCount: z.number().int(),
  lastVisitDate: isoDate.nullable(),
  nextVisitDate: isoDate.nullable(),
};

export const clientSchema = z.discriminatedUnion('kind', [
  z.object({ ...clientCommon, kind: z.literal('volume'), details: z.object(volumeClientInputSchema.shape) }),
  z.object({ ...clientCommon, kind: z.literal('individual'), details: z.object(individualClientInputSchema.shape) }),
]);
export type Client = z.infer<typeof clientSchema>;

export const clientSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(CLIENT_KINDS),
  displayName: z.string(),
  status: z.enum(CLIENT_STATUSES),
  primaryPhone: z.string().nullable(),
  email: z.string().nullable(),
  animalCount: z.number().int(),
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const pageQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const clientListQuerySchema = pageQuerySchema.extend({
  /** `me`: My Clients, the clients assigned to the signed-in staff member. */
  assigned: z.enum(['me', 'anyone']).default('anyone'),
  kind: z.enum(CLIENT_KINDS).optional(),
  status: z.enum(CLIENT_STATUSES).optional(),
});
export type ClientListQuery = z.output<typeof clientListQuerySchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}
export const clientPageSchema = pageOf(clientSummarySchema);
export type ClientPage = z.infer<typeof clientPageSchema>;

// ---------------------------------------------------------------- search

export const SEARCH_TYPES = ['all', 'clients', 'volume-clients', 'animals'] as const;
export const searchQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().min(2, { error: 'Type at least 2 characters' }).max(100),
  type: z.enum(SEARCH_TYPES).default('all'),
});
export type SearchQuery = z.output<typeof searchQuerySchema>;

export const SEARCH_MATCHES = ['name', 'phone', 'email', 'animal-name', 'microchip'] as const;
export const searchResultSchema = z.object({
  kind: z.enum(['client', 'animal']),
  /** The client's id, or the animal's. */
  id: z.uuid(),
  clientId: z.uuid(),
  clientKind: z.enum(CLIENT_KINDS),
  title: z.string(),
  /** e.g. the owner's name for an animal, the phone or email that matched for a client. */
  subtitle: z.string().nullable(),
  status: z.string(),
  matchedOn: z.enum(SEARCH_MATCHES),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
export const searchPageSchema = pageOf(searchResultSchema).extend({
  /**
   * True when the query matched more records than a search counts (each kind of key, e.g.
   * client names or animal names, contributes at most 1,000): `total` is then "at least".
   * Exact phone, email and microchip matches are always found and come first; the others are
   * ranked among the matches counted. Narrow the search to see the rest.
   */
  totalIsLowerBound: z.boolean().optional(),
});
export type SearchPage = z.infer<typeof searchPageSchema>;

// ---------------------------------------------------------------- animals

export const SPECIES = ['cat', 'dog', 'rabbit', 'ferret', 'other'] as const;
export const ANIMAL_SEXES = ['female', 'male', 'unknown'] as const;
export const ALTERED_STATUSES = ['altered', 'intact', 'unknown'] as const;
export const ANIMAL_STATUSES = ['active', 'deceased'] as const;

/** 9 to 15 letters or digits (ISO 11784 chips are 15 digits; older ones 9 or 10). */
export const microchipSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{9,15}$/, { error: 'A microchip is 9 to 15 letters or digits' });

export const animalInputSchema = z
  .strictObject({
    name: requiredText(100),
    species: z.enum(SPECIES),
    sex: z.enum(ANIMAL_SEXES).default('unknown'),
    altered: z.enum(ALTERED_STATUSES).default('unknown'),
    breed: optionalText(100),
    colour: optionalText(100),
    dateOfBirth: isoDate.optional().nullable().transform((v) => v ?? null),
    /** When the date of birth is unknown. */
    estimatedAgeMonths: z.number().int().min(0).max(600).optional().nullable(),
    weightKg: z.number().positive({ error: 'Weight must be more than 0' }).max(200).optional().nullable(),
    microchip: microchipSchema.optional().nullable().or(z.literal('').transform(() => null)),
    status: z.enum(ANIMAL_STATUSES).default('active'),
    /** A community cat arriving in a trap: handled without touching. */
    arrivingInTrap: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.dateOfBirth && v.estimatedAgeMonths != null) {
      ctx.addIssue({ code: 'custom', path: ['estimatedAgeMonths'], message: 'Give a date of birth or an estimated age, not both' });
    }
  });
export type AnimalInput = z.input<typeof animalInputSchema>;
export type AnimalData = z.output<typeof animalInputSchema>;

export const animalSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  ...animalInputSchema.shape,
  microchip: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Animal = z.infer<typeof animalSchema>;

// ---------------------------------------------------------------- history

export const activitySchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  actorUserId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  /** e.g. `client.created`, `client.updated`, `client.disabled`, `animal.created`. */
  action: z.string(),
  /** Field → before and after, for updates. */
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).nullable(),
  summary: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;
export const activityPageSchema = pageOf(activitySchema);

// ---------------------------------------------------------------- commands (service side)

export const clientIdSchema = z.strictObject({ clientId: z.uuid() });
export const animalIdSchema = z.strictObject({ animalId: z.uuid() });
export const updateClientCommandSchema = z.strictObject({ clientId: z.uuid(), client: clientInputSchema });
export const createAnimalCommandSchema = z.strictObject({ clientId: z.uuid(), animal: animalInputSchema });
export const updateAnimalCommandSchema = z.strictObject({ animalId: z.uuid(), animal: animalInputSchema });
export const historyQuerySchema = pageQuerySchema.extend({ clientId: z.uuid() });

/** Why a delete was refused: what the client still has, and what to do instead. */
export const deleteRefusalSchema = z.object({
  reason: z.literal('has-records'),
  records: z.record(z.string(), z.number().int()),
  suggestion: z.literal('disable'),
});
