import { STAFF_PERMISSIONS } from '@tailwise/contracts';
import { EmptyState, usePageTitle } from '@tailwise/web-ui';
import type { ReactNode } from 'react';
import { useSignedInUser } from '../auth/session';

/** Whether the signed-in user's role may see and change staff users and roles (the API refuses everyone else). */
export function useCanManageUsers(): boolean {
  return useSignedInUser().permissions.includes(STAFF_PERMISSIONS.manageUsers);
}

/**
 * Users and User Roles, for staff whose role may manage users; anyone else is told what is
 * missing under the page's own title, rather than shown a list the API would refuse.
 */
export function RequireManageUsers({ title, children }: { title: string; children: ReactNode }) {
  return useCanManageUsers() ? children : <NoManageUsersPermission title={title} />;
}

function NoManageUsersPermission({ title }: { title: string }) {
  usePageTitle(title);
  return (
    <EmptyState
      title={title}
      titleOrder={1}
      description="You need the Manage users permission to see and change staff users and their roles. Ask an admin of your organization to add it to your role."
    />
  );
}
