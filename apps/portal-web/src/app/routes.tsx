import { ComingSoonPage, NotFoundPage, sessionRoutes } from '@tailwise/web-ui';
import type { RouteObject } from 'react-router';
import { AnimalsPage } from '../animals/animals-page';
import { AppointmentsPage } from '../appointments/appointments-page';
import { InvitationPage } from '../auth/invitation-page';
import { session } from '../auth/session';
import { SetPasswordPage } from '../auth/set-password-page';
import { SignInHelpPage } from '../auth/sign-in-help-page';
import { PortalSignInPage } from '../auth/sign-in-page';
import { PORTAL_NAV } from '../shell/navigation';
import { PortalHome } from '../shell/portal-home';
import { PortalShell } from '../shell/portal-shell';
import { UsersPage } from '../users/users-page';

/** The pages of this release; the rest of the navigation is an empty state saying what comes. */
const BUILT: Record<string, RouteObject['element']> = {
  '/appointments': <AppointmentsPage />,
  '/animals': <AnimalsPage />,
  '/users': <UsersPage />,
};

const COMING_SOON: Record<string, string> = {
  '/documents': 'Documents such as rabies and spay/neuter certificates will be listed here in a later release.',
  '/invoices': 'Invoices from your clinics will be listed here in a later release.',
  '/chat': 'Chat with your clinics arrives in a later release.',
};

/** Paths are relative to the /portal basename. */
export const routes: RouteObject[] = [
  ...sessionRoutes({
    session,
    signedOut: [
      { path: 'sign-in', element: <PortalSignInPage /> },
      { path: 'sign-in/help', element: <SignInHelpPage /> },
    ],
    signedIn: [
      {
        element: <PortalShell />,
        children: [
          { index: true, element: <PortalHome /> },
          ...PORTAL_NAV.map(
            (item): RouteObject => ({
              path: item.to.slice(1),
              element: BUILT[item.to] ?? <ComingSoonPage title={item.label} description={COMING_SOON[item.to]} />,
            }),
          ),
          { path: '*', element: <NotFoundPage homeTo="/" /> },
        ],
      },
    ],
  }),
  // Emailed links work whether or not someone is signed in here: the link decides who signs in.
  { path: 'invitation', element: <InvitationPage /> },
  { path: 'set-password', element: <SetPasswordPage /> },
];
