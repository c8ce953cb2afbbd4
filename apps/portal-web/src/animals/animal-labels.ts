import type { Animal } from '@tailwise/contracts';

/** The words HQ shows for the same values, so clinic and client read alike. */
const SPECIES: Record<Animal['species'], string> = { cat: 'Cat', dog: 'Dog', rabbit: 'Rabbit', ferret: 'Ferret', other: 'Other' };
const SEX: Record<Animal['sex'], string> = { female: 'Female', male: 'Male', unknown: 'Unknown' };
const ALTERED: Record<Animal['altered'], string> = { altered: 'Spayed or neutered', intact: 'Intact', unknown: 'Unknown' };
const STATUS: Record<Animal['status'], string> = { active: 'Active', deceased: 'Deceased' };

export const speciesLabel = (animal: Pick<Animal, 'species'>) => SPECIES[animal.species];
export const sexLabel = (animal: Pick<Animal, 'sex'>) => SEX[animal.sex];
export const alteredLabel = (animal: Pick<Animal, 'altered'>) => ALTERED[animal.altered];
export const statusLabel = (animal: Pick<Animal, 'status'>) => STATUS[animal.status];
