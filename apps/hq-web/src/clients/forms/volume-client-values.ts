import type { Client, VolumeClientInput } from '@tailwise/contracts';
import type { FieldPath } from 'react-hook-form';
import {
  ADDRESS_FIELDS,
  type AddressValues,
  addressToBody,
  addressValues,
  EMERGENCY_CONTACT_FIELDS,
  type EmergencyContactValues,
  emergencyContactToBody,
  emergencyContactValues,
  emptyAddress,
  emptyEmergencyContact,
  fieldMatcher,
  newPhoneRow,
  PHONE_FIELDS,
  type PhoneRow,
  phoneRows,
  phonesToBody,
  textOrNull,
} from './form-values';

/** Create Volume Client, as the form holds it. */
export interface VolumeClientFormValues {
  organizationName: string;
  contactFirstName: string;
  contactLastName: string;
  phones: PhoneRow[];
  invoiceEmail: string;
  physicalAddress: AddressValues;
  /** "Use physical address": the mailing address fields are hidden and not sent. */
  mailingUsesPhysical: boolean;
  mailingAddress: AddressValues;
  billingUsesPhysical: boolean;
  billingAddress: AddressValues;
  emergencyContact: EmergencyContactValues;
  notes: string;
  /** Kept as it was: the form does not show it, and an edit replaces the whole record. */
  assignedStaffUserId: string | null;
}

export type VolumeClientDetails = Extract<Client, { kind: 'volume' }>['details'];

export function volumeClientDefaults(assignedStaffUserId: string | null = null): VolumeClientFormValues {
  return {
    organizationName: '',
    contactFirstName: '',
    contactLastName: '',
    phones: [newPhoneRow('work', true)],
    invoiceEmail: '',
    physicalAddress: emptyAddress(),
    mailingUsesPhysical: true,
    mailingAddress: emptyAddress(),
    billingUsesPhysical: true,
    billingAddress: emptyAddress(),
    emergencyContact: emptyEmergencyContact(),
    notes: '',
    assignedStaffUserId,
  };
}

/** The edit form of a saved volume client. */
export function volumeClientValues(details: VolumeClientDetails): VolumeClientFormValues {
  const phones = phoneRows(details.phones);
  return {
    organizationName: details.organizationName,
    contactFirstName: details.contactFirstName,
    contactLastName: details.contactLastName,
    phones: phones.length > 0 ? phones : [newPhoneRow('work', true)],
    invoiceEmail: details.invoiceEmail ?? '',
    physicalAddress: addressValues(details.physicalAddress),
    mailingUsesPhysical: details.mailingUsesPhysical,
    mailingAddress: addressValues(details.mailingAddress),
    billingUsesPhysical: details.billingUsesPhysical,
    billingAddress: addressValues(details.billingAddress),
    emergencyContact: emergencyContactValues(details.emergencyContact),
    notes: details.notes ?? '',
    assignedStaffUserId: details.assignedStaffUserId ?? null,
  };
}

/**
 * The request body (create, or the whole record of an edit). An address that uses the
 * physical address is left out; blank optional fields are `null`.
 */
export function volumeClientToBody(values: VolumeClientFormValues): VolumeClientInput {
  return {
    kind: 'volume',
    organizationName: values.organizationName.trim(),
    contactFirstName: values.contactFirstName.trim(),
    contactLastName: values.contactLastName.trim(),
    phones: phonesToBody(values.phones),
    invoiceEmail: textOrNull(values.invoiceEmail),
    physicalAddress: addressToBody(values.physicalAddress),
    mailingUsesPhysical: values.mailingUsesPhysical,
    ...(values.mailingUsesPhysical ? {} : { mailingAddress: addressToBody(values.mailingAddress) }),
    billingUsesPhysical: values.billingUsesPhysical,
    ...(values.billingUsesPhysical ? {} : { billingAddress: addressToBody(values.billingAddress) }),
    emergencyContact: emergencyContactToBody(values.emergencyContact),
    notes: textOrNull(values.notes),
    assignedStaffUserId: values.assignedStaffUserId,
  };
}

const isVolumeField = fieldMatcher({
  fields: ['organizationName', 'contactFirstName', 'contactLastName', 'invoiceEmail', 'notes', 'mailingUsesPhysical', 'billingUsesPhysical'],
  groups: {
    physicalAddress: ADDRESS_FIELDS,
    mailingAddress: ADDRESS_FIELDS,
    billingAddress: ADDRESS_FIELDS,
    emergencyContact: EMERGENCY_CONTACT_FIELDS,
  },
  lists: { phones: PHONE_FIELDS },
});

/** Issues about a whole group are shown on the field that stands for it. */
const VOLUME_GROUP_FIELDS: Record<string, FieldPath<VolumeClientFormValues>> = {
  phones: 'phones',
  physicalAddress: 'physicalAddress.line1',
  // "Enter a mailing address or use the physical address": beside the "Use physical address" box.
  mailingAddress: 'mailingUsesPhysical',
  billingAddress: 'billingUsesPhysical',
  emergencyContact: 'emergencyContact.name',
};

/** The field that shows an issue at a body path (`phones.0.number`, `physicalAddress.city`, `mailingAddress`), or `null` for none. */
export function volumeClientFieldOf(path: string): FieldPath<VolumeClientFormValues> | null {
  if (isVolumeField(path)) return path as FieldPath<VolumeClientFormValues>;
  return VOLUME_GROUP_FIELDS[path] ?? null;
}
