import {
  type Animal,
  animalSchema,
  type PortalInvitationInfo,
  portalInvitationInfoSchema,
  type PortalInvitationSignInRequest,
  portalMeResponseSchema,
  type PortalNewAccountRequest,
  type PortalUser,
  type PortalUserAddRequest,
  portalUserSchema,
  type PortalUserUpdateRequest,
  type SessionResponse,
} from '@tailwise/contracts';
import { z } from 'zod';
import { ApiClient, type ApiClientOptions } from './api-client';
import { authApi, postForSession } from './auth-api';

export const PORTAL_API_BASE_PATH = '/api/portal';

const portalUserListSchema = z.array(portalUserSchema);
const animalListSchema = z.array(animalSchema);

const segment = (id: string) => encodeURIComponent(id);

/** A client for `/api/portal`; keep one per page load so every caller shares the session. */
export function createPortalApiClient(options: Partial<ApiClientOptions> = {}): ApiClient {
  return new ApiClient({ basePath: PORTAL_API_BASE_PATH, lockName: 'tailwise-portal-refresh', ...options });
}

/**
 * The portal user's endpoints: the session (whose "me" is a `PortalMeResponse`), accepting an
 * invitation, the account's users, and each linked organization's data.
 */
export function portalApi(client: ApiClient) {
  return {
    ...authApi(client, portalMeResponseSchema),

    /** What an emailed invitation or claim link offers, before its page asks anything. */
    checkInvitation(token: string): Promise<PortalInvitationInfo> {
      return client.request('/auth/invitation/check', portalInvitationInfoSchema, { method: 'POST', body: { token }, auth: false });
    },

    /** New Account from an invitation: creates the login (the invited email) and signs in. */
    acceptWithNewAccount(body: PortalNewAccountRequest): Promise<SessionResponse> {
      return postForSession(client, '/auth/invitation/new-account', body);
    },

    /** Signs in to an existing account from an invitation, which links that account to the clinic. */
    acceptWithSignIn(body: PortalInvitationSignInRequest): Promise<SessionResponse> {
      return postForSession(client, '/auth/invitation/sign-in', body);
    },

    /** The account's users; only for those who manage users. */
    users(signal?: AbortSignal): Promise<PortalUser[]> {
      return client.request('/users', portalUserListSchema, { signal });
    },

    /** Adds a user, who gets an email to set a password. */
    addUser(body: PortalUserAddRequest): Promise<PortalUser> {
      return client.request('/users', portalUserSchema, { method: 'POST', body });
    },

    updateUser(id: string, body: PortalUserUpdateRequest): Promise<PortalUser> {
      return client.request(`/users/${segment(id)}`, portalUserSchema, { method: 'PUT', body });
    },

    removeUser(id: string): Promise<void> {
      return client.send(`/users/${segment(id)}`, { method: 'DELETE' });
    },

    /** The account's animals at one linked organization; 404 once that organization closed the account's access. */
    animals(organizationId: string, signal?: AbortSignal): Promise<Animal[]> {
      return client.request(`/organizations/${segment(organizationId)}/animals`, animalListSchema, { signal });
    },
  };
}

export type PortalApi = ReturnType<typeof portalApi>;
