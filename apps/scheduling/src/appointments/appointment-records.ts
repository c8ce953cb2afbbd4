import type { Appointment, AppointmentAnimal, AppointmentAnimalData, AppointmentSnapshot, ClientKind, PortalAppointment } from '@tailwise/contracts';
import type { CapacityAnimal } from '../rules/capacity';
import type { AppointmentEntity } from './appointment.entity';
import { portalLockedReason } from './appointment-status';

/** What lists join to an appointment row: its type's name, its client, its capacity category's label. */
export interface AppointmentContext {
  typeName: string;
  clientName: string;
  clientKind: ClientKind;
  capacityLabel: string | null;
}

export type AnimalColumns = Pick<
  AppointmentEntity,
  'animalId' | 'animalName' | 'animalSpecies' | 'animalSex' | 'animalWeightKg' | 'animalArrivingInTrap'
>;

export const NO_ANIMAL: AnimalColumns = {
  animalId: null,
  animalName: null,
  animalSpecies: null,
  animalSex: null,
  animalWeightKg: null,
  animalArrivingInTrap: null,
};

export function animalColumns(animalId: string | null, animal: AppointmentAnimalData): AnimalColumns {
  return {
    animalId,
    animalName: animal.name,
    animalSpecies: animal.species,
    animalSex: animal.sex,
    animalWeightKg: animal.weightKg,
    animalArrivingInTrap: animal.arrivingInTrap,
  };
}

export function toAnimal(row: AnimalColumns): AppointmentAnimal | null {
  if (row.animalName === null || row.animalSpecies === null) return null;
  return {
    animalId: row.animalId,
    name: row.animalName,
    species: row.animalSpecies,
    sex: row.animalSex ?? 'unknown',
    weightKg: row.animalWeightKg,
    arrivingInTrap: row.animalArrivingInTrap ?? false,
  };
}

/** Capacity rules know cats, dogs and rabbits by name; every other species counts as `other`. */
const CAPACITY_SPECIES = new Set(['cat', 'dog', 'rabbit']);

export function capacityAnimal(animal: Pick<AppointmentAnimal, 'species' | 'sex' | 'weightKg'>): CapacityAnimal {
  return { species: CAPACITY_SPECIES.has(animal.species) ? animal.species : 'other', sex: animal.sex, weightKg: animal.weightKg };
}

export function toAppointment(row: AppointmentEntity, context: AppointmentContext): Appointment {
  return {
    id: row.id,
    clinicId: row.clinicId,
    clientId: row.clientId,
    clientName: context.clientName,
    clientKind: context.clientKind,
    appointmentTypeId: row.appointmentTypeId,
    typeName: context.typeName,
    category: row.category,
    date: row.localDate,
    startTime: row.startTime,
    durationMinutes: row.durationMinutes,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    status: row.status,
    released: row.released,
    capacityRuleId: row.capacityRuleId,
    capacityLabel: context.capacityLabel,
    animal: toAnimal(row),
    notes: row.notes,
    source: row.source,
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
    checkedOutAt: row.checkedOutAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toPortalAppointment(row: AppointmentEntity, context: Pick<AppointmentContext, 'typeName' | 'capacityLabel'> & { clinicName: string }): PortalAppointment {
  const lockedReason = portalLockedReason(row.status);
  return {
    id: row.id,
    clinicId: row.clinicId,
    clinicName: context.clinicName,
    typeName: context.typeName,
    category: row.category,
    date: row.localDate,
    startTime: row.startTime,
    startsAt: row.startsAt.toISOString(),
    status: row.status,
    capacityLabel: context.capacityLabel,
    animal: toAnimal(row),
    locked: lockedReason !== null,
    lockedReason,
  };
}

/** The event data of a change: the appointment as it now is. */
export function toSnapshot(row: AppointmentEntity, deleted = false): AppointmentSnapshot {
  return {
    appointmentId: row.id,
    organizationId: row.organizationId,
    clinicId: row.clinicId,
    clientId: row.clientId,
    date: row.localDate,
    startsAt: row.startsAt.toISOString(),
    category: row.category,
    status: row.status,
    released: row.released,
    deleted,
    revision: row.revision,
  };
}
