import {
  type Activity,
  activityPageSchema,
  type Animal,
  type AnimalInput,
  animalSchema,
  type Client,
  type ClientInput,
  type ClientKind,
  type ClientPage,
  clientPageSchema,
  clientSchema,
  CLIENT_STATUSES,
  type SearchPage,
  searchPageSchema,
  SEARCH_TYPES,
} from '@tailwise/contracts';
import { z } from 'zod';
import type { ApiClient } from './api-client';

export interface PageParams {
  page?: number;
  pageSize?: number;
}

export interface ClientListParams extends PageParams {
  /** `me`: My Clients, the clients assigned to the signed-in staff member. */
  assigned?: 'me' | 'anyone';
  kind?: ClientKind;
  status?: (typeof CLIENT_STATUSES)[number];
}

export interface ClientSearchParams extends PageParams {
  q: string;
  type?: (typeof SEARCH_TYPES)[number];
}

export interface ActivityPage {
  items: Activity[];
  total: number;
  page: number;
  pageSize: number;
}

const animalListSchema = z.array(animalSchema);

/** `?a=1&b=x` from the params that are set; empty when none is. */
export function queryString(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const segment = (id: string) => encodeURIComponent(id);

/** Clients and their animals (`/api/hq/clients`, `/api/hq/animals`); every answer is parsed with its contract. */
export function clientsApi(client: ApiClient) {
  return {
    create(body: ClientInput): Promise<Client> {
      return client.request('/clients', clientSchema, { method: 'POST', body });
    },

    list(params: ClientListParams = {}, signal?: AbortSignal): Promise<ClientPage> {
      return client.request(`/clients${queryString(params)}`, clientPageSchema, { signal });
    },

    search(params: ClientSearchParams, signal?: AbortSignal): Promise<SearchPage> {
      return client.request(`/clients/search${queryString(params)}`, searchPageSchema, { signal });
    },

    get(id: string, signal?: AbortSignal): Promise<Client> {
      return client.request(`/clients/${segment(id)}`, clientSchema, { signal });
    },

    /** Replaces the whole record: send every field, as the create form does. */
    update(id: string, body: ClientInput): Promise<Client> {
      return client.request(`/clients/${segment(id)}`, clientSchema, { method: 'PUT', body });
    },

    disable(id: string): Promise<Client> {
      return client.request(`/clients/${segment(id)}/disable`, clientSchema, { method: 'POST' });
    },

    enable(id: string): Promise<Client> {
      return client.request(`/clients/${segment(id)}/enable`, clientSchema, { method: 'POST' });
    },

    /** Refused with a 409 when the client has records; `deleteRefusalOf` reads why. */
    remove(id: string): Promise<void> {
      return client.send(`/clients/${segment(id)}`, { method: 'DELETE' });
    },

    history(id: string, params: PageParams = {}, signal?: AbortSignal): Promise<ActivityPage> {
      return client.request(`/clients/${segment(id)}/history${queryString(params)}`, activityPageSchema, { signal });
    },

    animals(clientId: string, signal?: AbortSignal): Promise<Animal[]> {
      return client.request(`/clients/${segment(clientId)}/animals`, animalListSchema, { signal });
    },

    createAnimal(clientId: string, body: AnimalInput): Promise<Animal> {
      return client.request(`/clients/${segment(clientId)}/animals`, animalSchema, { method: 'POST', body });
    },

    getAnimal(id: string, signal?: AbortSignal): Promise<Animal> {
      return client.request(`/animals/${segment(id)}`, animalSchema, { signal });
    },

    updateAnimal(id: string, body: AnimalInput): Promise<Animal> {
      return client.request(`/animals/${segment(id)}`, animalSchema, { method: 'PUT', body });
    },
  };
}

export type ClientsApi = ReturnType<typeof clientsApi>;
