import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../test/render-static';
import { attr, findTag } from '../testing/markup';
import { EmptyState } from '../empty-state';
import { AppLayout } from './app-layout';
import { UserMenu } from './user-menu';

const mainNav = [
  { label: 'Clients', to: '/clients' },
  { label: 'Calendar', to: '/calendar' },
];
const sectionNav = {
  label: 'Clients',
  items: [
    { label: 'My Clients', to: '/clients/mine' },
    { label: 'All Clients', to: '/clients/all' },
  ],
};

function Layout({ withSection = true }: { withSection?: boolean }) {
  return (
    <AppLayout
      appName="Tailwise Test"
      mainNav={mainNav}
      sectionNav={withSection ? sectionNav : undefined}
      headerEnd={({ compact }) => <UserMenu name="Ada Lovelace" detail="Happy Tails" compact={compact} onSignOut={() => undefined} />}
    >
      <EmptyState title="All Clients" titleOrder={1} description="Nothing yet" />
    </AppLayout>
  );
}

describe('AppLayout', () => {
  it('renders the top navigation, the section menu and marks the current page', () => {
    const html = renderStatic(<Layout />, { path: '/clients/all' });

    expect(html).toMatch(/<nav[^>]*aria-label="Main"/);
    expect(html).toMatch(/<nav[^>]*aria-label="Clients"/);
    expect(attr(findTag(html, 'href="/clients"'), 'aria-current')).toBe('page');
    expect(attr(findTag(html, 'href="/clients/all"'), 'aria-current')).toBe('page');
    expect(attr(findTag(html, 'href="/clients/mine"'), 'aria-current')).toBeUndefined();
    expect(attr(findTag(html, 'href="/calendar"'), 'aria-current')).toBeUndefined();
    expect(html).toMatch(/<main[^>]*id="main-content"/);
    expect(html).toContain('href="#main-content"');
  });

  it('leaves out the left-hand menu for sections without one', () => {
    const html = renderStatic(<Layout withSection={false} />, { path: '/calendar' });
    expect(html).not.toContain('href="/clients/mine"');
    expect(attr(findTag(html, 'href="/calendar"'), 'aria-current')).toBe('page');
  });

  it("shows the user's name and organization in the account button", () => {
    const html = renderStatic(<Layout />, { path: '/clients' });
    expect(findTag(html, 'aria-haspopup="menu"')).toBeTruthy();
    expect(html).toContain('Ada Lovelace');
    expect(html).toContain('Happy Tails');
  });

  it('titles the empty state with the page heading level asked for', () => {
    const html = renderStatic(<Layout />, { path: '/clients/all' });
    expect(html).toMatch(/<h1[^>]*>All Clients<\/h1>/);
  });
});
