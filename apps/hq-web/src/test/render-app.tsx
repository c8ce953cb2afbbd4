import { ALL_STAFF_PERMISSIONS, type MeResponse } from '@tailwise/contracts';
import { createQueryClient, setSessionUser } from '@tailwise/web-api';
import type { QueryClient } from '@tanstack/react-query';
import { WebApp } from '@tailwise/web-ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { createMemoryRouter } from 'react-router';
import { APP_NAME } from '../app/app-name';
import { routes } from '../app/routes';

export const ada: MeResponse = {
  user: { id: '4b0f7c1e-8f5a-4d8e-9a43-1d3c0f6a7b21', email: 'ada@example.org', firstName: 'Ada', lastName: 'Lovelace' },
  organization: { id: '0d7e4c52-6a0b-4f4e-8d5a-2f3b9e1c7a10', name: 'Happy Tails Spay & Neuter' },
  clinics: [{ id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', name: 'Main Street Clinic', timeZone: 'America/Chicago' }],
  role: 'Admin',
  permissions: ['clients.manage'],
};

/** An admin of Ada's organization: the built-in Admin role holds every permission. */
export const admin: MeResponse = { ...ada, permissions: [...ALL_STAFF_PERMISSIONS] };

/**
 * Server-renders the whole app at `path` with the session already known; no DOM needed.
 * `seed` puts what the page would fetch into the query cache first.
 */
export function renderApp(path: string, session: MeResponse | null, seed?: (queryClient: QueryClient) => void): string {
  const queryClient = createQueryClient();
  setSessionUser(queryClient, session);
  seed?.(queryClient);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return renderToStaticMarkup(<WebApp appName={APP_NAME} queryClient={queryClient} router={router} />);
}
