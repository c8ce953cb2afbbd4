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

/** Pages only some portal users may open; the rest are for every user of the account. */
const NEEDS: Record<string, string> = {
  '/appointments': PORTAL_PERMISSIONS.viewAppointments,
  '/users': PORTAL_PERMISSIONS.manageUsers,
};

/** The navigation a portal user sees: Appointments for those who may view them, Users for the account's admins. */
export function portalNavFor(permissions: readonly string[]): NavItem[] {
  return PORTAL_NAV.filter((item) => {
    const needed = NEEDS[item.to];
    return !needed || permissions.includes(needed);
  });
}

/** The first page once a clinic is chosen: its appointments, for those who may view them. */
export function portalHomeFor(permissions: readonly string[]): string {
  return portalNavFor(permissions)[0]?.to ?? '/animals';
}
