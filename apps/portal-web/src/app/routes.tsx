import { ComingSoonPage, NotFoundPage, sessionRoutes } from '@tailwise/web-ui';
import { Navigate, type RouteObject } from 'react-router';
import { session } from '../auth/session';
import { SignInHelpPage } from '../auth/sign-in-help-page';
import { PortalSignInPage } from '../auth/sign-in-page';
import { PORTAL_NAV } from '../shell/navigation';
import { PortalShell } from '../shell/portal-shell';

const DESCRIPTIONS: Record<string, string> = {
  '/appointments': 'Appointments your clinics release to you will be listed here in a later release.',
  '/animals': 'Your animals will be listed here in a later release.',
  '/documents': 'Documents such as rabies and spay/neuter certificates will be listed here in a later release.',
  '/invoices': 'Invoices from your clinics will be listed here in a later release.',
  '/chat': 'Chat with your clinics arrives in a later release.',
  '/users': "Your account's users and their permissions will be managed here in a later release.",
};

/** Paths are relative to the /portal basename. */
export const routes: RouteObject[] = sessionRoutes({
  session,
  signedOut: [
    { path: 'sign-in', element: <PortalSignInPage /> },
    { path: 'sign-in/help', element: <SignInHelpPage /> },
  ],
  signedIn: [
    {
      element: <PortalShell />,
      children: [
        { index: true, element: <Navigate to="/appointments" replace /> },
        ...PORTAL_NAV.map(
          (item): RouteObject => ({
            path: item.to.slice(1),
            element: <ComingSoonPage title={item.label} description={DESCRIPTIONS[item.to]} />,
          }),
        ),
        { path: '*', element: <NotFoundPage homeTo="/appointments" /> },
      ],
    },
  ],
});
