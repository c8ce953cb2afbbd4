import type { PortalAccess } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { portalAccessApi } from './portal-access-api';
import { expectOneRequest, type FakeCall, fakeHqApi, json } from './testing/fake-fetch';

const CLIENT_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const ACCOUNT_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const invited: PortalAccess = {
  clientId: CLIENT_ID,
  status: 'invited',
  account: null,
  lastPortalLoginAt: null,
  invited: true,
  history: [
    {
      id: '8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
      kind: 'invitation-sent',
      at: '2030-01-01T11:00:00.000Z',
      email: 'dana@rescue.test',
      by: 'Ada Lovelace',
      invitationStatus: 'pending',
    },
  ],
};
const active: PortalAccess = { ...invited, status: 'active', account: { id: ACCOUNT_ID, name: 'Alley Cat Rescue' } };

const fakeApi = (answer: (call: FakeCall) => Response) => fakeHqApi(portalAccessApi, answer);

type Api = ReturnType<typeof portalAccessApi>;
const base = `/api/hq/clients/${CLIENT_ID}/portal-access`;
const email = { email: 'dana@rescue.test' };

describe('portalAccessApi requests', () => {
  it.each([
    ['get', (api: Api) => api.get(CLIENT_ID), 'GET', base, undefined, 200, invited],
    ['invite (sent)', (api: Api) => api.invite(CLIENT_ID, email), 'POST', `${base}/invitations`, email, 201, { outcome: 'sent', access: invited }],
    [
      'invite (existing account)',
      (api: Api) => api.invite(CLIENT_ID, email),
      'POST',
      `${base}/invitations`,
      email,
      200,
      { outcome: 'existing-account', account: { id: ACCOUNT_ID, name: 'Alley Cat Rescue', userName: 'Dana Okafor', userEmail: 'dana@rescue.test' }, access: invited },
    ],
    ['link', (api: Api) => api.link(CLIENT_ID, email), 'POST', `${base}/link`, email, 200, active],
    ['close', (api: Api) => api.close(CLIENT_ID), 'POST', `${base}/close`, undefined, 200, { ...active, status: 'closed' }],
  ] as const)('%s: %s %s', async (_name, call, method, url, body, status, answer) => {
    const { api, calls } = fakeApi(() => json(status, answer));

    await expect(call(api)).resolves.toEqual(answer);

    expectOneRequest(calls, { method, url, body });
  });

  it('deletes with no body and reads nothing from the 204', async () => {
    const { api, calls } = fakeApi(() => new Response(null, { status: 204 }));
    await expect(api.remove(CLIENT_ID)).resolves.toBeUndefined();
    expect(calls[0]).toMatchObject({ method: 'DELETE', url: base, body: undefined });
  });

  it('escapes ids put in the path', async () => {
    const { api, calls } = fakeApi(() => json(404, { code: 'NOT_FOUND', message: 'Client not found' }));
    await expect(api.get('../me')).rejects.toMatchObject({ status: 404 });
    expect(calls[0].url).toBe('/api/hq/clients/..%2Fme/portal-access');
  });

  it('keeps the field issue of a 409 for the email field', async () => {
    const message = 'This client already has portal access with another account. Delete portal access permanently first, or use another email.';
    const { api } = fakeApi(() => json(409, { code: 'CONFLICT', message, details: { issues: [{ path: 'email', message }] } }));
    const error = (await api.invite(CLIENT_ID, email).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.issueFor('email')).toBe(message);
  });

  it('refuses an answer that does not match the contract', async () => {
    const { api } = fakeApi(() => json(200, { outcome: 'queued', access: invited }));
    await expect(api.invite(CLIENT_ID, email)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });
});
