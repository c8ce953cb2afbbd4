import { labelsOf, linksOf, textsOf } from '@tailwise/web-ui';
import { describe, expect, it } from 'vitest';
import { PORTAL_NAV } from '../shell/navigation';
import { ada, renderApp } from '../test/render-app';

describe('signed-out pages', () => {
  it('/portal/sign-in has Email, Password, Sign In and the help link', () => {
    const html = renderApp('/sign-in', null);

    expect(textsOf(html, 'h1')).toEqual(['Sign In']);
    expect(labelsOf(html)).toEqual(['Email', 'Password']);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>[\s\S]*?Sign In[\s\S]*?<\/button>/);
    expect(linksOf(html)).toContainEqual({ href: '/portal/sign-in/help', text: 'Need help logging in?' });
  });

  it('the help page says plainly that reset emails come later, and sends nothing', () => {
    const html = renderApp('/sign-in/help', null);

    expect(textsOf(html, 'h1')).toEqual(['Need help logging in?']);
    expect(html).toContain('arrives in a later release');
    expect(html).not.toContain('<form');
    expect(linksOf(html)).toContainEqual({ href: '/portal/sign-in', text: 'Back to Sign In' });
  });

  it('keeps the signed-in frame from someone signed out', () => {
    expect(linksOf(renderApp('/appointments', null))).toEqual([]);
  });
});

describe('signed-in pages', () => {
  it('has the portal navigation, a clinic switcher and the user menu', () => {
    const html = renderApp('/appointments', ada);

    const nav = html.match(/<nav[^>]*aria-label="Main"[^>]*>([\s\S]*?)<\/nav>/)?.[1] ?? '';
    expect(linksOf(nav)).toEqual(PORTAL_NAV.map((item) => ({ href: `/portal${item.to}`, text: item.label })));
    expect(html).toMatch(/<select[^>]*aria-label="Clinic"/);
    expect(html).toContain('>Main Street Clinic</option>');
    const account = html.match(/<button[^>]*aria-haspopup="menu"[^>]*>([\s\S]*?)<\/button>/)?.[1] ?? '';
    expect(account).toContain('Ada Lovelace');
  });

  it.each(PORTAL_NAV.map((item) => [item.to, item.label]))('%s is an empty state titled %s', (path, label) => {
    expect(textsOf(renderApp(path, ada), 'h1')).toEqual([label]);
  });

  it('shows Users only to those who manage the account users', () => {
    const html = renderApp('/appointments', { ...ada, permissions: ['appointments.view'] });
    expect(linksOf(html).map((link) => link.text)).not.toContain('Users');
  });

  it('says when no clinic is linked yet', () => {
    const html = renderApp('/appointments', { ...ada, clinics: [] });
    expect(html).toMatch(/<select[^>]*disabled/);
    expect(html).toContain('No clinics yet');
  });

  it('an unknown address says the page was not found', () => {
    expect(textsOf(renderApp('/no-such-page', ada), 'h1')).toEqual(['Page not found']);
  });
});
