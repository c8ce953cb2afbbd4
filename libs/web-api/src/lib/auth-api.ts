import {
  type MeResponse,
  meResponseSchema,
  type SessionResponse,
  sessionResponseSchema,
  type SignInRequest,
} from '@tailwise/contracts';
import type { ApiClient } from './api-client';

/** Posts to one of the sign-in family (no bearer token, no refresh on 401) and keeps the session it answers with. */
export async function postForSession(client: ApiClient, path: string, body: unknown): Promise<SessionResponse> {
  const session = await client.request(path, sessionResponseSchema, { method: 'POST', body, auth: false });
  client.setSession(session);
  return session;
}

/** The session endpoints under every app's base path: sign in, refresh, sign out, and who is signed in. */
export function authApi(client: ApiClient) {
  return {
    client,

    signIn(body: SignInRequest): Promise<SessionResponse> {
      return postForSession(client, '/auth/sign-in', body);
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

export type AuthApi = ReturnType<typeof authApi>;
