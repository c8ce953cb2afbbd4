import type { Animal, AnimalData } from '@tailwise/contracts';
import { searchText } from '../search/search-text';
import type { AnimalEntity } from './animal.entity';

/** The animal fields of the contract, as stored: every optional field present, null when not given. */
export type AnimalFields = Pick<
  AnimalEntity,
  | 'name'
  | 'species'
  | 'sex'
  | 'altered'
  | 'breed'
  | 'colour'
  | 'dateOfBirth'
  | 'estimatedAgeMonths'
  | 'weightKg'
  | 'microchip'
  | 'status'
  | 'arrivingInTrap'
>;

export function animalFields(data: AnimalData): AnimalFields {
  return {
    name: data.name,
    species: data.species,
    sex: data.sex,
    altered: data.altered,
    breed: data.breed,
    colour: data.colour,
    dateOfBirth: data.dateOfBirth,
    estimatedAgeMonths: data.estimatedAgeMonths ?? null,
    weightKg: data.weightKg ?? null,
    microchip: data.microchip ?? null,
    status: data.status,
    arrivingInTrap: data.arrivingInTrap,
  };
}

/** The columns derived from the fields: sorting and search. */
export function derivedAnimalColumns(fields: AnimalFields): Pick<AnimalEntity, 'sortName' | 'searchName'> {
  return { sortName: fields.name.toLowerCase(), searchName: searchText(fields.name) };
}

export function fieldsOf(entity: AnimalEntity): AnimalFields {
  const { name, species, sex, altered, breed, colour, dateOfBirth, estimatedAgeMonths } = entity;
  const { weightKg, microchip, status, arrivingInTrap } = entity;
  return { name, species, sex, altered, breed, colour, dateOfBirth, estimatedAgeMonths, weightKg, microchip, status, arrivingInTrap };
}

export function toAnimal(entity: AnimalEntity): Animal {
  return {
    id: entity.id,
    clientId: entity.clientId,
    ...fieldsOf(entity),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
