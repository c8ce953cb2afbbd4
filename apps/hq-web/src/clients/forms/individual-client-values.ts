import type { Client, COVERAGE_TYPES, IndividualClientInput } from '@tailwise/contracts';
import type { FieldPath } from 'react-hook-form';
import {
  ADDRESS_FIELDS,
  type AddressValues,
  addressValues,
  EMERGENCY_CONTACT_FIELDS,
  type EmergencyContactValues,
  emergencyContactToBody,
  emergencyContactValues,
  emptyAddress,
  emptyEmergencyContact,
  fieldMatcher,
  numberOrNull,
  optionalAddressToBody,
  PHONE_FIELDS,
  type PhoneRow,
  phoneRows,
  phonesToBody,
  textOrNull,
} from './form-values';

/** Create Client (a pet owner), as the form holds it: the Basic fields, then the Advanced sections. */
export interface IndividualClientFormValues {
  firstName: string;
  lastName: string;
  preferredLanguage: string;
  timeZone: string;
  email: string;
  emailConsent: boolean;
  mobile: string;
  smsConsent: boolean;
  mobileIsPrimary: boolean;
  allowLogin: boolean;
  // Client Details
  salutation: string;
  pronouns: string;
  sexAssignedAtBirth: string;
  dateOfBirth: string;
  voiceConsent: boolean;
  address: AddressValues;
  referringProvider: string;
  qualified: boolean;
  veteranId: string;
  treatingClinicId: string;
  alert: string;
  notes: string;
  // Contact Information
  otherPhones: PhoneRow[];
  emergencyContact: EmergencyContactValues;
  // Billing and Coverage
  coverageType: (typeof COVERAGE_TYPES)[number];
  coverageProvider: string;
  coverageNumber: string;
  authorizationNumber: string;
  caseNumber: string;
  numberOfSessions: number | string;
  billingNotes: string;
  /** Kept as it was: the form does not show it, and an edit replaces the whole record. */
  assignedStaffUserId: string | null;
}

export type IndividualClientDetails = Extract<Client, { kind: 'individual' }>['details'];

export interface IndividualClientDefaults {
  /** From My Clients: the signed-in staff member. */
  assignedStaffUserId?: string | null;
  timeZone?: string;
  treatingClinicId?: string;
}

export function individualClientDefaults({ assignedStaffUserId = null, timeZone = '', treatingClinicId = '' }: IndividualClientDefaults = {}): IndividualClientFormValues {
  return {
    firstName: '',
    lastName: '',
    preferredLanguage: 'en',
    timeZone,
    email: '',
    // On by default: clients need it to receive appointment links and access codes by email.
    emailConsent: true,
    mobile: '',
    smsConsent: false,
    mobileIsPrimary: true,
    allowLogin: false,
    salutation: '',
    pronouns: '',
    sexAssignedAtBirth: '',
    dateOfBirth: '',
    voiceConsent: false,
    address: emptyAddress(),
    referringProvider: '',
    qualified: false,
    veteranId: '',
    treatingClinicId,
    alert: '',
    notes: '',
    otherPhones: [],
    emergencyContact: emptyEmergencyContact(),
    coverageType: 'none',
    coverageProvider: '',
    coverageNumber: '',
    authorizationNumber: '',
    caseNumber: '',
    numberOfSessions: '',
    billingNotes: '',
    assignedStaffUserId,
  };
}

/** The edit form of a saved client. */
export function individualClientValues(details: IndividualClientDetails): IndividualClientFormValues {
  return {
    firstName: details.firstName,
    lastName: details.lastName,
    preferredLanguage: details.preferredLanguage,
    timeZone: details.timeZone ?? '',
    email: details.email ?? '',
    emailConsent: details.emailConsent,
    mobile: details.mobile ?? '',
    smsConsent: details.smsConsent,
    mobileIsPrimary: details.mobileIsPrimary,
    allowLogin: details.allowLogin,
    salutation: details.salutation ?? '',
    pronouns: details.pronouns ?? '',
    sexAssignedAtBirth: details.sexAssignedAtBirth ?? '',
    dateOfBirth: details.dateOfBirth ?? '',
    voiceConsent: details.voiceConsent,
    address: addressValues(details.address),
    referringProvider: details.referringProvider ?? '',
    qualified: details.qualified,
    veteranId: details.veteranId ?? '',
    treatingClinicId: details.treatingClinicId ?? '',
    alert: details.alert ?? '',
    notes: details.notes ?? '',
    otherPhones: phoneRows(details.otherPhones),
    emergencyContact: emergencyContactValues(details.emergencyContact),
    coverageType: details.coverageType,
    coverageProvider: details.coverageProvider ?? '',
    coverageNumber: details.coverageNumber ?? '',
    authorizationNumber: details.authorizationNumber ?? '',
    caseNumber: details.caseNumber ?? '',
    numberOfSessions: details.numberOfSessions ?? '',
    billingNotes: details.billingNotes ?? '',
    assignedStaffUserId: details.assignedStaffUserId ?? null,
  };
}

/** The request body (create, or the whole record of an edit); blank optional fields are `null`. */
export function individualClientToBody(values: IndividualClientFormValues): IndividualClientInput {
  const covered = values.coverageType !== 'none';
  return {
    kind: 'individual',
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    preferredLanguage: values.preferredLanguage,
    timeZone: textOrNull(values.timeZone),
    email: textOrNull(values.email),
    emailConsent: values.emailConsent,
    mobile: textOrNull(values.mobile),
    smsConsent: values.smsConsent,
    mobileIsPrimary: values.mobileIsPrimary,
    allowLogin: values.allowLogin,
    salutation: textOrNull(values.salutation),
    pronouns: textOrNull(values.pronouns),
    sexAssignedAtBirth: textOrNull(values.sexAssignedAtBirth),
    dateOfBirth: textOrNull(values.dateOfBirth),
    voiceConsent: values.voiceConsent,
    address: optionalAddressToBody(values.address),
    referringProvider: textOrNull(values.referringProvider),
    qualified: values.qualified,
    veteranId: textOrNull(values.veteranId),
    treatingClinicId: textOrNull(values.treatingClinicId),
    alert: textOrNull(values.alert),
    otherPhones: phonesToBody(values.otherPhones),
    emergencyContact: emergencyContactToBody(values.emergencyContact),
    coverageType: values.coverageType,
    // The provider and its number belong to a coverage; without one they are not kept.
    coverageProvider: covered ? textOrNull(values.coverageProvider) : null,
    coverageNumber: covered ? textOrNull(values.coverageNumber) : null,
    authorizationNumber: textOrNull(values.authorizationNumber),
    caseNumber: textOrNull(values.caseNumber),
    numberOfSessions: numberOrNull(values.numberOfSessions) as number | null,
    billingNotes: textOrNull(values.billingNotes),
    notes: textOrNull(values.notes),
    assignedStaffUserId: values.assignedStaffUserId,
  };
}

const BASIC_FIELDS = [
  'firstName',
  'lastName',
  'preferredLanguage',
  'timeZone',
  'email',
  'emailConsent',
  'mobile',
  'smsConsent',
  'mobileIsPrimary',
  'allowLogin',
] as const;
const DETAILS_FIELDS = [
  'salutation',
  'pronouns',
  'sexAssignedAtBirth',
  'dateOfBirth',
  'voiceConsent',
  'referringProvider',
  'qualified',
  'veteranId',
  'treatingClinicId',
  'alert',
  'notes',
] as const;
const BILLING_FIELDS = [
  'coverageType',
  'coverageProvider',
  'coverageNumber',
  'authorizationNumber',
  'caseNumber',
  'numberOfSessions',
  'billingNotes',
] as const;

const isIndividualField = fieldMatcher({
  fields: [...BASIC_FIELDS, ...DETAILS_FIELDS, ...BILLING_FIELDS],
  groups: { address: ADDRESS_FIELDS, emergencyContact: EMERGENCY_CONTACT_FIELDS },
  lists: { otherPhones: PHONE_FIELDS },
});

const INDIVIDUAL_GROUP_FIELDS: Record<string, FieldPath<IndividualClientFormValues>> = {
  address: 'address.line1',
  emergencyContact: 'emergencyContact.name',
  otherPhones: 'otherPhones',
};

/** The field that shows an issue at a body path (`mobile`, `address.city`, `otherPhones.1.number`), or `null` for none. */
export function individualClientFieldOf(path: string): FieldPath<IndividualClientFormValues> | null {
  if (isIndividualField(path)) return path as FieldPath<IndividualClientFormValues>;
  return INDIVIDUAL_GROUP_FIELDS[path] ?? null;
}

/** The Advanced sections, which start folded: a section holding an error opens to show it. */
export type AdvancedSection = 'details' | 'contact' | 'billing';

export function advancedSectionOf(field: string): AdvancedSection | null {
  const root = field.split('.')[0];
  if ((DETAILS_FIELDS as readonly string[]).includes(root) || root === 'address') return 'details';
  if (root === 'otherPhones' || root === 'emergencyContact') return 'contact';
  if ((BILLING_FIELDS as readonly string[]).includes(root)) return 'billing';
  return null;
}
