import { ComingSoonPage, NotFoundPage, type SectionNav, sessionRoutes } from '@tailwise/web-ui';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { session } from '../auth/session';
import { ForgotPasswordPage } from '../auth/forgot-password-page';
import { SetPasswordPage } from '../auth/set-password-page';
import { HqSignInPage } from '../auth/sign-in-page';
import { SignUpPage } from '../auth/sign-up-page';
import { CalendarPage } from '../calendar/calendar-page';
import { ClientListPage } from '../clients/client-list-page';
import { RequireManageClients } from '../clients/clients-access';
import { ClientsHomePage } from '../clients/clients-home-page';
import { CreateClientPage } from '../clients/create-client-page';
import { CreateVolumeClientPage } from '../clients/create-volume-client-page';
import { ClientProfilePage } from '../clients/profile/client-profile-page';
import { SearchPage } from '../clients/search-page';
import { HomePage } from '../pages/home-page';
import { HqShell } from '../shell/hq-shell';
import { ClinicSetupPage } from '../settings/clinic-setup-page';
import { UserRolesPage } from '../settings/user-roles-page';
import { UsersPage } from '../settings/users-page';
import { SETTINGS_NAV } from '../shell/navigation';

const comingSoon = (path: string, title: string, description?: string): RouteObject => ({
  path,
  element: <ComingSoonPage title={title} description={description} />,
});

/**
 * A section with a left-hand menu: a landing titled as the section, and a page titled exactly as
 * each menu entry; entries without a page in `pages` (keyed by their path in the section) say
 * they arrive later.
 */
const section = (path: string, nav: SectionNav, description: string, pages: Readonly<Record<string, ReactNode>> = {}): RouteObject => ({
  path,
  children: [
    { index: true, element: <ComingSoonPage title={nav.label} description={description} /> },
    ...nav.items.map((item) => {
      const itemPath = item.to.slice(path.length + 2);
      const page = pages[itemPath];
      return page ? { path: itemPath, element: page } : comingSoon(itemPath, item.label);
    }),
  ],
});

export const routes: RouteObject[] = [
  // An emailed link works whoever is signed in on this browser: setting the password signs its owner in.
  { path: 'set-password', element: <SetPasswordPage /> },
  ...sessionRoutes({
    session,
    signedOut: [
      { path: 'sign-in', element: <HqSignInPage /> },
      { path: 'sign-up', element: <SignUpPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
    ],
    signedIn: [
      {
        element: <HqShell />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'clients',
            children: [
              { index: true, element: <ClientsHomePage /> },
              {
                element: <RequireManageClients />,
                children: [
                  { path: 'volume/new', element: <CreateVolumeClientPage /> },
                  { path: 'new', element: <CreateClientPage /> },
                ],
              },
              { path: 'mine', element: <ClientListPage key="mine" assigned="me" /> },
              { path: 'all', element: <ClientListPage key="all" assigned="anyone" /> },
              { path: 'search', element: <SearchPage /> },
              { path: ':clientId/:tab?', element: <ClientProfilePage /> },
            ],
          },
          { path: 'calendar', element: <CalendarPage /> },
          comingSoon('chat', 'Chat'),
          section('settings', SETTINGS_NAV, 'Choose Clinic, Users or User Roles from the menu. Client Site and Chat settings arrive in a later release.', {
            clinic: <ClinicSetupPage />,
            users: <UsersPage />,
            'user-roles': <UserRolesPage />,
          }),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  }),
];
