import type { Activity, Animal, Client, ClientInput, ClientSummary, SearchResult } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { clientsApi, queryString } from './clients-api';
import { deleteRefusalMessage, deleteRefusalOf, formFailureOf, recordCountsText } from './clients-errors';
import { expectOneRequest, type FakeCall, fakeHqApi, json } from './testing/fake-fetch';

const CLIENT_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const ANIMAL_ID = '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const STAFF_ID = '4b0f7c1e-8f5a-4d8e-9a43-1d3c0f6a7b21';

const address = { line1: '1 Main St', line2: null, city: 'Denver', region: 'CO', postalCode: '80202', country: 'US' };

const volumeClient: Client = {
  id: CLIENT_ID,
  kind: 'volume',
  displayName: 'Alley Cat Allies',
  status: 'active',
  disabledAt: null,
  createdAt: '2030-01-01T10:00:00.000Z',
  updatedAt: '2030-01-01T10:00:00.000Z',
  animalCount: 0,
  lastVisitDate: null,
  nextVisitDate: null,
  details: {
    kind: 'volume',
    organizationName: 'Alley Cat Allies',
    contactFirstName: 'Dana',
    contactLastName: 'Scully',
    phones: [{ type: 'work', number: '(303) 555-0100', primary: true }],
    invoiceEmail: 'billing@alleycats.test',
    physicalAddress: address,
    mailingUsesPhysical: true,
    mailingAddress: null,
    billingUsesPhysical: true,
    billingAddress: null,
    emergencyContact: null,
    notes: null,
    assignedStaffUserId: null,
  },
};

const summary: ClientSummary = {
  id: CLIENT_ID,
  kind: 'volume',
  displayName: 'Alley Cat Allies',
  status: 'active',
  primaryPhone: '(303) 555-0100',
  email: 'billing@alleycats.test',
  animalCount: 0,
};

const animal: Animal = {
  id: ANIMAL_ID,
  clientId: CLIENT_ID,
  name: 'Whiskers',
  species: 'cat',
  sex: 'female',
  altered: 'intact',
  breed: null,
  colour: 'Tabby',
  dateOfBirth: null,
  estimatedAgeMonths: 18,
  weightKg: 3.2,
  microchip: '985141000123456',
  status: 'active',
  arrivingInTrap: true,
  createdAt: '2030-01-01T10:00:00.000Z',
  updatedAt: '2030-01-01T10:00:00.000Z',
};

const activity: Activity = {
  id: '8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  at: '2030-01-01T11:00:00.000Z',
  actorUserId: STAFF_ID,
  actorName: 'Ada Lovelace',
  action: 'client.updated',
  changes: { notes: { from: null, to: 'Feral colony' } },
  summary: 'Updated the client',
};

const result: SearchResult = {
  kind: 'client',
  id: CLIENT_ID,
  clientId: CLIENT_ID,
  clientKind: 'volume',
  title: 'Alley Cat Allies',
  subtitle: '(303) 555-0100',
  status: 'active',
  matchedOn: 'name',
};

const fakeApi = (answer: (call: FakeCall) => Response) => fakeHqApi(clientsApi, answer);

describe('clientsApi requests', () => {
  const input: ClientInput = volumeClient.details;

  it.each([
    ['create', (api: ReturnType<typeof clientsApi>) => api.create(input), 'POST', '/api/hq/clients', input, 201, volumeClient],
    ['get', (api: ReturnType<typeof clientsApi>) => api.get(CLIENT_ID), 'GET', `/api/hq/clients/${CLIENT_ID}`, undefined, 200, volumeClient],
    ['update', (api: ReturnType<typeof clientsApi>) => api.update(CLIENT_ID, input), 'PUT', `/api/hq/clients/${CLIENT_ID}`, input, 200, volumeClient],
    ['disable', (api: ReturnType<typeof clientsApi>) => api.disable(CLIENT_ID), 'POST', `/api/hq/clients/${CLIENT_ID}/disable`, undefined, 200, volumeClient],
    ['enable', (api: ReturnType<typeof clientsApi>) => api.enable(CLIENT_ID), 'POST', `/api/hq/clients/${CLIENT_ID}/enable`, undefined, 200, volumeClient],
    [
      'list',
      (api: ReturnType<typeof clientsApi>) => api.list({ assigned: 'me', kind: 'volume', page: 2, pageSize: 10 }),
      'GET',
      '/api/hq/clients?assigned=me&kind=volume&page=2&pageSize=10',
      undefined,
      200,
      { items: [summary], total: 11, page: 2, pageSize: 10 },
    ],
    [
      'search',
      (api: ReturnType<typeof clientsApi>) => api.search({ q: 'alley cat', type: 'volume-clients' }),
      'GET',
      '/api/hq/clients/search?q=alley+cat&type=volume-clients',
      undefined,
      200,
      { items: [result], total: 1, page: 1, pageSize: 25 },
    ],
    [
      'history',
      (api: ReturnType<typeof clientsApi>) => api.history(CLIENT_ID, { page: 3 }),
      'GET',
      `/api/hq/clients/${CLIENT_ID}/history?page=3`,
      undefined,
      200,
      { items: [activity], total: 51, page: 3, pageSize: 25 },
    ],
    ['animals', (api: ReturnType<typeof clientsApi>) => api.animals(CLIENT_ID), 'GET', `/api/hq/clients/${CLIENT_ID}/animals`, undefined, 200, [animal]],
    [
      'createAnimal',
      (api: ReturnType<typeof clientsApi>) => api.createAnimal(CLIENT_ID, { name: 'Whiskers', species: 'cat' }),
      'POST',
      `/api/hq/clients/${CLIENT_ID}/animals`,
      { name: 'Whiskers', species: 'cat' },
      201,
      animal,
    ],
    ['getAnimal', (api: ReturnType<typeof clientsApi>) => api.getAnimal(ANIMAL_ID), 'GET', `/api/hq/animals/${ANIMAL_ID}`, undefined, 200, animal],
    [
      'updateAnimal',
      (api: ReturnType<typeof clientsApi>) => api.updateAnimal(ANIMAL_ID, { name: 'Whiskers', species: 'cat', status: 'deceased' }),
      'PUT',
      `/api/hq/animals/${ANIMAL_ID}`,
      { name: 'Whiskers', species: 'cat', status: 'deceased' },
      200,
      animal,
    ],
  ] as const)('%s: %s %s', async (_name, call, method, url, body, status, answer) => {
    const { api, calls } = fakeApi(() => json(status, answer));

    await expect(call(api)).resolves.toEqual(answer);

    expectOneRequest(calls, { method, url, body });
  });

  it('deletes with no body and reads nothing from the 204', async () => {
    const { api, calls } = fakeApi(() => new Response(null, { status: 204 }));
    await expect(api.remove(CLIENT_ID)).resolves.toBeUndefined();
    expect(calls[0]).toMatchObject({ method: 'DELETE', url: `/api/hq/clients/${CLIENT_ID}`, body: undefined });
  });

  it('escapes ids put in the path', async () => {
    const { api, calls } = fakeApi(() => json(404, { code: 'NOT_FOUND', message: 'Client not found' }));
    await expect(api.get('../me')).rejects.toMatchObject({ status: 404 });
    expect(calls[0].url).toBe('/api/hq/clients/..%2Fme');
  });

  it('refuses an answer that does not match the contract', async () => {
    const { api } = fakeApi(() => json(200, { ...volumeClient, kind: 'rescue' }));
    await expect(api.get(CLIENT_ID)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('keeps a 400 field issues for the form', async () => {
    const { api } = fakeApi(() =>
      json(400, { code: 'VALIDATION', message: 'Invalid', details: { issues: [{ path: 'phones.0.number', message: 'Enter a valid phone number' }] } }),
    );
    const error = (await api.create(input).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.issueFor('phones.0.number')).toBe('Enter a valid phone number');
  });
});

describe('queryString', () => {
  it('leaves out what is not set', () => {
    expect(queryString({ q: 'rex', type: undefined, page: 1, kind: '' })).toBe('?q=rex&page=1');
    expect(queryString({})).toBe('');
  });

  it('encodes what a person typed', () => {
    expect(queryString({ q: 'O\'Brien & Sons' })).toBe("?q=O%27Brien+%26+Sons");
  });
});

describe('delete refusals', () => {
  const refusal409 = new ApiError({
    status: 409,
    code: 'CONFLICT',
    message: 'Client has records',
    details: { reason: 'has-records', records: { animals: 2, appointments: 0 }, suggestion: 'disable' },
  });

  it('reads the records a 409 names', () => {
    expect(deleteRefusalOf(refusal409)).toEqual({ reason: 'has-records', records: { animals: 2, appointments: 0 }, suggestion: 'disable' });
  });

  it('is not a refusal for other failures, nor for a 409 of another kind', () => {
    expect(deleteRefusalOf(new ApiError({ status: 404, code: 'NOT_FOUND' }))).toBeNull();
    expect(deleteRefusalOf(new ApiError({ status: 409, code: 'CONFLICT', details: { issues: [] } }))).toBeNull();
    expect(deleteRefusalOf(new Error('boom'))).toBeNull();
  });

  it('counts the records in words, singular or plural, leaving out zeros', () => {
    expect(recordCountsText({ animals: 1 })).toBe('1 animal');
    expect(recordCountsText({ animals: 2, appointments: 0 })).toBe('2 animals');
    expect(recordCountsText({ animals: 3, appointments: 1, medicalNotes: 4 })).toBe('3 animals, 1 appointment and 4 medical notes');
    expect(recordCountsText({ invoiceEntries: 1 })).toBe('1 invoice entry');
    expect(recordCountsText({})).toBe('records');
  });

  it('says why and offers Disable, or says it is disabled already', () => {
    const refusal = { reason: 'has-records' as const, records: { animals: 1 }, suggestion: 'disable' as const };
    expect(deleteRefusalMessage('Alley Cat Allies', refusal)).toBe(
      "Alley Cat Allies can't be deleted because it has 1 animal. Disable it instead: its records stay, and it can't be booked for new appointments.",
    );
    expect(deleteRefusalMessage('Alley Cat Allies', refusal, true)).toBe(
      "Alley Cat Allies can't be deleted because it has 1 animal. It is already disabled, so it can't be booked for new appointments.",
    );
  });
});

describe('formFailureOf', () => {
  it('puts issues on fields, including those of a 409 such as a duplicate microchip', () => {
    const duplicate = new ApiError({
      status: 409,
      code: 'CONFLICT',
      message: 'Duplicate microchip',
      issues: [{ path: 'microchip', message: 'Another animal has this microchip' }],
    });
    expect(formFailureOf(duplicate)).toEqual({ issues: [{ path: 'microchip', message: 'Another animal has this microchip' }] });
  });

  it('shows anything else as one message', () => {
    expect(formFailureOf(new ApiError({ status: 403, code: 'FORBIDDEN' }))).toEqual({ message: 'You do not have permission to do that' });
    expect(formFailureOf(new Error('boom'))).toEqual({ message: 'Something went wrong, try again' });
  });
});
