import type { MeResponse, PortalMeResponse, SessionResponse } from '@tailwise/contracts';
import { describe, expect, it, vi } from 'vitest';
import { ApiClient, type FetchLike, type LockManagerLike } from './api-client';
import { ApiError } from './api-error';
import { createHqApiClient, hqApi } from './hq-api';
import { createPortalApiClient, portalApi } from './portal-api';

const NOW = Date.parse('2030-01-01T12:00:00.000Z');

function session(token: string, expiresInMs = 15 * 60_000): SessionResponse {
  return { accessToken: token, accessTokenExpiresAt: new Date(NOW + expiresInMs).toISOString() };
}

const me: MeResponse = {
  user: {
    id: '4b0f7c1e-8f5a-4d8e-9a43-1d3c0f6a7b21',
    email: 'ada@example.org',
    firstName: 'Ada',
    lastName: 'Lovelace',
  },
  organization: { id: '0d7e4c52-6a0b-4f4e-8d5a-2f3b9e1c7a10', name: 'Happy Tails' },
  clinics: [{ id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', name: 'Main Street', timeZone: 'America/Chicago' }],
  role: 'Admin',
  permissions: ['clients.manage'],
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function noContent(): Response {
  return new Response(null, { status: 204 });
}

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  credentials: RequestCredentials | undefined;
}

type Handler = (call: Call) => Response | Promise<Response>;

/** A fake `fetch` that records calls and answers through `handler`. */
function fakeFetch(handler: Handler) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    const call: Call = {
      url,
      method: init.method ?? 'GET',
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === 'string' ? init.body : undefined,
      credentials: init.credentials,
    };
    calls.push(call);
    return handler(call);
  };
  return { fetch, calls };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function hq(handler: Handler) {
  const fake = fakeFetch(handler);
  const client = createHqApiClient({ fetch: fake.fetch, locks: null, now: () => NOW });
  return { ...fake, client, api: hqApi(client) };
}

const bearer = (call: Call) => call.headers['Authorization'];

describe('ApiClient requests', () => {
  it('posts JSON with same-origin credentials and keeps the session in memory', async () => {
    const { api, client, calls } = hq(() => json(200, session('t1')));

    await api.signIn({ email: 'ada@example.org', password: 'secret!' });

    expect(calls).toEqual([
      {
        url: '/api/hq/auth/sign-in',
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'ada@example.org', password: 'secret!' }),
        credentials: 'same-origin',
      },
    ]);
    expect(client.accessToken).toBe('t1');
  });

  it('sends the access token as a bearer token and parses the answer with the contract', async () => {
    const { api, calls } = hq((call) => (call.url.endsWith('/sign-in') ? json(200, session('t1')) : json(200, me)));
    await api.signIn({ email: 'ada@example.org', password: 'secret!' });

    await expect(api.me()).resolves.toEqual(me);
    expect(calls[1]).toMatchObject({ url: '/api/hq/me', method: 'GET' });
    expect(bearer(calls[1])).toBe('Bearer t1');
  });

  it('refreshes with the cookie only: no body and no JSON content type', async () => {
    const { api, calls } = hq(() => json(200, session('t1')));

    await api.refresh();

    expect(calls[0]).toMatchObject({ url: '/api/hq/auth/refresh', method: 'POST', body: undefined, credentials: 'same-origin' });
    expect(calls[0].headers['Content-Type']).toBeUndefined();
    expect(bearer(calls[0])).toBeUndefined();
  });
});

describe('refresh on 401', () => {
  it('refreshes once and retries the request with the new token', async () => {
    const { api, client, calls } = hq((call) => {
      if (call.url.endsWith('/auth/refresh')) return json(200, session('t2'));
      return bearer(call) === 'Bearer t2' ? json(200, me) : json(401, { code: 'UNAUTHENTICATED', message: 'Token expired' });
    });
    client.setSession(session('t1'));

    await expect(api.me()).resolves.toEqual(me);
    expect(calls.map((c) => `${c.url} ${bearer(c) ?? '-'}`)).toEqual([
      '/api/hq/me Bearer t1',
      '/api/hq/auth/refresh -',
      '/api/hq/me Bearer t2',
    ]);
  });

  it('retries only once: a second 401 is the caller\'s error', async () => {
    const { api, client, calls } = hq((call) =>
      call.url.endsWith('/auth/refresh') ? json(200, session('t2')) : json(401, { code: 'UNAUTHENTICATED', message: 'No' }),
    );
    client.setSession(session('t1'));

    await expect(api.me()).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(calls.filter((c) => c.url.endsWith('/auth/refresh'))).toHaveLength(1);
    expect(calls).toHaveLength(3);
  });

  it('ends the session when the server refuses the refresh, and tells subscribers', async () => {
    const { api, client } = hq(() => json(401, { code: 'UNAUTHENTICATED', message: 'Sign in again' }));
    const listener = vi.fn();
    client.setSession(session('t1'));
    client.subscribe(listener);

    const error = await api.me().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(client.accessToken).toBeNull();
    expect(listener).toHaveBeenCalledWith(false);
  });

  it('shares one refresh among concurrent requests that all got 401 (single flight)', async () => {
    const refreshAnswer = deferred<Response>();
    const { api, client, calls } = hq((call) => {
      if (call.url.endsWith('/auth/refresh')) return refreshAnswer.promise;
      return bearer(call) === 'Bearer t2' ? json(200, me) : json(401, { code: 'UNAUTHENTICATED', message: 'Expired' });
    });
    client.setSession(session('t1'));

    const results = Promise.all([api.me(), api.me(), api.me(), api.refresh()]);
    await vi.waitFor(() => expect(calls.filter((c) => c.url.endsWith('/auth/refresh'))).toHaveLength(1));
    refreshAnswer.resolve(json(200, session('t2')));

    const [a, b, c, refreshed] = await results;
    expect([a, b, c]).toEqual([me, me, me]);
    expect(refreshed?.accessToken).toBe('t2');
    expect(calls.filter((call) => call.url.endsWith('/auth/refresh'))).toHaveLength(1);
    expect(calls.filter((call) => bearer(call) === 'Bearer t2')).toHaveLength(3);
  });

  it('reuses a token refreshed by another request instead of refreshing again', async () => {
    const slowAnswer = deferred<Response>();
    let meCalls = 0;
    const { api, client, calls } = hq((call) => {
      if (call.url.endsWith('/auth/refresh')) return json(200, session('t2'));
      meCalls += 1;
      if (meCalls === 1) return slowAnswer.promise; // sent with t1, answers after the refresh
      return bearer(call) === 'Bearer t2' ? json(200, me) : json(401, { code: 'UNAUTHENTICATED', message: 'Expired' });
    });
    client.setSession(session('t1'));

    const slow = api.me();
    await vi.waitFor(() => expect(meCalls).toBe(1));
    await api.refresh();
    slowAnswer.resolve(json(401, { code: 'UNAUTHENTICATED', message: 'Expired' }));

    await expect(slow).resolves.toEqual(me);
    expect(calls.filter((c) => c.url.endsWith('/auth/refresh'))).toHaveLength(1);
  });

  it('refreshes before sending when the access token is about to expire', async () => {
    const { api, client, calls } = hq((call) => {
      if (call.url.endsWith('/auth/refresh')) return json(200, session('t2'));
      return bearer(call) === 'Bearer t2' ? json(200, me) : json(401, { code: 'UNAUTHENTICATED', message: 'Expired' });
    });
    client.setSession(session('t1', 5_000));

    await expect(api.me()).resolves.toEqual(me);
    expect(calls.map((c) => c.url)).toEqual(['/api/hq/auth/refresh', '/api/hq/me']);
  });

  it('does not refresh a second time when a token refreshed just before the request is refused', async () => {
    const { api, client, calls } = hq((call) =>
      call.url.endsWith('/auth/refresh') ? json(401, { code: 'UNAUTHENTICATED', message: 'Gone' }) : json(401, { code: 'UNAUTHENTICATED', message: 'Gone' }),
    );
    client.setSession(session('t1', 0));

    await expect(api.me()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(calls.map((c) => c.url)).toEqual(['/api/hq/auth/refresh', '/api/hq/me']);
  });

  it('never refreshes for the sign-in family: a 401 there means wrong credentials', async () => {
    const { api, calls } = hq(() => json(401, { code: 'UNAUTHENTICATED', message: 'Email or password is incorrect' }));

    const error = await api.signIn({ email: 'ada@example.org', password: 'wrong' }).catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: 'Email or password is incorrect' });
    expect(calls).toHaveLength(1);
  });

  it('runs the refresh under the cross-tab lock when one is available', async () => {
    const names: string[] = [];
    const locks: LockManagerLike = {
      request: (name, work) => {
        names.push(name);
        return work();
      },
    };
    const { fetch } = fakeFetch(() => json(200, session('t1')));
    const client = createHqApiClient({ fetch, locks, now: () => NOW });

    await client.refresh();

    expect(names).toEqual(['tailwise-hq-refresh']);
  });

  it('answers null from refresh when there is no session cookie', async () => {
    const { api, client } = hq(() => json(401, { code: 'UNAUTHENTICATED', message: 'No session' }));
    await expect(api.refresh()).resolves.toBeNull();
    expect(client.isSignedIn).toBe(false);
  });

  it('rejects (rather than signing out) when the refresh fails for another reason', async () => {
    const { api, client } = hq(() => json(503, { code: 'UNAVAILABLE', message: 'identity is down' }));
    client.setSession(session('t1'));

    await expect(api.refresh()).rejects.toMatchObject({ status: 503, code: 'UNAVAILABLE' });
    expect(client.accessToken).toBe('t1');
  });
});

describe('error mapping', () => {
  it('carries the field issues of a validation error', async () => {
    const { api } = hq(() =>
      json(400, {
        code: 'VALIDATION',
        message: 'email: Enter a valid email address',
        details: { issues: [{ path: 'email', message: 'Enter a valid email address' }] },
      }),
    );

    const error = (await api.signIn({ email: 'x', password: 'y' }).catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ path: 'email', message: 'Enter a valid email address' }]);
    expect(error.issueFor('email')).toBe('Enter a valid email address');
    expect(error.issueFor('password')).toBeUndefined();
  });

  it('maps a status to a code when the body is not an error body', async () => {
    const { api } = hq(() => new Response('Too Many Requests', { status: 429 }));

    const error = (await api.signIn({ email: 'a@b.co', password: 'y' }).catch((e: unknown) => e)) as ApiError;

    expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED', issues: [] });
    expect(error.message).toBe('Too many attempts, try again later');
  });

  it('ignores details that are not field issues', async () => {
    const { api } = hq(() => json(409, { code: 'CONFLICT', message: 'Email taken', details: { issues: 'nope' } }));
    await expect(api.signUp(signUpBody())).rejects.toMatchObject({ code: 'CONFLICT', message: 'Email taken', issues: [] });
  });

  it('reports a network failure as NETWORK with status 0', async () => {
    const { api } = hq(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.refresh()).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('reports an answer that breaks the contract as BAD_RESPONSE', async () => {
    const { api } = hq(() => json(200, { accessToken: 42 }));
    await expect(api.signIn({ email: 'a@b.co', password: 'y' })).rejects.toMatchObject({ status: 200, code: 'BAD_RESPONSE' });
  });

  it('lets an aborted request reject with the AbortError itself', async () => {
    const { api, client } = hq(() => {
      throw new DOMException('The operation was aborted.', 'AbortError');
    });
    client.setSession(session('t1'));
    await expect(api.me(AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('sign-up and sign-out', () => {
  it('signs up and keeps the session', async () => {
    const { api, client, calls } = hq(() => json(201, session('t1')));

    await api.signUp(signUpBody());

    expect(calls[0]).toMatchObject({ url: '/api/hq/auth/sign-up', method: 'POST' });
    expect(JSON.parse(calls[0].body ?? '{}')).toEqual(signUpBody());
    expect(client.accessToken).toBe('t1');
  });

  it('signs out with the cookie and forgets the token, even if the server fails', async () => {
    const ok = hq(() => noContent());
    ok.client.setSession(session('t1'));
    await ok.api.signOut();
    expect(ok.calls[0]).toMatchObject({ url: '/api/hq/auth/sign-out', method: 'POST', body: undefined });
    expect(ok.client.accessToken).toBeNull();

    const failing = hq(() => json(503, { code: 'UNAVAILABLE', message: 'down' }));
    failing.client.setSession(session('t1'));
    await expect(failing.api.signOut()).rejects.toBeInstanceOf(ApiError);
    expect(failing.client.accessToken).toBeNull();
  });

  it('notifies subscribers only when the signed-in state flips', () => {
    const client = new ApiClient({ basePath: '/api/hq', locks: null });
    const listener = vi.fn();
    const unsubscribe = client.subscribe(listener);

    client.setSession(session('t1'));
    client.setSession(session('t2'));
    client.setSession(null);
    client.setSession(null);
    unsubscribe();
    client.setSession(session('t3'));

    expect(listener.mock.calls).toEqual([[true], [false]]);
  });
});

describe('portal api', () => {
  it('talks to /api/portal and shows the sign-in refusal', async () => {
    const { fetch, calls } = fakeFetch(() => json(401, { code: 'UNAUTHENTICATED', message: 'Email or password is incorrect' }));
    const api = portalApi(createPortalApiClient({ fetch, locks: null }));

    await expect(api.signIn({ email: 'a@b.co', password: 'secret!' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(api.refresh()).resolves.toBeNull();

    expect(calls.map((c) => c.url)).toEqual(['/api/portal/auth/sign-in', '/api/portal/auth/refresh']);
  });

  it('refreshes and retries portal requests too', async () => {
    const portalMe: PortalMeResponse = {
      user: { id: me.user.id, email: 'dana@rescue.test', name: 'Dana Okafor' },
      account: { id: me.organization.id, name: 'Alley Cat Rescue' },
      permissions: ['users.manage'],
      links: [],
    };
    const { fetch, calls } = fakeFetch((call) => {
      if (call.url.endsWith('/auth/refresh')) return json(200, session('p2'));
      return bearer(call) === 'Bearer p2' ? json(200, portalMe) : json(401, { code: 'UNAUTHENTICATED', message: 'Expired' });
    });
    const api = portalApi(createPortalApiClient({ fetch, locks: null, now: () => NOW }));

    await expect(api.me()).resolves.toEqual(portalMe);
    expect(calls.map((c) => c.url)).toEqual(['/api/portal/me', '/api/portal/auth/refresh', '/api/portal/me']);
  });
});

function signUpBody() {
  return {
    organizationName: 'Happy Tails',
    clinicName: 'Main Street',
    timeZone: 'America/Chicago',
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.org',
    password: 'correct horse!',
  };
}
