import {
  type MeResponse,
  meResponseSchema,
  type SessionResponse,
  sessionResponseSchema,
  type SignInRequest,
} from '@tailwise/contracts';
import { ApiClient, type ApiClientOptions } from './api-client';

export const PORTAL_API_BASE_PATH = '/api/portal';

/** A client for `/api/portal`; keep one per page load so every caller shares the session. */
export function createPortalApiClient(options: Partial<ApiClientOptions> = {}): ApiClient {
  return new ApiClient({
    basePath: PORTAL_API_BASE_PATH,
    refreshPath: '/auth/refresh',
    lockName: 'tailwise-portal-refresh',
    ...options,
  });
}

/** The portal user's endpoints (same shapes as staff until portal accounts get their own). */
export function portalApi(client: ApiClient) {
  return {
    client,

    async signIn(body: SignInRequest): Promise<SessionResponse> {
      const session = await client.request('/auth/sign-in', sessionResponseSchema, { method: 'POST', body, auth: false });
      client.setSession(session);
      return session;
    },

    refresh(): Promise<SessionResponse | null> {
      return client.refresh();
    },

    async signOut(): Promise<void> {
      try {
        await client.send('/auth/sign-out', { method: 'POST', auth: false });
      } finally {
        client.setSession(null);
      }
    },

    me(signal?: AbortSignal): Promise<MeResponse> {
      return client.request('/me', meResponseSchema, { signal });
    },
  };
}

export type PortalApi = ReturnType<typeof portalApi>;
