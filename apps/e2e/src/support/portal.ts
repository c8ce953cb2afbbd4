import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { portalAccessSchema, portalMeResponseSchema, type PortalAccess, type PortalMeResponse } from '@tailwise/contracts';
import { expectShape, expectStatus, hqClients, volumeClientInput } from './clients';
import { emailsTo, type CaughtEmail } from './mail';
import { refreshCookieOf } from './sessions';
import { bearer } from './tokens';

export const PORTAL_PASSWORD = 'Rescue-pass1!';
export const PORTAL_REFRESH_COOKIE = 'tw_portal_refresh';
export const INVITE_SUBJECT = /invites you to the Tailwise Portal/;

const noCookie = { cookie: '' };

/** The secret of an emailed link (`…#token=<secret>`), from the text part. */
export function linkTokenOf(email: CaughtEmail): string {
  const match = /#token=([A-Za-z0-9_%-]+)/.exec(email.text ?? email.html ?? '');
  if (!match) throw new Error(`no #token= link in "${email.subject}"`);
  return decodeURIComponent(match[1]);
}

/** Waits until `count` emails to `address` match `subject`; returns them oldest first. */
export async function waitForEmails(address: string, subject: RegExp, count = 1, timeoutMs = 15_000): Promise<CaughtEmail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await emailsTo(address)).filter((m) => subject.test(m.subject));
    if (found.length >= count) return found;
    if (Date.now() > deadline) throw new Error(`${found.length} of ${count} emails to ${address} matching ${subject} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The link secret of the `nth` (1-based) email to `address` matching `subject`. */
export async function emailedToken(address: string, subject: RegExp, nth = 1): Promise<string> {
  const emails = await waitForEmails(address, subject, nth);
  return linkTokenOf(emails[nth - 1]);
}

/** A client profile's VCP routes, as one staff member. */
export function vcp(request: APIRequestContext, accessToken: string) {
  const headers = { ...bearer(accessToken), ...noCookie };
  const base = (clientId: string) => `/api/hq/clients/${clientId}/portal-access`;
  const api = {
    get: (clientId: string) => request.get(base(clientId), { headers }),
    invite: (clientId: string, email: string) => request.post(`${base(clientId)}/invitations`, { headers, data: { email } }),
    link: (clientId: string, email: string) => request.post(`${base(clientId)}/link`, { headers, data: { email } }),
    close: (clientId: string) => request.post(`${base(clientId)}/close`, { headers }),
    remove: (clientId: string) => request.delete(base(clientId), { headers }),
    async getOk(clientId: string): Promise<PortalAccess> {
      const res = await api.get(clientId);
      await expectStatus(res, 200);
      return expectShape(portalAccessSchema, await res.json(), 'portal access');
    },
    async inviteOk(clientId: string, email: string): Promise<void> {
      const res = await api.invite(clientId, email);
      await expectStatus(res, 201);
      expect(((await res.json()) as { outcome: string }).outcome).toBe('sent');
    },
  };
  return api;
}

/** A volume client of the staff member's organization, invited to the portal at `email`. */
export async function invitedVolumeClient(request: APIRequestContext, accessToken: string, email: string) {
  const client = await hqClients(request, accessToken).createOk(volumeClientInput());
  await vcp(request, accessToken).inviteOk(client.id, email);
  return client;
}

export interface PortalSession {
  accessToken: string;
  refreshToken: string;
}

async function portalSessionOf(res: APIResponse, status: number): Promise<PortalSession> {
  await expectStatus(res, status);
  const { accessToken } = (await res.json()) as { accessToken: string };
  const refreshToken = refreshCookieOf(res, PORTAL_REFRESH_COOKIE)?.value;
  if (!refreshToken) throw new Error(`${res.url()} set no portal refresh cookie`);
  return { accessToken, refreshToken };
}

/** The portal's public auth routes. */
export function portalAuth(request: APIRequestContext) {
  const post = (path: string, data?: unknown, cookie = '') => request.post(`/api/portal/auth/${path}`, { data, headers: { cookie } });
  return {
    checkInvitation: (token: string) => post('invitation/check', { token }),
    newAccount: (token: string, name: string, password = PORTAL_PASSWORD) => post('invitation/new-account', { token, name, password }),
    signInToLink: (token: string, email: string, password = PORTAL_PASSWORD) => post('invitation/sign-in', { token, email, password }),
    signIn: (email: string, password = PORTAL_PASSWORD) => post('sign-in', { email, password }),
    refresh: (refreshToken: string) => post('refresh', undefined, `${PORTAL_REFRESH_COOKIE}=${refreshToken}`),
    signOut: (refreshToken: string) => post('sign-out', undefined, `${PORTAL_REFRESH_COOKIE}=${refreshToken}`),
    forgot: (email: string) => post('password/forgot', { email }),
    checkPassword: (token: string) => post('password/check', { token }),
    setPassword: (token: string, password: string) => post('password/set', { token, password }),
    async newAccountOk(token: string, name: string, password = PORTAL_PASSWORD): Promise<PortalSession> {
      return portalSessionOf(await this.newAccount(token, name, password), 201);
    },
    async signInToLinkOk(token: string, email: string, password = PORTAL_PASSWORD): Promise<PortalSession> {
      return portalSessionOf(await this.signInToLink(token, email, password), 200);
    },
    async signInOk(email: string, password = PORTAL_PASSWORD): Promise<PortalSession> {
      return portalSessionOf(await this.signIn(email, password), 200);
    },
  };
}

/** The signed-in portal user's routes; `baseUrl` picks a gateway replica. */
export function portal(request: APIRequestContext, accessToken: string, baseUrl = '') {
  const headers = { ...bearer(accessToken), ...noCookie };
  const api = {
    me: () => request.get(`${baseUrl}/api/portal/me`, { headers }),
    animals: (organizationId: string) => request.get(`${baseUrl}/api/portal/organizations/${organizationId}/animals`, { headers }),
    users: () => request.get(`${baseUrl}/api/portal/users`, { headers }),
    addUser: (body: unknown) => request.post(`${baseUrl}/api/portal/users`, { headers, data: body }),
    updateUser: (id: string, body: unknown) => request.put(`${baseUrl}/api/portal/users/${id}`, { headers, data: body }),
    removeUser: (id: string) => request.delete(`${baseUrl}/api/portal/users/${id}`, { headers }),
    async meOk(): Promise<PortalMeResponse> {
      const res = await api.me();
      await expectStatus(res, 200);
      return expectShape(portalMeResponseSchema, await res.json(), 'portal me');
    },
  };
  return api;
}

/** The address an invitation goes to: unique per test. */
export const rescueEmail = (tag: string) => `rescue-${tag}@rescue.example.test`;
