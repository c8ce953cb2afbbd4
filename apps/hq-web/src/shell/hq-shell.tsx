import { AppLayout, UserMenu } from '@tailwise/web-ui';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { APP_NAME } from '../app/app-name';
import { useSignedInUser, useSignOut } from '../auth/session';
import { MAIN_NAV, sectionNavFor } from './navigation';

/** The signed-in frame: top navigation, the section's left-hand menu, the user's menu. */
export function HqShell() {
  const me = useSignedInUser();
  const signOut = useSignOut();
  const { pathname } = useLocation();
  const name = `${me.user.firstName} ${me.user.lastName}`;

  return (
    <AppLayout
      appName={APP_NAME}
      mainNav={MAIN_NAV}
      sectionNav={sectionNavFor(pathname)}
      headerEnd={({ compact }) => (
        <UserMenu name={name} detail={me.organization.name} compact={compact} onSignOut={() => signOut.mutate()} />
      )}
    >
      <Outlet />
      {/* A new page starts at its top; Back returns to where the last one was scrolled. */}
      <ScrollRestoration />
    </AppLayout>
  );
}
