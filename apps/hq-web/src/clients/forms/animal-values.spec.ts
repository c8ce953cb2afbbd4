import { type Animal, animalInputSchema } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import { animalDefaults, animalFieldOf, type AnimalFormValues, animalToBody, animalValues, fromKg, toKg } from './animal-values';

function whiskers(overrides: Partial<AnimalFormValues> = {}): AnimalFormValues {
  return { ...animalDefaults(), name: ' Whiskers ', ...overrides };
}

const saved: Animal = {
  id: '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  clientId: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  name: 'Whiskers',
  species: 'cat',
  sex: 'female',
  altered: 'intact',
  breed: null,
  colour: 'Tabby',
  dateOfBirth: null,
  estimatedAgeMonths: 24,
  weightKg: 4.536,
  microchip: '985141000123456',
  status: 'active',
  arrivingInTrap: true,
  createdAt: '2030-01-01T10:00:00.000Z',
  updatedAt: '2030-01-01T10:00:00.000Z',
};

describe('weight units', () => {
  it('converts pounds to kilograms, to the gram', () => {
    expect(toKg(10, 'lb')).toBe(4.536);
    expect(toKg(7.5, 'lb')).toBe(3.402);
    expect(toKg(3.25, 'kg')).toBe(3.25);
  });

  it('shows kilograms in pounds to two decimals', () => {
    expect(fromKg(4.536, 'lb')).toBe(10);
    expect(fromKg(1, 'lb')).toBe(2.2);
    expect(fromKg(3.25, 'kg')).toBe(3.25);
  });

  it('a weight entered in kilograms that pounds cannot show exactly is edited in kilograms', () => {
    const values = animalValues({ ...saved, weightKg: 12.5 });
    expect(values).toMatchObject({ weight: 12.5, weightUnit: 'kg' });
    expect(animalToBody(values).weightKg).toBe(12.5);
  });

  it('a weight entered in pounds and edited again stays the same', () => {
    const body = animalToBody(whiskers({ weight: 10, weightUnit: 'lb' }));
    expect(body.weightKg).toBe(4.536);
    expect(animalValues({ ...saved, weightKg: body.weightKg }).weight).toBe(10);
  });
});

describe('animalToBody', () => {
  it('sends the weight in kilograms from either unit', () => {
    expect(animalToBody(whiskers({ weight: 4.2, weightUnit: 'kg' })).weightKg).toBe(4.2);
    expect(animalToBody(whiskers({ weight: '8.8', weightUnit: 'lb' })).weightKg).toBe(3.992);
  });

  it('turns blank optional fields into null', () => {
    const body = animalToBody(whiskers());
    expect(body).toEqual({
      name: 'Whiskers',
      species: 'cat',
      sex: 'unknown',
      altered: 'unknown',
      breed: null,
      colour: null,
      dateOfBirth: null,
      estimatedAgeMonths: null,
      weightKg: null,
      microchip: null,
      status: 'active',
      arrivingInTrap: false,
    });
    expect(animalInputSchema.safeParse(body).success).toBe(true);
  });

  it('sends an estimated age in months, from months or years', () => {
    expect(animalToBody(whiskers({ estimatedAge: 18, estimatedAgeUnit: 'months' })).estimatedAgeMonths).toBe(18);
    expect(animalToBody(whiskers({ estimatedAge: 1.5, estimatedAgeUnit: 'years' })).estimatedAgeMonths).toBe(18);
  });

  it('drops the spaces of a microchip read off a label', () => {
    expect(animalToBody(whiskers({ microchip: ' 985 141 000 123 456 ' })).microchip).toBe('985141000123456');
  });

  it('keeps "cat arriving in a trap"', () => {
    expect(animalToBody(whiskers({ arrivingInTrap: true })).arrivingInTrap).toBe(true);
  });

  it('a date of birth and an estimated age together is refused on the age field', () => {
    const result = animalInputSchema.safeParse(animalToBody(whiskers({ dateOfBirth: '2024-05-31', estimatedAge: 6 })));
    expect(result.success).toBe(false);
    const path = result.success ? '' : result.error.issues[0].path.join('.');
    expect(animalFieldOf(path)).toBe('estimatedAge');
  });
});

describe('animalValues', () => {
  it('shows a whole number of years in years, in pounds by default', () => {
    expect(animalValues(saved)).toMatchObject({ estimatedAge: 2, estimatedAgeUnit: 'years', weight: 10, weightUnit: 'lb', colour: 'Tabby', breed: '' });
    expect(animalValues({ ...saved, estimatedAgeMonths: 18 })).toMatchObject({ estimatedAge: 18, estimatedAgeUnit: 'months' });
    expect(animalValues({ ...saved, weightKg: null }, 'kg')).toMatchObject({ weight: '', weightUnit: 'kg' });
  });
});

describe('animalFieldOf', () => {
  it.each([
    ['weightKg', 'weight'],
    ['estimatedAgeMonths', 'estimatedAge'],
    ['microchip', 'microchip'],
    ['name', 'name'],
    ['clientId', null],
  ])('%s → %s', (path, field) => {
    expect(animalFieldOf(path)).toBe(field);
  });
});
