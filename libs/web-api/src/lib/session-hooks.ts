import type { MeResponse, SignInRequest } from '@tailwise/contracts';
import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { ApiClient } from './api-client';
import type { AuthApi } from './auth-api';
import { restoreSession } from './session';

/** Who is signed in: the app's "me" (`MeResponse` in HQ), or `null` when nobody is. */
export const SESSION_QUERY_KEY = ['session'] as const;

/** What the session needs of an app's API: `authApi(client)`, or an API built on it. */
export type SessionApi<TMe = MeResponse> = Pick<AuthApi<TMe>, 'signIn' | 'refresh' | 'signOut' | 'me'> & {
  client: Pick<ApiClient, 'subscribe'>;
};

/** Sets who is signed in (`null`: nobody), e.g. to start a test already signed in. */
export function setSessionUser<TMe>(queryClient: QueryClient, me: TMe | null): void {
  queryClient.setQueryData(SESSION_QUERY_KEY, me);
}

/** Signs in (or up) with a finished request, then loads who that is into the session. */
export async function startSession<TMe>(
  queryClient: QueryClient,
  api: Pick<SessionApi<TMe>, 'me'>,
  signIn: () => Promise<unknown>,
): Promise<void> {
  await signIn();
  setSessionUser(queryClient, await api.me());
}

/** Forgets who was signed in and everything loaded for them. */
export function endSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
  setSessionUser(queryClient, null);
}

/** Ends the session in the app when the API client learns it is over (a refused refresh); returns the unsubscribe. */
export function followSessionEnd(queryClient: QueryClient, client: SessionApi<unknown>['client']): () => void {
  return client.subscribe((signedIn) => {
    if (!signedIn) setSessionUser(queryClient, null);
  });
}

/** Restores the session from the refresh cookie once per page load, then keeps it. */
export function sessionQueryOptions<TMe>(api: Pick<SessionApi<TMe>, 'refresh' | 'me'>) {
  return queryOptions({
    queryKey: SESSION_QUERY_KEY,
    // No abort signal: a cancelled restore (React's StrictMode remount) would only make a
    // second refresh; letting the first finish keeps to one.
    queryFn: () => restoreSession(api),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** The session hooks of an app, bound to its API; make them once, beside the API client. */
export function createSessionHooks<TMe>(api: SessionApi<TMe>) {
  const sessionQuery = sessionQueryOptions(api);

  function useSession() {
    return useQuery(sessionQuery);
  }

  /** The signed-in user, for pages behind the signed-in routes' guard. */
  function useSignedInUser(): TMe {
    const { data } = useSession();
    if (!data) throw new Error('useSignedInUser is only for pages behind RequireSession');
    return data;
  }

  /** Starts the session with a sign-in request of the app's own, e.g. a sign-up. */
  function useStartSession() {
    const queryClient = useQueryClient();
    return (signIn: () => Promise<unknown>): Promise<void> => startSession(queryClient, api, signIn);
  }

  function useSignIn() {
    const start = useStartSession();
    return (values: SignInRequest): Promise<void> => start(() => api.signIn(values));
  }

  /** Asks the server again who is signed in, e.g. after it refused a clinic the session still listed. */
  function useReloadSignedInUser() {
    const queryClient = useQueryClient();
    return useCallback(async (): Promise<TMe> => {
      const me = await api.me();
      setSessionUser(queryClient, me);
      return me;
    }, [queryClient]);
  }

  function useSignOut() {
    const queryClient = useQueryClient();
    return useMutation({
      mutationFn: () => api.signOut(),
      // Signed out locally even if the server could not be told: the token is gone from memory.
      onSettled: () => endSession(queryClient),
    });
  }

  /** Keeps the app's session in step with the API client's; called once, above every page. */
  function useSessionEndedListener(): void {
    const queryClient = useQueryClient();
    useEffect(() => followSessionEnd(queryClient, api.client), [queryClient]);
  }

  return { useSession, useSignedInUser, useReloadSignedInUser, useStartSession, useSignIn, useSignOut, useSessionEndedListener };
}

export type SessionHooks<TMe = MeResponse> = ReturnType<typeof createSessionHooks<TMe>>;
