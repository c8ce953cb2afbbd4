import { ComingSoonPage, NotFoundPage, type SectionNav, sessionRoutes } from '@tailwise/web-ui';
import type { RouteObject } from 'react-router';
import { session } from '../auth/session';
import { HqSignInPage } from '../auth/sign-in-page';
import { SignUpPage } from '../auth/sign-up-page';
import { ClientListPage } from '../clients/client-list-page';
import { RequireManageClients } from '../clients/clients-access';
import { ClientsHomePage } from '../clients/clients-home-page';
import { CreateClientPage } from '../clients/create-client-page';
import { CreateVolumeClientPage } from '../clients/create-volume-client-page';
import { ClientProfilePage } from '../clients/profile/client-profile-page';
import { SearchPage } from '../clients/search-page';
import { HomePage } from '../pages/home-page';
import { HqShell } from '../shell/hq-shell';
import { SETTINGS_NAV } from '../shell/navigation';

const comingSoon = (path: string, title: string, description?: string): RouteObject => ({
  path,
  element: <ComingSoonPage title={title} description={description} />,
});

/** A section with a left-hand menu: a landing titled as the section, and a page titled exactly as each menu entry. */
const section = (path: string, nav: SectionNav, description: string): RouteObject => ({
  path,
  children: [
    { index: true, element: <ComingSoonPage title={nav.label} description={description} /> },
    ...nav.items.map((item) => comingSoon(item.to.slice(path.length + 2), item.label)),
  ],
});

export const routes: RouteObject[] = sessionRoutes({
  session,
  signedOut: [
    { path: 'sign-in', element: <HqSignInPage /> },
    { path: 'sign-up', element: <SignUpPage /> },
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
        comingSoon('calendar', 'Calendar'),
        comingSoon('chat', 'Chat'),
        section('settings', SETTINGS_NAV, 'Clinic, users, roles, client site and chat settings arrive in a later release.'),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
});
