import type { MeResponse } from '@tailwise/contracts';
import { createQueryClient, setSessionUser } from '@tailwise/web-api';
import { UiProvider } from '@tailwise/web-ui';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { APP_NAME } from '../app/app-name';

/**
 * Server-renders one part of a page (e.g. what a dialog holds: dialogs themselves only open in
 * a browser) inside the providers every page has, with `session` signed in.
 */
export function renderStatic(ui: ReactElement, session: MeResponse | null = null): string {
  const queryClient = createQueryClient();
  setSessionUser(queryClient, session);
  return renderToStaticMarkup(
    <UiProvider appName={APP_NAME}>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter>{ui}</MemoryRouter>
      </QueryClientProvider>
    </UiProvider>,
  );
}
