import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { UiProvider } from '../lib/ui-provider';

/** Server-renders `ui` inside the providers a page has; tests read the markup, no DOM needed. */
export function renderStatic(ui: ReactElement, { path = '/' }: { path?: string } = {}): string {
  return renderToStaticMarkup(
    <UiProvider appName="Tailwise Test">
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </UiProvider>,
  );
}
