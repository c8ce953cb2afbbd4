import type { MeResponse } from '@tailwise/contracts';
import { restoreSession } from '@tailwise/web-api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../app/api';

/** Who is signed in: `MeResponse`, or `null` when nobody is. */
export const SESSION_QUERY_KEY = ['session'] as const;

/** Restores the session from the refresh cookie once per page load, then keeps it. */
export function useSession() {
  return useQuery({
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

/** The signed-in user, for pages behind `RequireSession`. */
export function useSignedInUser(): MeResponse {
  const { data } = useSession();
  if (!data) throw new Error('useSignedInUser is only for pages behind RequireSession');
  return data;
}

/** Signs in (or up) with a finished request, then loads who that is into the session. */
export function useStartSession() {
  const queryClient = useQueryClient();
  return async (signIn: () => Promise<unknown>): Promise<void> => {
    await signIn();
    const me = await api.me();
    queryClient.setQueryData(SESSION_QUERY_KEY, me);
  };
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.signOut(),
    // Signed out locally even if the server could not be told: the token is gone from memory.
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
    },
  });
}

/** Ends the session in the app when the API client learns it is over (a refused refresh). */
export function useSessionEndedListener(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api.client.subscribe((signedIn) => {
        if (!signedIn) queryClient.setQueryData(SESSION_QUERY_KEY, null);
      }),
    [queryClient],
  );
}
