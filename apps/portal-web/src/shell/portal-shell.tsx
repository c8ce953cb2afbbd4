import { Alert } from '@mantine/core';
import type { PortalLinkView } from '@tailwise/contracts';
import { AppLayout, UserMenu } from '@tailwise/web-ui';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Outlet } from 'react-router';
import { APP_NAME } from '../app/app-name';
import { useReloadSignedInUser, useSignedInUser, useSignOut } from '../auth/session';
import { ClinicSwitcher } from './clinic-switcher';
import { portalHomeFor, portalNavFor } from './navigation';
import { closedAccessNotice, type SelectedClinic, SelectedClinicContext, selectedLink } from './selected-clinic';

export function PortalShell() {
  const me = useSignedInUser();
  const signOut = useSignOut();
  const reloadMe = useReloadSignedInUser();
  // Kept here, not in the switcher: on phones the switcher unmounts with the navigation drawer.
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const checking = useRef(new Set<string>());
  const link = selectedLink(me.links, chosenId);

  const reportNotFound = useCallback(
    (lost: PortalLinkView) => {
      // Several queries may fail at once for the same clinic: ask once.
      if (checking.current.has(lost.organizationId)) return;
      checking.current.add(lost.organizationId);
      reloadMe()
        .then((fresh) => {
          const message = closedAccessNotice(lost, fresh.links);
          if (message) setNotice(message);
        })
        // Not reachable now: the page shows its own error, and its next 404 asks again.
        .catch(() => undefined)
        .finally(() => checking.current.delete(lost.organizationId));
    },
    [reloadMe],
  );

  const selected = useMemo<SelectedClinic>(() => ({ link, reportNotFound }), [link, reportNotFound]);

  return (
    <AppLayout
      appName={APP_NAME}
      homeTo={portalHomeFor(me.permissions)}
      mainNav={portalNavFor(me.permissions)}
      tools={<ClinicSwitcher links={me.links} value={link?.organizationId ?? ''} onChange={setChosenId} />}
      headerEnd={({ compact }) => <UserMenu name={me.user.name} detail={me.account.name} compact={compact} onSignOut={() => signOut.mutate()} />}
    >
      {notice ? (
        <Alert
          color="orange"
          variant="light"
          title="Access closed"
          role="alert"
          mb="md"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      ) : null}
      <SelectedClinicContext value={selected}>
        <Outlet />
      </SelectedClinicContext>
    </AppLayout>
  );
}
