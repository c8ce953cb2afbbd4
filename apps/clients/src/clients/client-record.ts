import {
  phoneDigits,
  type Client,
  type ClientData,
  type ClientSnapshot,
  type ClientSummary,
  type IndividualClientData,
  type VolumeClientData,
} from '@tailwise/contracts';
import { searchText } from '../search/search-text';
import type { VisitDates } from '../visits/visit-dates';
import type { ClientEntity } from './client.entity';

export interface PhoneRow {
  position: number;
  type: string;
  number: string;
  digits: string;
}

/** The columns a client's details imply, computed on every write. */
export interface DerivedClient {
  details: ClientData;
  displayName: string;
  sortName: string;
  searchName: string;
  email: string | null;
  primaryPhone: string | null;
  assignedStaffUserId: string | null;
  phones: PhoneRow[];
}

/**
 * The stored form of validated input: every optional field present (null when not given),
 * and an address that "uses the physical address" not kept twice.
 */
export function normalizeDetails(data: ClientData): ClientData {
  if (data.kind === 'volume') {
    return {
      ...data,
      mailingAddress: data.mailingUsesPhysical ? null : (data.mailingAddress ?? null),
      billingAddress: data.billingUsesPhysical ? null : (data.billingAddress ?? null),
      emergencyContact: data.emergencyContact ?? null,
      assignedStaffUserId: data.assignedStaffUserId ?? null,
    };
  }
  return {
    ...data,
    address: data.address ?? null,
    treatingClinicId: data.treatingClinicId ?? null,
    emergencyContact: data.emergencyContact ?? null,
    numberOfSessions: data.numberOfSessions ?? null,
    assignedStaffUserId: data.assignedStaffUserId ?? null,
  };
}

export function deriveClient(data: ClientData): DerivedClient {
  const details = normalizeDetails(data);
  const displayName = displayNameOf(details);
  return {
    details,
    displayName,
    sortName: displayName.toLowerCase(),
    searchName: details.kind === 'volume'
      ? searchText(details.organizationName, details.contactFirstName, details.contactLastName)
      : searchText(details.firstName, details.lastName),
    email: (details.kind === 'volume' ? details.invoiceEmail : details.email) ?? null,
    primaryPhone: primaryPhoneOf(details),
    assignedStaffUserId: details.assignedStaffUserId ?? null,
    phones: phonesOf(details).map((p, position) => ({ position, type: p.type, number: p.number, digits: phoneDigits(p.number) })),
  };
}

export function displayNameOf(details: ClientData): string {
  return details.kind === 'volume' ? details.organizationName : `${details.firstName} ${details.lastName}`;
}

function phonesOf(details: ClientData): { type: string; number: string }[] {
  if (details.kind === 'volume') return details.phones;
  return [...(details.mobile ? [{ type: 'mobile', number: details.mobile }] : []), ...details.otherPhones];
}

/** The number flagged primary; else the mobile (individuals) or the first number. */
export function primaryPhoneOf(details: ClientData): string | null {
  if (details.kind === 'volume') return (details.phones.find((p) => p.primary) ?? details.phones[0])?.number ?? null;
  return primaryOfIndividual(details);
}

function primaryOfIndividual(d: IndividualClientData): string | null {
  if (d.mobile && d.mobileIsPrimary) return d.mobile;
  return d.otherPhones.find((p) => p.primary)?.number ?? d.mobile ?? d.otherPhones[0]?.number ?? null;
}

/** What other services keep of a client (the clientCreated/clientUpdated events). */
export function clientSnapshot(entity: ClientEntity): ClientSnapshot {
  return {
    clientId: entity.id,
    organizationId: entity.organizationId,
    kind: entity.kind,
    displayName: entity.displayName,
    email: entity.email,
    primaryPhone: entity.primaryPhone,
    emergencyContactPhone: entity.details.emergencyContact?.phone ?? null,
    status: entity.status,
  };
}

/**
 * `animalCount` and the visit dates are worked out when read (animals_client_name_idx,
 * client_appointments_client_idx): always right, and neither an animal nor an appointment
 * ever rewrites its client.
 */
export function toClient(entity: ClientEntity, animalCount: number, visits: VisitDates): Client {
  const common = {
    id: entity.id,
    displayName: entity.displayName,
    status: entity.status,
    disabledAt: entity.disabledAt?.toISOString() ?? null,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    animalCount,
    lastVisitDate: visits.lastVisitDate,
    nextVisitDate: visits.nextVisitDate,
  };
  return entity.details.kind === 'volume'
    ? { ...common, kind: 'volume', details: entity.details as VolumeClientData }
    : { ...common, kind: 'individual', details: entity.details as IndividualClientData };
}

export type ClientSummaryRow = Pick<ClientEntity, 'id' | 'kind' | 'displayName' | 'status' | 'primaryPhone' | 'email'> & {
  animalCount: number;
};

export function toClientSummary(row: ClientSummaryRow): ClientSummary {
  return {
    id: row.id,
    kind: row.kind,
    displayName: row.displayName,
    status: row.status,
    primaryPhone: row.primaryPhone,
    email: row.email,
    animalCount: row.animalCount,
  };
}
