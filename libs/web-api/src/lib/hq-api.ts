import {
  type MeResponse,
  meResponseSchema,
  type SessionResponse,
  sessionResponseSchema,
  type SignInRequest,
  type SignUpRequest,
} from '@tailwise/contracts';
import { ApiClient, type ApiClientOptions } from './api-client';

export const HQ_API_BASE_PATH = '/api/hq';

/** A client for `/api/hq`; keep one per page load so every caller shares the session. */
export function createHqApiClient(options: Partial<ApiClientOptions> = {}): ApiClient {
  return new ApiClient({
    basePath: HQ_API_BASE_PATH,
    refreshPath: '/auth/refresh',
    lockName: 'tailwise-hq-refresh',
    ...options,
  });
}

/** The staff endpoints. Sign-in and sign-up keep the new session in the client. */
export function hqApi(client: ApiClient) {
  return {
    client,

    async signUp(body: SignUpRequest): Promise<SessionResponse> {
      const session = await client.request('/auth/sign-up', sessionResponseSchema, { method: 'POST', body, auth: false });
      client.setSession(session);
      return session;
    },

    async signIn(body: SignInRequest): Promise<SessionResponse> {
      const session = await client.request('/auth/sign-in', sessionResponseSchema, { method: 'POST', body, auth: false });
      client.setSession(session);
      return session;
    },

    /** Restores the session from the refresh cookie; `null` when there is none. */
    refresh(): Promise<SessionResponse | null> {
      return client.refresh();
    },

    /** Ends the session on the server; the in-memory token is dropped even if that fails. */
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

export type HqApi = ReturnType<typeof hqApi>;
