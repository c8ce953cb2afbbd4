import type { Animal, PortalInvitationInfo, PortalMeResponse, PortalUser, SessionResponse } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import type { FetchLike } from './api-client';
import { createPortalApiClient, portalApi, type PortalApi } from './portal-api';

const NOW = Date.parse('2030-01-01T12:00:00.000Z');
const ORGANIZATION_ID = '0d7e4c52-6a0b-4f4e-8d5a-2f3b9e1c7a10';
const USER_ID = '4b0f7c1e-8f5a-4d8e-9a43-1d3c0f6a7b21';
const TOKEN = 'dGhpcyBpcyBhIGxpbmsgc2VjcmV0';

const session: SessionResponse = { accessToken: 't1', accessTokenExpiresAt: new Date(NOW + 15 * 60_000).toISOString() };

const me: PortalMeResponse = {
  user: { id: USER_ID, email: 'dana@rescue.test', name: 'Dana Okafor' },
  account: { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', name: 'Alley Cat Rescue' },
  permissions: ['appointments.view', 'users.manage'],
  links: [
    {
      organizationId: ORGANIZATION_ID,
      organizationName: 'Happy Tails Spay & Neuter',
      clientId: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      clinics: [{ id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', name: 'Main Street Clinic', timeZone: 'America/Chicago' }],
    },
  ],
};

const invitation: PortalInvitationInfo = {
  kind: 'invite',
  email: 'dana@rescue.test',
  organizationName: 'Happy Tails Spay & Neuter',
  clientName: 'Alley Cat Rescue',
  existingAccount: false,
  suggestedName: null,
  expiresAt: '2030-01-04T12:00:00.000Z',
};

const user: PortalUser = {
  id: USER_ID,
  email: 'sam@rescue.test',
  name: 'Sam Lee',
  permissions: ['appointments.view'],
  status: 'invited',
  lastLoginAt: null,
  createdAt: '2030-01-01T10:00:00.000Z',
};

const animal: Animal = {
  id: '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  clientId: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  name: 'Whiskers',
  species: 'cat',
  sex: 'female',
  altered: 'intact',
  breed: null,
  colour: null,
  dateOfBirth: null,
  estimatedAgeMonths: null,
  weightKg: null,
  microchip: null,
  status: 'active',
  arrivingInTrap: false,
  createdAt: '2030-01-01T10:00:00.000Z',
  updatedAt: '2030-01-01T10:00:00.000Z',
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

interface Call {
  url: string;
  method: string;
  authorization: string | undefined;
  body: unknown;
}

/** A portal API, signed in or not, whose `fetch` records each call and answers with `answer`. */
function fakeApi(answer: (call: Call) => Response, { signedIn = true } = {}) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    const headers = init.headers as Record<string, string>;
    const call: Call = {
      url,
      method: init.method ?? 'GET',
      authorization: headers['Authorization'],
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    return answer(call);
  };
  const client = createPortalApiClient({ fetch, locks: null, now: () => NOW });
  if (signedIn) client.setSession(session);
  return { api: portalApi(client), client, calls };
}

describe('the portal session', () => {
  it('asks /api/portal/me and parses it as a portal user with the links of the account', async () => {
    const { api, calls } = fakeApi(() => json(200, me));
    await expect(api.me()).resolves.toEqual(me);
    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/portal/me', authorization: 'Bearer t1' });
  });

  it("refuses a staff member's me: the answer must be the portal's", async () => {
    const { api } = fakeApi(() => json(200, { user: { id: USER_ID, email: 'a@b.co', firstName: 'Ada', lastName: 'L' } }));
    await expect(api.me()).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('asks for a reset email and answers the same whatever the email', async () => {
    const { api, calls } = fakeApi(() => new Response(null, { status: 202 }), { signedIn: false });
    await expect(api.forgotPassword({ email: 'dana@rescue.test' })).resolves.toBeUndefined();
    expect(calls[0]).toEqual({ method: 'POST', url: '/api/portal/auth/password/forgot', authorization: undefined, body: { email: 'dana@rescue.test' } });
  });
});

describe('accepting an invitation', () => {
  it('checks the link without a token of its own', async () => {
    const { api, calls } = fakeApi(() => json(200, invitation), { signedIn: false });
    await expect(api.checkInvitation(TOKEN)).resolves.toEqual(invitation);
    expect(calls[0]).toEqual({ method: 'POST', url: '/api/portal/auth/invitation/check', authorization: undefined, body: { token: TOKEN } });
  });

  it.each([
    ['acceptWithNewAccount', (api: PortalApi) => api.acceptWithNewAccount({ token: TOKEN, name: 'Dana Okafor', password: 'correct horse!' }), '/api/portal/auth/invitation/new-account', 201],
    ['acceptWithSignIn', (api: PortalApi) => api.acceptWithSignIn({ token: TOKEN, email: 'dana@rescue.test', password: 'correct horse!' }), '/api/portal/auth/invitation/sign-in', 200],
  ] as const)('%s posts to %s and keeps the session it answers with', async (_name, accept, url, status) => {
    const { api, client, calls } = fakeApi(() => json(status, session), { signedIn: false });

    await expect(accept(api)).resolves.toEqual(session);

    expect(calls[0]).toMatchObject({ method: 'POST', url, authorization: undefined });
    expect(client.accessToken).toBe('t1');
  });

  it("passes the server's refusal on, without refreshing", async () => {
    const { api, calls } = fakeApi(() => json(404, { code: 'NOT_FOUND', message: 'This link has expired. Ask for a new one.' }), { signedIn: false });
    await expect(api.checkInvitation(TOKEN)).rejects.toMatchObject({ status: 404, message: 'This link has expired. Ask for a new one.' });
    expect(calls).toHaveLength(1);
  });
});

describe("the account's users and the linked organizations' data", () => {
  it.each([
    ['users', (api: PortalApi) => api.users(), 'GET', '/api/portal/users', undefined, 200, [user]],
    [
      'addUser',
      (api: PortalApi) => api.addUser({ name: 'Sam Lee', email: 'sam@rescue.test', permissions: ['appointments.view'] }),
      'POST',
      '/api/portal/users',
      { name: 'Sam Lee', email: 'sam@rescue.test', permissions: ['appointments.view'] },
      201,
      user,
    ],
    [
      'updateUser',
      (api: PortalApi) => api.updateUser(USER_ID, { name: 'Sam Lee', permissions: [] }),
      'PUT',
      `/api/portal/users/${USER_ID}`,
      { name: 'Sam Lee', permissions: [] },
      200,
      user,
    ],
    ['animals', (api: PortalApi) => api.animals(ORGANIZATION_ID), 'GET', `/api/portal/organizations/${ORGANIZATION_ID}/animals`, undefined, 200, [animal]],
  ] as const)('%s: %s %s', async (_name, call, method, url, body, status, answer) => {
    const { api, calls } = fakeApi(() => json(status, answer));

    await expect(call(api)).resolves.toEqual(answer);

    expect(calls).toEqual([{ method, url, body, authorization: 'Bearer t1' }]);
  });

  it('removes a user with no body and reads nothing from the 204', async () => {
    const { api, calls } = fakeApi(() => new Response(null, { status: 204 }));
    await expect(api.removeUser(USER_ID)).resolves.toBeUndefined();
    expect(calls[0]).toMatchObject({ method: 'DELETE', url: `/api/portal/users/${USER_ID}`, body: undefined });
  });

  it('escapes the organization id put in the path', async () => {
    const { api, calls } = fakeApi(() => json(404, { code: 'NOT_FOUND', message: 'Not found' }));
    await expect(api.animals('../users')).rejects.toMatchObject({ status: 404 });
    expect(calls[0].url).toBe('/api/portal/organizations/..%2Fusers/animals');
  });
});
