import type { ALTERED_STATUSES, ANIMAL_SEXES, ANIMAL_STATUSES, SPECIES } from '@tailwise/contracts';

export type Species = (typeof SPECIES)[number];
export type AnimalSex = (typeof ANIMAL_SEXES)[number];
export type AlteredStatus = (typeof ALTERED_STATUSES)[number];
export type AnimalStatus = (typeof ANIMAL_STATUSES)[number];
