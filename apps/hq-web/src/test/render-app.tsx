import type { MeResponse } from '@tailwise/contracts';
import { UiProvider } from '@tailwise/web-ui';
import { QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { APP_NAME } from '../app/app-name';
import { createQueryClient } from '../app/query-client';
import { routes } from '../app/routes';
import { SESSION_QUERY_KEY } from '../auth/session';

export const ada: MeResponse = {
  user: { id: '4b0f7c1e-8f5a-4d8e-9a43-1d3c0f6a7b21', email: 'ada@example.org', firstName: 'Ada', lastName: 'Lovelace' },
  organization: { id: '0d7e4c52-6a0b-4f4e-8d5a-2f3b9e1c7a10', name: 'Happy Tails Spay & Neuter' },
  clinics: [{ id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', name: 'Main Street Clinic', timeZone: 'America/Chicago' }],
  role: 'Admin',
  permissions: ['clients.manage'],
};

/** Server-renders the whole app at `path` with the session already known; no DOM needed. */
export function renderApp(path: string, session: MeResponse | null): string {
  const queryClient = createQueryClient();
  queryClient.setQueryData(SESSION_QUERY_KEY, session);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return renderToStaticMarkup(
    <UiProvider appName={APP_NAME}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </UiProvider>,
  );
}

/** Text of every element matching a tag, e.g. all `h1`s; markup inside is dropped. */
export function textsOf(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => decode(m[1].replace(/<[^>]+>/g, '')));
}

/** The visible label of every `<label>`, without Mantine's required asterisk. */
export function labelsOf(html: string): string[] {
  return textsOf(html, 'label').map((label) => label.replace(/\s*\*$/, ''));
}

/** The text of each link, keyed by href. */
export function linksOf(html: string): Array<{ href: string; text: string }> {
  return [...html.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({
    href: m[1],
    text: decode(m[2].replace(/<[^>]+>/g, '')),
  }));
}

function decode(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
