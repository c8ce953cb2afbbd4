import { ApiClient, type ApiClientOptions } from './api-client';
import { authApi } from './auth-api';

export const PORTAL_API_BASE_PATH = '/api/portal';

/** A client for `/api/portal`; keep one per page load so every caller shares the session. */
export function createPortalApiClient(options: Partial<ApiClientOptions> = {}): ApiClient {
  return new ApiClient({ basePath: PORTAL_API_BASE_PATH, lockName: 'tailwise-portal-refresh', ...options });
}

/** The portal user's endpoints: only the session ones until portal accounts get their own. */
export function portalApi(client: ApiClient) {
  return authApi(client);
}

export type PortalApi = ReturnType<typeof portalApi>;
