import type { MeResponse, SessionResponse } from '@tailwise/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from './api-client';
import {
  createSessionHooks,
  endSession,
  followSessionEnd,
  SESSION_QUERY_KEY,
  sessionQueryOptions,
  setSessionUser,
  startSession,
} from './session-hooks';

const session: SessionResponse = { accessToken: 't', accessTokenExpiresAt: '2030-01-01T12:15:00.000Z' };
const ada = { user: { firstName: 'Ada', lastName: 'Lovelace' } } as MeResponse;

/** An API whose refresh cookie holds `refreshed`, and whose `me` is Ada. */
function fakeApi(refreshed: SessionResponse | null = session) {
  return {
    client: new ApiClient({ basePath: '/api/test', locks: null }),
    signIn: vi.fn().mockResolvedValue(session),
    refresh: vi.fn().mockResolvedValue(refreshed),
    signOut: vi.fn().mockResolvedValue(undefined),
    me: vi.fn().mockResolvedValue(ada),
  };
}

describe('the session query', () => {
  it('restores who is signed in from the refresh cookie, once', async () => {
    const api = fakeApi();
    const queryClient = new QueryClient();

    await expect(queryClient.fetchQuery(sessionQueryOptions(api))).resolves.toBe(ada);
    await queryClient.fetchQuery(sessionQueryOptions(api));

    expect(api.refresh).toHaveBeenCalledTimes(1);
    expect(queryClient.getQueryData(SESSION_QUERY_KEY)).toBe(ada);
  });

  it('knows nobody is signed in when there is no session cookie', async () => {
    const api = fakeApi(null);
    await expect(new QueryClient().fetchQuery(sessionQueryOptions(api))).resolves.toBeNull();
  });
});

describe('starting and ending the session', () => {
  it('signs in, then loads who that is', async () => {
    const api = fakeApi();
    const queryClient = new QueryClient();
    const signIn = vi.fn().mockResolvedValue(session);

    await startSession(queryClient, api, signIn);

    expect(signIn).toHaveBeenCalledBefore(api.me);
    expect(queryClient.getQueryData(SESSION_QUERY_KEY)).toBe(ada);
  });

  it('leaves the session alone when signing in fails', async () => {
    const api = fakeApi();
    const queryClient = new QueryClient();
    setSessionUser(queryClient, null);

    await expect(startSession(queryClient, api, () => Promise.reject(new Error('no')))).rejects.toThrow('no');

    expect(api.me).not.toHaveBeenCalled();
    expect(queryClient.getQueryData(SESSION_QUERY_KEY)).toBeNull();
  });

  it('forgets who was signed in and what was loaded for them', () => {
    const queryClient = new QueryClient();
    setSessionUser(queryClient, ada);
    queryClient.setQueryData(['clients'], ['Rex']);

    endSession(queryClient);

    expect(queryClient.getQueryData(SESSION_QUERY_KEY)).toBeNull();
    expect(queryClient.getQueryData(['clients'])).toBeUndefined();
  });

  it('signs the app out when the API client loses the session, until unsubscribed', () => {
    const api = fakeApi();
    const queryClient = new QueryClient();
    api.client.setSession(session);
    setSessionUser(queryClient, ada);

    const unsubscribe = followSessionEnd(queryClient, api.client);
    api.client.setSession(null);
    expect(queryClient.getQueryData(SESSION_QUERY_KEY)).toBeNull();

    unsubscribe();
    setSessionUser(queryClient, ada);
    api.client.setSession(session);
    api.client.setSession(null);
    expect(queryClient.getQueryData(SESSION_QUERY_KEY)).toBe(ada);
  });
});

describe('createSessionHooks', () => {
  const { useSignedInUser } = createSessionHooks<MeResponse>(fakeApi());

  function FirstName() {
    return useSignedInUser().user.firstName;
  }

  function render(me: MeResponse | null): string {
    const queryClient = new QueryClient();
    setSessionUser(queryClient, me);
    return renderToStaticMarkup(createElement(QueryClientProvider, { client: queryClient }, createElement(FirstName)));
  }

  it('gives pages the signed-in user', () => {
    expect(render(ada)).toBe('Ada');
  });

  it("serves an app's own kind of me, such as the portal's", () => {
    const portal = { ...fakeApi(), me: vi.fn().mockResolvedValue({ user: { name: 'Dana Okafor' } }) };
    const hooks = createSessionHooks<{ user: { name: string } }>(portal);
    function Name() {
      return hooks.useSignedInUser().user.name;
    }
    const queryClient = new QueryClient();
    setSessionUser(queryClient, { user: { name: 'Dana Okafor' } });
    expect(renderToStaticMarkup(createElement(QueryClientProvider, { client: queryClient }, createElement(Name)))).toBe('Dana Okafor');
  });

  it('refuses to serve a page that is not behind the guard', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(null)).toThrow(/only for pages behind RequireSession/);
    quiet.mockRestore();
  });

  it('asks the server again who is signed in, and keeps the answer', async () => {
    const api = fakeApi();
    const queryClient = new QueryClient();
    setSessionUser(queryClient, { user: { firstName: 'Old' } } as MeResponse);
    let reload: (() => Promise<MeResponse>) | undefined;
    function Capture() {
      reload = createSessionHooks<MeResponse>(api).useReloadSignedInUser();
      return null;
    }
    renderToStaticMarkup(createElement(QueryClientProvider, { client: queryClient }, createElement(Capture)));

    await expect(reload?.()).resolves.toBe(ada);
    expect(queryClient.getQueryData(SESSION_QUERY_KEY)).toEqual(ada);
  });
});
