import {
  type ForgotPasswordRequest,
  type MeResponse,
  meResponseSchema,
  type PasswordTokenInfo,
  passwordTokenInfoSchema,
  type SetPasswordRequest,
  type SessionResponse,
  sessionResponseSchema,
  type SignInRequest,
} from '@tailwise/contracts';
import type { z } from 'zod';
import type { ApiClient } from './api-client';

/** Posts to one of the sign-in family (no bearer token, no refresh on 401) and keeps the session it answers with. */
export async function postForSession(client: ApiClient, path: string, body: unknown): Promise<SessionResponse> {
  const session = await client.request(path, sessionResponseSchema, { method: 'POST', body, auth: false });
  client.setSession(session);
  return session;
}

/**
 * The session endpoints under every app's base path: sign in, refresh, sign out, passwords, and
 * who is signed in. Staff (`/api/hq/me`) answer a `MeResponse`; another app passes the schema
 * of its own "me", e.g. the portal's `portalMeResponseSchema`.
 */
export function authApi(client: ApiClient): AuthApi<MeResponse>;
export function authApi<TMe>(client: ApiClient, meSchema: z.ZodType<TMe>): AuthApi<TMe>;
export function authApi(client: ApiClient, meSchema: z.ZodType = meResponseSchema): AuthApi<unknown> {
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

    /** Forgot password / Need help logging in?: the answer is the same whether the email is known or not. */
    forgotPassword(body: ForgotPasswordRequest): Promise<void> {
      return client.send('/auth/password/forgot', { method: 'POST', body, auth: false });
    },

    /** What an emailed set-password link is for (invite or reset), before its form is shown. */
    checkPasswordToken(token: string): Promise<PasswordTokenInfo> {
      return client.request('/auth/password/check', passwordTokenInfoSchema, { method: 'POST', body: { token }, auth: false });
    },

    /** Sets the password from an emailed link and signs in. */
    setPassword(body: SetPasswordRequest): Promise<SessionResponse> {
      return postForSession(client, '/auth/password/set', body);
    },

    me(signal?: AbortSignal): Promise<unknown> {
      return client.request('/me', meSchema, { signal });
    },
  };
}

export interface AuthApi<TMe = MeResponse> {
  client: ApiClient;
  signIn(body: SignInRequest): Promise<SessionResponse>;
  refresh(): Promise<SessionResponse | null>;
  signOut(): Promise<void>;
  forgotPassword(body: ForgotPasswordRequest): Promise<void>;
  checkPasswordToken(token: string): Promise<PasswordTokenInfo>;
  setPassword(body: SetPasswordRequest): Promise<SessionResponse>;
  me(signal?: AbortSignal): Promise<TMe>;
}
