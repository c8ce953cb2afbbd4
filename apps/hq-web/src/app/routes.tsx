import { ComingSoonPage, NotFoundPage } from '@tailwise/web-ui';
import { Outlet, type RouteObject } from 'react-router';
import { PublicOnly, RequireSession } from '../auth/route-guards';
import { useSessionEndedListener } from '../auth/session';
import { SignInPage } from '../auth/sign-in-page';
import { SignUpPage } from '../auth/sign-up-page';
import { HomePage } from '../pages/home-page';
import { HqShell } from '../shell/hq-shell';
import { CLIENTS_NAV, SETTINGS_NAV } from '../shell/navigation';

function Root() {
  useSessionEndedListener();
  return <Outlet />;
}

const comingSoon = (path: string, title: string): RouteObject => ({ path, element: <ComingSoonPage title={title} /> });

/** Each menu entry gets a page titled exactly as the menu names it. */
const sectionPages = (section: string, nav: typeof CLIENTS_NAV): RouteObject[] =>
  nav.items.map((item) => comingSoon(item.to.slice(section.length + 2), item.label));

export const routes: RouteObject[] = [
  {
    element: <Root />,
    children: [
      {
        element: <PublicOnly />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
        ],
      },
      {
        element: <RequireSession />,
        children: [
          {
            element: <HqShell />,
            children: [
              { index: true, element: <HomePage /> },
              {
                path: 'clients',
                children: [
                  {
                    index: true,
                    element: (
                      <ComingSoonPage
                        title="Clients"
                        description="Client and animal records arrive in a later release. The Clients menu lists what is coming."
                      />
                    ),
                  },
                  ...sectionPages('clients', CLIENTS_NAV),
                ],
              },
              comingSoon('calendar', 'Calendar'),
              comingSoon('chat', 'Chat'),
              {
                path: 'settings',
                children: [
                  {
                    index: true,
                    element: (
                      <ComingSoonPage
                        title="Settings"
                        description="Clinic, users, roles, client site and chat settings arrive in a later release."
                      />
                    ),
                  },
                  ...sectionPages('settings', SETTINGS_NAV),
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
