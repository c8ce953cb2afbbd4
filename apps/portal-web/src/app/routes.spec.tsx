import { labelsOf, linksOf, textsOf } from '@tailwise/web-ui';
import { describe, expect, it } from 'vitest';
import { PORTAL_NAV } from '../shell/navigation';
import { dana, renderApp } from '../test/render-app';

describe('signed-out pages', () => {
  it('/portal/sign-in has Email, Password, Sign In and the help link', () => {
    const html = renderApp('/sign-in', null);

    expect(textsOf(html, 'h1')).toEqual(['Sign In']);
    expect(labelsOf(html)).toEqual(['Email', 'Password']);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Sign In[\s\S]*?<\/button>/);
    expect(linksOf(html)).toContainEqual({ href: '/portal/sign-in/help', text: 'Need help logging in?' });
  });

  it('Need help logging in? asks for the email to send a reset link to', () => {
    const html = renderApp('/sign-in/help', null);

    expect(textsOf(html, 'h1')).toEqual(['Need help logging in?']);
    expect(labelsOf(html)).toEqual(['Email']);
    expect(html).toMatch(/<form[^>]*novalidate/i);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Send Reset Link[\s\S]*?<\/button>/);
    expect(linksOf(html)).toContainEqual({ href: '/portal/sign-in', text: 'Back to Sign In' });
  });

  it('keeps the signed-in frame from someone signed out', () => {
    expect(linksOf(renderApp('/appointments', null))).toEqual([]);
  });
});

describe('signed-in pages', () => {
  it("has the portal navigation, a switcher of the account's clinics and the user menu", () => {
    const html = renderApp('/appointments', dana);

    const nav = html.match(/<nav[^>]*aria-label="Main"[^>]*>([\s\S]*?)<\/nav>/)?.[1] ?? '';
    expect(linksOf(nav)).toEqual(PORTAL_NAV.map((item) => ({ href: `/portal${item.to}`, text: item.label })));
    const account = html.match(/<button[^>]*aria-haspopup="menu"[^>]*>([\s\S]*?)<\/button>/)?.[1] ?? '';
    expect(account).toContain('Dana Okafor');
    expect(account).toContain('Alley Cat Rescue');
  });

  it.each([
    ['/documents', 'Documents'],
    ['/invoices', 'Invoices'],
    ['/chat', 'Chat'],
  ])('%s is an empty state titled %s, for a later release', (path, label) => {
    const html = renderApp(path, dana);
    expect(textsOf(html, 'h1')).toEqual([label]);
    expect(html).toContain('in a later release');
  });

  it('shows Users only to those who manage the account users', () => {
    const html = renderApp('/appointments', { ...dana, permissions: ['appointments.view'] });
    expect(linksOf(html).map((link) => link.text)).not.toContain('Users');
  });

  it('an unknown address says the page was not found', () => {
    expect(textsOf(renderApp('/no-such-page', dana), 'h1')).toEqual(['Page not found']);
  });
});
