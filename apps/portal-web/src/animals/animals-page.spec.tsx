import type { Animal } from '@tailwise/contracts';
import { ApiError } from '@tailwise/web-api';
import { textsOf } from '@tailwise/web-ui';
import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { dana, HAPPY_TAILS_ID, renderApp, seedError } from '../test/render-app';
import { animalsQuery } from './animal-queries';

const whiskers: Animal = {
  id: '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  clientId: dana.links[0].clientId,
  name: 'Whiskers',
  species: 'cat',
  sex: 'female',
  altered: 'altered',
  breed: null,
  colour: 'Tabby',
  dateOfBirth: null,
  estimatedAgeMonths: 18,
  weightKg: 4.5,
  microchip: null,
  status: 'active',
  arrivingInTrap: false,
  createdAt: '2030-01-01T10:00:00.000Z',
  updatedAt: '2030-01-01T10:00:00.000Z',
};

const KEY = animalsQuery(dana.account.id, HAPPY_TAILS_ID).queryKey;
const withAnimals = (animals: Animal[]) => (queryClient: QueryClient) => queryClient.setQueryData(KEY, animals);

describe('Animals', () => {
  it("lists the selected clinic's animals: name, species, sex, altered and status", () => {
    const html = renderApp('/animals', dana, withAnimals([whiskers, { ...whiskers, id: '8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', name: 'Rex', species: 'dog', sex: 'male', altered: 'intact', status: 'deceased' }]));

    expect(textsOf(html, 'h1')).toEqual(['Animals']);
    expect(html).toContain('Your animals on file at Happy Tails Spay &amp; Neuter.');
    expect(textsOf(html, 'th').slice(0, 5)).toEqual(['Name', 'Species', 'Sex', 'Altered', 'Status']);
    expect(textsOf(html, 'tr').slice(1)).toEqual(['WhiskersCatFemaleSpayed or neuteredActive', 'RexDogMaleIntactDeceased']);
  });

  it('says plainly when the clinic has no animals on file', () => {
    const html = renderApp('/animals', dana, withAnimals([]));
    expect(textsOf(html, 'h2')).toContain('No animals yet');
    expect(html).toContain('Happy Tails Spay &amp; Neuter has no animals on file for you yet.');
  });

  it('says it is loading until the animals arrive', () => {
    const html = renderApp('/animals', dana);
    expect(html).toMatch(/role="status"[\s\S]*Loading animals…/);
  });

  it('says what failed and offers to try again', () => {
    const html = renderApp('/animals', dana, (queryClient) =>
      seedError(queryClient, KEY, new ApiError({ status: 503, code: 'UNAVAILABLE', message: 'The service is unavailable, try again shortly' })),
    );
    expect(html).toMatch(/role="alert"[\s\S]*The service is unavailable, try again shortly/);
    expect(textsOf(html, 'button')).toContain('Try Again');
  });

  it('has nothing to list before a clinic links the account', () => {
    const html = renderApp('/animals', { ...dana, links: [] });
    expect(textsOf(html, 'h1')).toEqual(['Animals']);
    expect(textsOf(html, 'h2')).toContain('No clinics yet');
  });
});
