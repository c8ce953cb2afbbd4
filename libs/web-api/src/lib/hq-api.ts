import type { SessionResponse, SignUpRequest } from '@tailwise/contracts';
import { ApiClient, type ApiClientOptions } from './api-client';
import { authApi, postForSession } from './auth-api';

export const HQ_API_BASE_PATH = '/api/hq';

/** A client for `/api/hq`; keep one per page load so every caller shares the session. */
export function createHqApiClient(options: Partial<ApiClientOptions> = {}): ApiClient {
  return new ApiClient({ basePath: HQ_API_BASE_PATH, lockName: 'tailwise-hq-refresh', ...options });
}

/** The staff endpoints: the session ones, and signing a new organization up (which signs its admin in). */
export function hqApi(client: ApiClient) {
  return {
    ...authApi(client),

    signUp(body: SignUpRequest): Promise<SessionResponse> {
      return postForSession(client, '/auth/sign-up', body);
    },
  };
}

export type HqApi = ReturnType<typeof hqApi>;
