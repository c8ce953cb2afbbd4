import type { AnimalInput, Client, ClientInput } from '@tailwise/contracts';
import type { ClientListParams, ClientSearchParams, PageParams } from '@tailwise/web-api';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { clientsService } from '../app/api';

export const CLIENTS_PAGE_SIZE = 25;

/** Every query about clients starts with `clients`, so one invalidation refreshes lists, searches and profiles after a change. */
export const clientKeys = {
  all: ['clients'] as const,
  list: (params: ClientListParams) => ['clients', 'list', params] as const,
  search: (params: ClientSearchParams) => ['clients', 'search', params] as const,
  detail: (id: string) => ['clients', 'detail', id] as const,
  animals: (id: string) => ['clients', 'animals', id] as const,
  history: (id: string, params: PageParams) => ['clients', 'history', id, params] as const,
  portalAccess: (id: string) => ['clients', 'portal-access', id] as const,
};

export const clientListQuery = (params: ClientListParams) =>
  queryOptions({
    queryKey: clientKeys.list(params),
    queryFn: ({ signal }) => clientsService.list(params, signal),
    placeholderData: keepPreviousData,
  });

export const clientSearchQuery = (params: ClientSearchParams) =>
  queryOptions({
    queryKey: clientKeys.search(params),
    queryFn: ({ signal }) => clientsService.search(params, signal),
    placeholderData: keepPreviousData,
  });

export const clientQuery = (id: string) =>
  queryOptions({ queryKey: clientKeys.detail(id), queryFn: ({ signal }) => clientsService.get(id, signal) });

export const animalsQuery = (clientId: string) =>
  queryOptions({ queryKey: clientKeys.animals(clientId), queryFn: ({ signal }) => clientsService.animals(clientId, signal) });

export const historyQuery = (clientId: string, params: PageParams) =>
  queryOptions({
    queryKey: clientKeys.history(clientId, params),
    queryFn: ({ signal }) => clientsService.history(clientId, params, signal),
    placeholderData: keepPreviousData,
  });

/** After any change: the changed client is known at once, everything else about clients is fetched again. */
function useClientChanged() {
  const queryClient = useQueryClient();
  return async (client?: Client) => {
    if (client) queryClient.setQueryData(clientKeys.detail(client.id), client);
    await queryClient.invalidateQueries({
      queryKey: clientKeys.all,
      predicate: (query) => !client || query.queryKey[1] !== 'detail' || query.queryKey[2] !== client.id,
    });
  };
}

export function useCreateClient() {
  const changed = useClientChanged();
  return useMutation({ mutationFn: (body: ClientInput) => clientsService.create(body), onSuccess: (client) => changed(client) });
}

export function useUpdateClient(id: string) {
  const changed = useClientChanged();
  return useMutation({ mutationFn: (body: ClientInput) => clientsService.update(id, body), onSuccess: (client) => changed(client) });
}

/** Disable (no new appointments) or enable a client again. */
export function useSetClientEnabled() {
  const changed = useClientChanged();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) => (enabled ? clientsService.enable(id) : clientsService.disable(id)),
    onSuccess: (client) => changed(client),
  });
}

export function useDeleteClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => clientsService.remove(id),
    onSuccess: async (_result, id) => {
      const aboutIt = (key: readonly unknown[]) => key[1] !== 'list' && key[1] !== 'search' && key[2] === id;
      // Its own queries are not fetched again while its profile is still on screen (they would
      // only say "not found"); they are if someone comes back to its address.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: clientKeys.all, predicate: (query) => aboutIt(query.queryKey), refetchType: 'none' }),
        queryClient.invalidateQueries({ queryKey: clientKeys.all, predicate: (query) => !aboutIt(query.queryKey) }),
      ]);
    },
  });
}

/** Adds an animal to a client, or (with `animalId`) replaces one. */
export function useSaveAnimal(clientId: string) {
  const changed = useClientChanged();
  return useMutation({
    mutationFn: ({ animalId, body }: { animalId?: string; body: AnimalInput }) =>
      animalId ? clientsService.updateAnimal(animalId, body) : clientsService.createAnimal(clientId, body),
    // The client's animal count and history change too.
    onSuccess: () => changed(),
  });
}
