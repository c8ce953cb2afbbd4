import { clientsApi, createHqApiClient, hqApi } from '@tailwise/web-api';

/** One client per page load: every part of the app shares its in-memory session. */
export const api = hqApi(createHqApiClient());

/** Clients and animals, over the same session. */
export const clientsService = clientsApi(api.client);
