import { PORTAL_PERMISSIONS } from '@tailwise/contracts';
import type { NavItem } from '@tailwise/web-ui';

export const PORTAL_NAV: readonly NavItem[] = [
  { label: 'Appointments', to: '/appointments' },
  { label: 'Animals', to: '/animals' },
  { label: 'Documents', to: '/documents' },
  { label: 'Invoices', to: '/invoices' },
  { label: 'Chat', to: '/chat' },
  { label: 'Users', to: '/users' },
];

/** The navigation a portal user sees: Users is for the account's admins (those who manage users). */
export function portalNavFor(permissions: readonly string[]): NavItem[] {
  return PORTAL_NAV.filter((item) => item.to !== '/users' || permissions.includes(PORTAL_PERMISSIONS.manageUsers));
}
