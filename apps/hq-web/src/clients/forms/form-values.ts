import type { Address, EmergencyContact, Phone, PHONE_TYPES } from '@tailwise/contracts';

// What the client forms hold: text as typed (blank for "not given"), booleans for checkboxes.
// The `...ToBody` functions turn it into the contract's request body.

export interface PhoneRow {
  type: (typeof PHONE_TYPES)[number];
  number: string;
  primary: boolean;
}

export interface AddressValues {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

export interface EmergencyContactValues {
  name: string;
  phone: string;
  relationship: string;
}

export const ADDRESS_FIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;
export const EMERGENCY_CONTACT_FIELDS = ['name', 'phone', 'relationship'] as const;
export const PHONE_FIELDS = ['type', 'number', 'primary'] as const;

export const DEFAULT_COUNTRY = 'US';

/** Trimmed text, or `null` for a blank optional field. */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed ? trimmed : null;
}

/** A number typed into a number input, or `null` when it was left empty. */
export function numberOrNull(value: number | string | null | undefined): number | string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const trimmed = (value ?? '').trim();
  if (!trimmed) return null;
  const parsed = Number(trimmed);
  // Left as typed when it is not a number, so the schema names the field.
  return Number.isFinite(parsed) ? parsed : trimmed;
}

export function emptyAddress(): AddressValues {
  return { line1: '', line2: '', city: '', region: '', postalCode: '', country: DEFAULT_COUNTRY };
}

export function addressValues(address: Address | null | undefined): AddressValues {
  if (!address) return emptyAddress();
  return {
    line1: address.line1,
    line2: address.line2 ?? '',
    city: address.city,
    region: address.region,
    postalCode: address.postalCode,
    country: address.country || DEFAULT_COUNTRY,
  };
}

/** An address the form must send: blank required parts stay blank, so the schema names them. */
export function addressToBody(values: AddressValues) {
  return {
    line1: values.line1.trim(),
    line2: textOrNull(values.line2),
    city: values.city.trim(),
    region: values.region.trim(),
    postalCode: values.postalCode.trim(),
    country: values.country.trim() || DEFAULT_COUNTRY,
  };
}

/** An optional address: `null` when nothing but the country was filled in. */
export function optionalAddressToBody(values: AddressValues) {
  const blank = ADDRESS_FIELDS.every((field) => field === 'country' || !values[field].trim());
  return blank ? null : addressToBody(values);
}

export function emptyEmergencyContact(): EmergencyContactValues {
  return { name: '', phone: '', relationship: '' };
}

export function emergencyContactValues(contact: EmergencyContact | null | undefined): EmergencyContactValues {
  if (!contact) return emptyEmergencyContact();
  return { name: contact.name, phone: contact.phone, relationship: contact.relationship ?? '' };
}

/** `null` when every part is blank; otherwise the contact, whose blank required parts the schema names. */
export function emergencyContactToBody(values: EmergencyContactValues) {
  if (EMERGENCY_CONTACT_FIELDS.every((field) => !values[field].trim())) return null;
  return { name: values.name.trim(), phone: values.phone.trim(), relationship: textOrNull(values.relationship) };
}

export function newPhoneRow(type: PhoneRow['type'], primary = false): PhoneRow {
  return { type, number: '', primary };
}

export function phoneRows(phones: readonly Phone[] | null | undefined): PhoneRow[] {
  return (phones ?? []).map((phone) => ({ type: phone.type, number: phone.number, primary: phone.primary }));
}

export function phonesToBody(rows: readonly PhoneRow[]) {
  return rows.map((row) => ({ type: row.type, number: row.number.trim(), primary: row.primary }));
}

/**
 * A matcher for the fields of a form: `fields` are exact names, `groups` name a group and its
 * parts (`physicalAddress` + `city` → `physicalAddress.city`), `lists` name rows of parts
 * (`phones` → `phones.0.number`).
 */
export function fieldMatcher({
  fields = [],
  groups = {},
  lists = {},
}: {
  fields?: readonly string[];
  groups?: Record<string, readonly string[]>;
  lists?: Record<string, readonly string[]>;
}): (path: string) => boolean {
  const exact = new Set(fields);
  for (const [group, parts] of Object.entries(groups)) for (const part of parts) exact.add(`${group}.${part}`);
  const rows = Object.entries(lists).map(([list, parts]) => new RegExp(`^${list}\\.\\d+\\.(${parts.join('|')})$`));
  return (path) => exact.has(path) || rows.some((row) => row.test(path));
}
