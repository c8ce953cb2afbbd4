import { AppLayout, UserMenu } from '@tailwise/web-ui';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { APP_NAME } from '../app/app-name';
import { useSignedInUser, useSignOut } from '../auth/session';
import { ClinicSwitcher } from './clinic-switcher';
import { portalNavFor } from './navigation';

export function PortalShell() {
  const me = useSignedInUser();
  const signOut = useSignOut();
  // Kept here, not in the switcher: on phones the switcher unmounts with the navigation drawer.
  const [clinicId, setClinicId] = useState(me.clinics[0]?.id ?? '');
  const name = `${me.user.firstName} ${me.user.lastName}`;

  return (
    <AppLayout
      appName={APP_NAME}
      homeTo="/appointments"
      mainNav={portalNavFor(me.permissions)}
      tools={<ClinicSwitcher clinics={me.clinics} value={clinicId} onChange={setClinicId} />}
      headerEnd={({ compact }) => (
        <UserMenu name={name} detail={me.organization.name} compact={compact} onSignOut={() => signOut.mutate()} />
      )}
    >
      <Outlet />
    </AppLayout>
  );
}
