import { randomBytes, randomInt } from 'node:crypto';
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import {
  activityPageSchema,
  animalSchema,
  clientPageSchema,
  clientSchema,
  searchPageSchema,
  type Activity,
  type Animal,
  type AnimalInput,
  type Client,
  type ClientListQuery,
  type ClientPage,
  type IndividualClientInput,
  type SearchPage,
  type SearchQuery,
  type VolumeClientInput,
} from '@tailwise/contracts';
import type { z } from 'zod';
import { bearer } from './tokens';

export const CLIENTS_PATH = '/api/hq/clients';
export const ANIMALS_PATH = '/api/hq/animals';

/** A short random tag, to tell one test's records from another's. */
export const uniqueTag = () => randomBytes(3).toString('hex');

/** A 15-digit ISO 11784 style chip number nobody else in the run uses. */
export function uniqueMicrochip(): string {
  return `985${Array.from({ length: 12 }, () => randomInt(10)).join('')}`;
}

/** A North American number in the "(303) 555-0142" format, random enough not to collide. */
export function uniquePhone(): string {
  const area = 200 + randomInt(800);
  const line = String(randomInt(10_000)).padStart(4, '0');
  return `(${area}) ${200 + randomInt(800)}-${line}`;
}

export function addressInput(overrides: Record<string, unknown> = {}) {
  return { line1: '1200 Larimer St', line2: null, city: 'Denver', region: 'CO', postalCode: '80204', country: 'US', ...overrides };
}

/** A valid Create Volume Client body; overrides replace whole fields. */
export function volumeClientInput(overrides: Partial<Record<keyof VolumeClientInput, unknown>> = {}): VolumeClientInput {
  const tag = uniqueTag();
  return {
    kind: 'volume',
    organizationName: `Alley Cat Rescue ${tag}`,
    contactFirstName: 'Dana',
    contactLastName: `Okafor${tag}`,
    phones: [{ type: 'work', number: uniquePhone(), primary: true }],
    invoiceEmail: `billing-${tag}@rescue.example.test`,
    physicalAddress: addressInput(),
    mailingUsesPhysical: true,
    billingUsesPhysical: true,
    ...overrides,
  } as VolumeClientInput;
}

/** A valid Create Client (individual) body; overrides replace whole fields. */
export function individualClientInput(overrides: Partial<Record<keyof IndividualClientInput, unknown>> = {}): IndividualClientInput {
  const tag = uniqueTag();
  return {
    kind: 'individual',
    firstName: 'Jamie',
    lastName: `Rivera${tag}`,
    email: `jamie-${tag}@owner.example.test`,
    mobile: uniquePhone(),
    smsConsent: false,
    ...overrides,
  } as IndividualClientInput;
}

/** A valid animal body; overrides replace whole fields. */
export function animalInput(overrides: Partial<Record<keyof AnimalInput, unknown>> = {}): AnimalInput {
  return { name: `Whiskers ${uniqueTag()}`, species: 'cat', sex: 'female', altered: 'intact', ...overrides } as AnimalInput;
}

/** Fails, naming the response, unless the status is the one expected. */
export async function expectStatus(res: APIResponse, status: number): Promise<void> {
  if (res.status() !== status) {
    expect(res.status(), `${res.url()} answered ${res.status()}: ${(await res.text()).slice(0, 500)}`).toBe(status);
  }
}

/**
 * Checks a body against the contract's response schema, failing on every mismatch, and
 * returns the body as sent: not the parsed value, whose defaults and transforms (trimming,
 * blank to null) would hide what the server really answered.
 */
export function expectShape<T extends z.ZodType>(schema: T, body: unknown, label: string): z.output<T> {
  const result = schema.safeParse(body);
  expect(result.success, `${label} does not match the contract: ${result.success ? '' : JSON.stringify(result.error.issues).slice(0, 800)}`).toBe(true);
  return body as z.output<T>;
}

/** The animals of a client's list: the route answers a bare array, as the web client reads it. */
export function animalItems(body: unknown): Animal[] {
  expect(Array.isArray(body), `the animals list is not an array: ${JSON.stringify(body).slice(0, 200)}`).toBe(true);
  return body as Animal[];
}

type Query = Record<string, string | number | boolean | undefined>;
const withQuery = (path: string, query: Query = {}) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
};

/**
 * The clients and animals routes, called as one staff member. Raw methods return the
 * response; the `...Ok` ones assert the success status and the contract's shape.
 */
export function hqClients(request: APIRequestContext, accessToken: string) {
  const headers = { ...bearer(accessToken), cookie: '' };
  const api = {
    // ---- raw
    create: (body: unknown) => request.post(CLIENTS_PATH, { headers, data: body }),
    /** Posts exactly this JSON text as a new client (for bodies that are not objects). */
    createRaw: (json: string) => request.post(CLIENTS_PATH, { headers: { ...headers, 'content-type': 'application/json' }, data: Buffer.from(json) }),
    get: (id: string) => request.get(`${CLIENTS_PATH}/${id}`, { headers }),
    update: (id: string, body: unknown) => request.put(`${CLIENTS_PATH}/${id}`, { headers, data: body }),
    disable: (id: string) => request.post(`${CLIENTS_PATH}/${id}/disable`, { headers }),
    enable: (id: string) => request.post(`${CLIENTS_PATH}/${id}/enable`, { headers }),
    remove: (id: string) => request.delete(`${CLIENTS_PATH}/${id}`, { headers }),
    history: (id: string, query: Query = {}) => request.get(withQuery(`${CLIENTS_PATH}/${id}/history`, query), { headers }),
    list: (query: Partial<Record<keyof ClientListQuery, string | number>> = {}) => request.get(withQuery(CLIENTS_PATH, query), { headers }),
    search: (query: Partial<Record<keyof SearchQuery, string | number>>) => request.get(withQuery(`${CLIENTS_PATH}/search`, query), { headers }),
    animals: (clientId: string) => request.get(`${CLIENTS_PATH}/${clientId}/animals`, { headers }),
    createAnimal: (clientId: string, body: unknown) => request.post(`${CLIENTS_PATH}/${clientId}/animals`, { headers, data: body }),
    getAnimal: (id: string) => request.get(`${ANIMALS_PATH}/${id}`, { headers }),
    updateAnimal: (id: string, body: unknown) => request.put(`${ANIMALS_PATH}/${id}`, { headers, data: body }),

    // ---- asserted
    async createOk(body: VolumeClientInput | IndividualClientInput): Promise<Client> {
      const res = await api.create(body);
      await expectStatus(res, 201);
      return expectShape(clientSchema, await res.json(), 'created client');
    },
    async getOk(id: string): Promise<Client> {
      const res = await api.get(id);
      await expectStatus(res, 200);
      return expectShape(clientSchema, await res.json(), 'client');
    },
    async updateOk(id: string, body: VolumeClientInput | IndividualClientInput): Promise<Client> {
      const res = await api.update(id, body);
      await expectStatus(res, 200);
      return expectShape(clientSchema, await res.json(), 'updated client');
    },
    async listOk(query: Partial<Record<keyof ClientListQuery, string | number>> = {}): Promise<ClientPage> {
      const res = await api.list(query);
      await expectStatus(res, 200);
      return expectShape(clientPageSchema, await res.json(), 'client page');
    },
    async searchOk(query: Partial<Record<keyof SearchQuery, string | number>>): Promise<SearchPage> {
      const res = await api.search(query);
      await expectStatus(res, 200);
      return expectShape(searchPageSchema, await res.json(), `search ${JSON.stringify(query)}`);
    },
    /** Every result of a search, page after page. */
    async searchAll(query: Partial<Record<keyof SearchQuery, string | number>>): Promise<SearchPage['items']> {
      const all: SearchPage['items'] = [];
      for (let page = 1; page <= 50; page++) {
        const found = await api.searchOk({ pageSize: 100, ...query, page });
        all.push(...found.items);
        if (found.items.length === 0 || all.length >= found.total) break;
      }
      return all;
    },
    async historyOk(id: string): Promise<Activity[]> {
      const res = await api.history(id, { pageSize: 100 });
      await expectStatus(res, 200);
      return expectShape(activityPageSchema, await res.json(), 'history').items;
    },
    async animalsOk(clientId: string): Promise<Animal[]> {
      const res = await api.animals(clientId);
      await expectStatus(res, 200);
      return animalItems(await res.json()).map((a, i) => expectShape(animalSchema, a, `animal ${i}`));
    },
    async createAnimalOk(clientId: string, body: AnimalInput): Promise<Animal> {
      const res = await api.createAnimal(clientId, body);
      await expectStatus(res, 201);
      return expectShape(animalSchema, await res.json(), 'created animal');
    },
    async getAnimalOk(id: string): Promise<Animal> {
      const res = await api.getAnimal(id);
      await expectStatus(res, 200);
      return expectShape(animalSchema, await res.json(), 'animal');
    },
    async updateAnimalOk(id: string, body: AnimalInput): Promise<Animal> {
      const res = await api.updateAnimal(id, body);
      await expectStatus(res, 200);
      return expectShape(animalSchema, await res.json(), 'updated animal');
    },
    /** Disables a client (200 with the client, or 204) and returns it as read back. */
    async disableOk(id: string): Promise<Client> {
      const res = await api.disable(id);
      expect([200, 204], `disable answered ${res.status()}: ${(await res.text()).slice(0, 300)}`).toContain(res.status());
      if (res.status() === 200) expectShape(clientSchema, await res.json(), 'disabled client');
      return api.getOk(id);
    },
    /** Enables a client again (200 with the client, or 204) and returns it as read back. */
    async enableOk(id: string): Promise<Client> {
      const res = await api.enable(id);
      expect([200, 204], `enable answered ${res.status()}: ${(await res.text()).slice(0, 300)}`).toContain(res.status());
      if (res.status() === 200) expectShape(clientSchema, await res.json(), 'enabled client');
      return api.getOk(id);
    },
    /** How many clients the organization has (All Clients, any kind and status). */
    async count(): Promise<number> {
      return (await api.listOk({ pageSize: 1 })).total;
    },
  };
  return api;
}

export type HqClients = ReturnType<typeof hqClients>;
