import { QueryClient, useQueryClient } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useAppName } from '../ui-provider';
import { WebApp } from './web-app';

function Probe() {
  const appName = useAppName();
  const greeting = useQueryClient().getQueryData<string>(['greeting']);
  return (
    <h1>
      {greeting} from {appName}
    </h1>
  );
}

describe('WebApp', () => {
  it("gives the routed page the app's name, its query client and the theme", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(['greeting'], 'Hello');
    const router = createMemoryRouter([{ path: '/clients', element: <Probe /> }], { initialEntries: ['/clients'] });

    const html = renderToStaticMarkup(<WebApp appName="Tailwise Test" queryClient={queryClient} router={router} />);

    expect(html).toContain('<h1>Hello from Tailwise Test</h1>');
    expect(html).toContain('data-mantine-color-scheme');
  });
});
