import type { PortalMeResponse } from '@tailwise/contracts';
import { createQueryClient, setSessionUser } from '@tailwise/web-api';
import { WebApp } from '@tailwise/web-ui';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createMemoryRouter } from 'react-router';
import { APP_NAME, BASENAME } from '../app/app-name';
import { routes } from '../app/routes';

export const HAPPY_TAILS_ID = '0d7e4c52-6a0b-4f4e-8d5a-2f3b9e1c7a10';
export const PAWS_ID = '2e8f5d63-7b1c-4a5f-9e6b-3a4c0f2d8b21';

/** Dana manages the users of Alley Cat Rescue, which two organizations have linked. */
export const dana: PortalMeResponse = {
  user: { id: '4b0f7c1e-8f5a-4d8e-9a43-1d3c0f6a7b21', email: 'dana@rescue.test', name: 'Dana Okafor' },
  account: { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', name: 'Alley Cat Rescue' },
  permissions: ['appointments.view', 'users.manage'],
  links: [
    {
      organizationId: HAPPY_TAILS_ID,
      organizationName: 'Happy Tails Spay & Neuter',
      clientId: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      clinics: [{ id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', name: 'Main Street Clinic', timeZone: 'America/Chicago' }],
    },
    {
      organizationId: PAWS_ID,
      organizationName: 'Paws Community Clinic',
      clientId: '3f9a6e74-8c2d-4b6a-8f7c-4b5d1a3e9c32',
      clinics: [{ id: '5b2c3d4e-6f7a-4b8c-9d0e-2f3a4b5c6d7e', name: 'Paws East', timeZone: 'America/Denver' }],
    },
  ],
};

/**
 * Server-renders the whole app at `/portal${path}` with the session already known; no DOM needed.
 * `seed` puts what the page would fetch into the query cache first.
 */
export function renderApp(path: string, session: PortalMeResponse | null, seed?: (queryClient: QueryClient) => void): string {
  const queryClient = createQueryClient();
  setSessionUser(queryClient, session);
  seed?.(queryClient);
  const router = createMemoryRouter(routes, { basename: BASENAME, initialEntries: [`${BASENAME}${path}`] });
  return renderToStaticMarkup(<WebApp appName={APP_NAME} queryClient={queryClient} router={router} />);
}

/** Server-renders one part of a page (e.g. a form a click would show) inside the app's providers. */
export function renderPart(element: ReactNode): string {
  const router = createMemoryRouter([{ path: '*', element }], { basename: BASENAME, initialEntries: [`${BASENAME}/`] });
  return renderToStaticMarkup(<WebApp appName={APP_NAME} queryClient={createQueryClient()} router={router} />);
}

/** Puts a failed fetch into the cache, as if the server had refused `queryKey`, and keeps it rather than fetching again on mount. */
export function seedError(queryClient: QueryClient, queryKey: readonly unknown[], error: Error): void {
  queryClient.setQueryDefaults(queryKey, { retryOnMount: false });
  queryClient.getQueryCache().build(queryClient, { queryKey }).setState({ status: 'error', error, fetchStatus: 'idle' });
}
