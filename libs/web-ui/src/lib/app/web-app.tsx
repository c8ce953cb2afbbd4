import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, type DataRouter, type RouteObject, RouterProvider } from 'react-router';
import { UiProvider } from '../ui-provider';

export interface WebAppProps {
  appName: string;
  queryClient: QueryClient;
  router: DataRouter;
}

/** An app with everything its pages rely on: theme, the app's name, queries and routing. */
export function WebApp({ appName, queryClient, router }: WebAppProps) {
  return (
    <UiProvider appName={appName}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </UiProvider>
  );
}

export interface StartAppOptions {
  appName: string;
  routes: RouteObject[];
  /** Where the gateway serves the app, e.g. `/portal`; route paths are relative to it. */
  basename?: string;
  queryClient: QueryClient;
}

/**
 * Renders the app into index.html's `#root`, routed by the browser's address. The entry file
 * imports Mantine's styles first.
 */
export function startApp({ appName, routes, basename, queryClient }: StartAppOptions): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const router = createBrowserRouter(routes, { basename });
  createRoot(container).render(
    <StrictMode>
      <WebApp appName={appName} queryClient={queryClient} router={router} />
    </StrictMode>,
  );
}
