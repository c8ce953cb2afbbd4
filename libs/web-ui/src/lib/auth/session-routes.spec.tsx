import { renderToStaticMarkup } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { textsOf } from '../testing/markup';
import { UiProvider } from '../ui-provider';
import { type SessionStatus, sessionRoutes } from './session-routes';

const signedIn: SessionStatus = { isPending: false, isError: false, error: null, data: { name: 'Ada' }, refetch: () => undefined };
const signedOut: SessionStatus = { ...signedIn, data: null };
const restoring: SessionStatus = { ...signedIn, isPending: true, data: undefined };
const unreachable: SessionStatus = { ...signedIn, isError: true, error: new Error('Cannot reach the server'), data: undefined };

function render(path: string, session: SessionStatus, onRender = vi.fn()): string {
  const routes = sessionRoutes({
    session: { useSession: () => session, useSessionEndedListener: onRender },
    signedOut: [{ path: 'sign-in', element: <h1>Sign In</h1> }],
    signedIn: [{ path: 'clients', element: <h1>Clients</h1> }],
  });
  return renderToStaticMarkup(
    <UiProvider appName="Tailwise Test">
      <RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />
    </UiProvider>,
  );
}

describe('sessionRoutes', () => {
  it('shows signed-in pages to someone signed in, and keeps the session in step above them', () => {
    const listener = vi.fn();
    expect(textsOf(render('/clients', signedIn, listener), 'h1')).toEqual(['Clients']);
    expect(listener).toHaveBeenCalled();
  });

  it('shows signed-out pages to someone signed out', () => {
    expect(textsOf(render('/sign-in', signedOut), 'h1')).toEqual(['Sign In']);
  });

  it('keeps signed-in pages from someone signed out, and signed-out pages from someone signed in', () => {
    expect(render('/clients', signedOut)).not.toContain('Clients');
    expect(render('/sign-in', signedIn)).not.toContain('Sign In');
  });

  it('says the session is being restored rather than guessing', () => {
    const html = render('/clients', restoring);
    expect(html).toContain('Restoring your session…');
    expect(html).not.toContain('Clients');
    expect(render('/sign-in', restoring)).not.toContain('Sign In');
  });

  it('names the app that could not be reached and offers to try again', () => {
    const html = render('/clients', unreachable);
    expect(html).toContain('Tailwise Test could not be reached');
    expect(html).toContain('Cannot reach the server');
    expect(html).toMatch(/<button[^>]*>[\s\S]*?Try Again[\s\S]*?<\/button>/);
  });
});
