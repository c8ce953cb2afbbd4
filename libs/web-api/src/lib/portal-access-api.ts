import {
  type PortalAccess,
  portalAccessSchema,
  type PortalInviteRequest,
  type PortalInviteResult,
  portalInviteResultSchema,
  type PortalLinkRequest,
} from '@tailwise/contracts';
import type { ApiClient } from './api-client';

const accessPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/portal-access`;

/** A client profile's VCP tab (`/api/hq/clients/:id/portal-access`); every answer is parsed with its contract. */
export function portalAccessApi(client: ApiClient) {
  return {
    get(clientId: string, signal?: AbortSignal): Promise<PortalAccess> {
      return client.request(accessPath(clientId), portalAccessSchema, { signal });
    },

    /**
     * Send / Generate New Invite. When the email already has a portal login nothing is sent:
     * the outcome is `existing-account`, and the tab offers Link with Account.
     */
    invite(clientId: string, body: PortalInviteRequest): Promise<PortalInviteResult> {
      return client.request(`${accessPath(clientId)}/invitations`, portalInviteResultSchema, { method: 'POST', body });
    },

    /** Link with Account: irreversible, except by deleting the client's portal access permanently. */
    link(clientId: string, body: PortalLinkRequest): Promise<PortalAccess> {
      return client.request(`${accessPath(clientId)}/link`, portalAccessSchema, { method: 'POST', body });
    },

    /** Close Access: the portal is refused this client's data at once. */
    close(clientId: string): Promise<PortalAccess> {
      return client.request(`${accessPath(clientId)}/close`, portalAccessSchema, { method: 'POST' });
    },

    /** Delete access permanently (admins only: a 403 otherwise). */
    remove(clientId: string): Promise<void> {
      return client.send(accessPath(clientId), { method: 'DELETE' });
    },
  };
}

export type PortalAccessApi = ReturnType<typeof portalAccessApi>;
