import { STAFF_PERMISSIONS } from '@tailwise/contracts';
import { EmptyState, usePageTitle } from '@tailwise/web-ui';
import { Outlet } from 'react-router';
import { useSignedInUser } from '../auth/session';

/**
 * Whether the signed-in user's role may change clients (create, edit, disable, delete, add
 * animals). Every staff member may look clients up; the buttons that change them are shown
 * only to those the API lets.
 */
export function useCanManageClients(): boolean {
  return useSignedInUser().permissions.includes(STAFF_PERMISSIONS.manageClients);
}

/** The create pages, for staff whose role may manage clients. */
export function RequireManageClients() {
  return useCanManageClients() ? <Outlet /> : <NoManageClientsPermission />;
}

function NoManageClientsPermission() {
  usePageTitle('Clients');
  return (
    <EmptyState
      title="Clients"
      titleOrder={1}
      description="Your role doesn't include managing clients, so you can look clients up but not create or change them. Ask an admin of your organization to add the Manage clients permission to your role."
    />
  );
}
