import type { NavItem, SectionNav } from '@tailwise/web-ui';

/** The top navigation bar, in the order staff know from the clinic software they came from. */
export const MAIN_NAV: readonly NavItem[] = [
  { label: 'Clients', to: '/clients' },
  { label: 'Calendar', to: '/calendar' },
  { label: 'Chat', to: '/chat' },
  { label: 'Settings', to: '/settings' },
];

export const CLIENTS_NAV: SectionNav = {
  label: 'Clients',
  items: [
    { label: 'Create Volume Client', to: '/clients/volume/new' },
    { label: 'Create Client', to: '/clients/new' },
    { label: 'My Clients', to: '/clients/mine' },
    { label: 'All Clients', to: '/clients/all' },
    { label: 'Search Clients and Animals', to: '/clients/search' },
  ],
};

export const SETTINGS_NAV: SectionNav = {
  label: 'Settings',
  items: [
    { label: 'Clinic', to: '/settings/clinic' },
    { label: 'Users', to: '/settings/users' },
    { label: 'User Roles', to: '/settings/user-roles' },
    { label: 'Client Site', to: '/settings/client-site' },
    { label: 'Chat', to: '/settings/chat' },
  ],
};

const SECTIONS: ReadonlyArray<[prefix: string, nav: SectionNav]> = [
  ['/clients', CLIENTS_NAV],
  ['/settings', SETTINGS_NAV],
];

/** The left-hand menu for the section holding `pathname`, if that section has one. */
export function sectionNavFor(pathname: string): SectionNav | undefined {
  return SECTIONS.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`))?.[1];
}
