import type { ALTERED_STATUSES, Animal, ANIMAL_SEXES, ANIMAL_STATUSES, AnimalInput, SPECIES } from '@tailwise/contracts';
import type { FieldPath } from 'react-hook-form';
import { numberOrNull, textOrNull } from './form-values';

export const KG_PER_LB = 0.45359237;

export type WeightUnit = 'kg' | 'lb';
export type AgeUnit = 'months' | 'years';

/** An animal as the form holds it: weight in the unit staff weighed in, age as a date of birth or an estimate. */
export interface AnimalFormValues {
  name: string;
  species: (typeof SPECIES)[number];
  sex: (typeof ANIMAL_SEXES)[number];
  altered: (typeof ALTERED_STATUSES)[number];
  breed: string;
  colour: string;
  dateOfBirth: string;
  estimatedAge: number | string;
  estimatedAgeUnit: AgeUnit;
  weight: number | string;
  weightUnit: WeightUnit;
  microchip: string;
  status: (typeof ANIMAL_STATUSES)[number];
  /** "Cat arriving in a trap": a community cat handled without touching. */
  arrivingInTrap: boolean;
}

/** Grams are as fine as a clinic scale goes. */
const roundKg = (kg: number) => Math.round(kg * 1000) / 1000;
const roundLb = (lb: number) => Math.round(lb * 100) / 100;

/** Kilograms from a weight in either unit, to the gram. */
export function toKg(weight: number, unit: WeightUnit): number {
  return roundKg(unit === 'lb' ? weight * KG_PER_LB : weight);
}

/** A weight in kilograms shown in `unit`, to two decimals in pounds. */
export function fromKg(kg: number, unit: WeightUnit): number {
  return unit === 'lb' ? roundLb(kg / KG_PER_LB) : roundKg(kg);
}

export function animalDefaults(weightUnit: WeightUnit = 'lb'): AnimalFormValues {
  return {
    name: '',
    species: 'cat',
    sex: 'unknown',
    altered: 'unknown',
    breed: '',
    colour: '',
    dateOfBirth: '',
    estimatedAge: '',
    estimatedAgeUnit: 'months',
    weight: '',
    weightUnit,
    microchip: '',
    status: 'active',
    arrivingInTrap: false,
  };
}

/**
 * The unit to show a saved weight in: the preferred one when the weight reads back to the same
 * kilograms from it, so saving an untouched form never changes the weight (12.5 kg is 27.56 lb,
 * which saves as 12.501 kg: shown in kg instead).
 */
export function weightUnitFor(kg: number | null | undefined, preferred: WeightUnit): WeightUnit {
  if (kg == null || preferred === 'kg') return preferred;
  return toKg(fromKg(kg, 'lb'), 'lb') === roundKg(kg) ? 'lb' : 'kg';
}

/** The edit form of a saved animal; an age in whole years is shown in years. */
export function animalValues(animal: Animal, preferredUnit: WeightUnit = 'lb'): AnimalFormValues {
  const months = animal.estimatedAgeMonths;
  const inYears = months != null && months >= 12 && months % 12 === 0;
  const weightUnit = weightUnitFor(animal.weightKg, preferredUnit);
  return {
    name: animal.name,
    species: animal.species,
    sex: animal.sex,
    altered: animal.altered,
    breed: animal.breed ?? '',
    colour: animal.colour ?? '',
    dateOfBirth: animal.dateOfBirth ?? '',
    estimatedAge: months == null ? '' : inYears ? months / 12 : months,
    estimatedAgeUnit: inYears ? 'years' : 'months',
    weight: animal.weightKg == null ? '' : fromKg(animal.weightKg, weightUnit),
    weightUnit,
    microchip: animal.microchip ?? '',
    status: animal.status,
    arrivingInTrap: animal.arrivingInTrap,
  };
}

/** The request body: weight in kilograms, the estimated age in months, blank optional fields `null`. */
export function animalToBody(values: AnimalFormValues): AnimalInput {
  const weight = numberOrNull(values.weight);
  const age = numberOrNull(values.estimatedAge);
  return {
    name: values.name.trim(),
    species: values.species,
    sex: values.sex,
    altered: values.altered,
    breed: textOrNull(values.breed),
    colour: textOrNull(values.colour),
    dateOfBirth: textOrNull(values.dateOfBirth),
    estimatedAgeMonths: (typeof age === 'number' ? Math.round(values.estimatedAgeUnit === 'years' ? age * 12 : age) : age) as number | null,
    weightKg: (typeof weight === 'number' ? toKg(weight, values.weightUnit) : weight) as number | null,
    microchip: textOrNull(values.microchip)?.replace(/\s+/g, '') ?? null,
    status: values.status,
    arrivingInTrap: values.arrivingInTrap,
  };
}

const ANIMAL_FIELDS = new Set<string>(['name', 'species', 'sex', 'altered', 'breed', 'colour', 'dateOfBirth', 'microchip', 'status', 'arrivingInTrap']);

/** The field that shows an issue at a body path; the weight and age issues go on the fields typed in. */
export function animalFieldOf(path: string): FieldPath<AnimalFormValues> | null {
  if (path === 'weightKg') return 'weight';
  if (path === 'estimatedAgeMonths') return 'estimatedAge';
  return ANIMAL_FIELDS.has(path) ? (path as FieldPath<AnimalFormValues>) : null;
}
