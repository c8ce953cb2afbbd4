import { labelsOf, linksOf, textsOf } from '@tailwise/web-ui';
import { describe, expect, it } from 'vitest';
import { CLIENTS_NAV, SETTINGS_NAV } from '../shell/navigation';
import { ada, renderApp } from '../test/render-app';

describe('signed-out pages', () => {
  it('/sign-in has labelled Email and Password, a Sign In button and a link to sign up', () => {
    const html = renderApp('/sign-in', null);

    expect(textsOf(html, 'h1')).toEqual(['Sign In']);
    expect(labelsOf(html)).toEqual(['Email', 'Password']);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Sign In[\s\S]*?<\/button>/);
    expect(linksOf(html)).toContainEqual({ href: '/sign-up', text: 'Sign up your organization' });
    expect(html).toMatch(/<form[^>]*novalidate/i);
  });

  it('/sign-up asks for the organization, clinic, time zone and first admin', () => {
    const html = renderApp('/sign-up', null);

    expect(textsOf(html, 'h1')).toEqual(['Sign Up']);
    expect(labelsOf(html)).toEqual(['Organization name', 'Clinic name', 'Time zone', 'First name', 'Last name', 'Email', 'Password']);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Create Account[\s\S]*?<\/button>/);
    expect(linksOf(html)).toContainEqual({ href: '/sign-in', text: 'Sign in' });
  });

  it("/sign-up picks the browser's time zone (UTC in tests) by default", () => {
    const html = renderApp('/sign-up', null);
    expect(html).toMatch(/<option value="UTC" selected="">/);
    expect(html).toContain('<option value="America/Chicago">America/Chicago (GMT-');
  });

  it('does not show the signed-in frame to someone signed out', () => {
    const html = renderApp('/clients', null);
    expect(html).not.toContain('Lovelace');
    expect(linksOf(html)).toEqual([]);
  });

  it('does not show the sign-in form to someone already signed in', () => {
    expect(labelsOf(renderApp('/sign-in', ada))).toEqual([]);
  });
});

describe('signed-in pages', () => {
  it('home welcomes the user by first name and shows the organization and clinic', () => {
    const html = renderApp('/', ada);

    expect(textsOf(html, 'h1')).toEqual(['Welcome, Ada']);
    expect(html).toContain('Happy Tails Spay &amp; Neuter');
    expect(html).toContain('Main Street Clinic');
  });

  it('has the top navigation bar and the user menu with name and organization', () => {
    const html = renderApp('/', ada);

    const nav = html.match(/<nav[^>]*aria-label="Main"[^>]*>([\s\S]*?)<\/nav>/)?.[1] ?? '';
    expect(linksOf(nav)).toEqual([
      { href: '/clients', text: 'Clients' },
      { href: '/calendar', text: 'Calendar' },
      { href: '/chat', text: 'Chat' },
      { href: '/settings', text: 'Settings' },
    ]);
    const account = html.match(/<button[^>]*aria-haspopup="menu"[^>]*>([\s\S]*?)<\/button>/)?.[1] ?? '';
    expect(account).toContain('Ada Lovelace');
    expect(account).toContain('Happy Tails Spay &amp; Neuter');
  });

  it('home has no link that a nav link could be confused with', () => {
    const names = linksOf(renderApp('/', ada)).map((link) => link.text);
    expect(names.filter((name) => /clients|calendar|chat|settings/i.test(name))).toEqual(['Clients', 'Calendar', 'Chat', 'Settings']);
  });

  it('the Clients landing is an empty state titled Clients, with the Clients left-hand menu', () => {
    const html = renderApp('/clients', ada);

    expect(textsOf(html, 'h1')).toEqual(['Clients']);
    const menu = html.match(/<nav[^>]*aria-label="Clients"[^>]*>([\s\S]*?)<\/nav>/)?.[1] ?? '';
    expect(linksOf(menu).map((link) => link.text)).toEqual([
      'Create Volume Client',
      'Create Client',
      'My Clients',
      'All Clients',
      'Search Clients and Animals',
    ]);
  });

  it('the Settings left-hand menu lists Clinic, Users, User Roles, Client Site, Chat', () => {
    const html = renderApp('/settings', ada);
    const menu = html.match(/<nav[^>]*aria-label="Settings"[^>]*>([\s\S]*?)<\/nav>/)?.[1] ?? '';
    expect(linksOf(menu).map((link) => link.text)).toEqual(['Clinic', 'Users', 'User Roles', 'Client Site', 'Chat']);
  });

  it.each([...CLIENTS_NAV.items, ...SETTINGS_NAV.items].map((item) => [item.to, item.label]))(
    '%s is a page titled %s',
    (path, label) => {
      expect(textsOf(renderApp(path, ada), 'h1')).toEqual([label]);
    },
  );

  it.each([
    ['/calendar', 'Calendar'],
    ['/chat', 'Chat'],
  ])('%s is titled %s, without a left-hand menu', (path, title) => {
    const html = renderApp(path, ada);
    expect(textsOf(html, 'h1')).toEqual([title]);
    expect(html).not.toMatch(/<nav[^>]*aria-label="(Clients|Settings)"/);
  });

  it('an unknown address says the page was not found', () => {
    expect(textsOf(renderApp('/no-such-page', ada), 'h1')).toEqual(['Page not found']);
  });
});
