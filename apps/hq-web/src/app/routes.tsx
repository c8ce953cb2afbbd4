import { ComingSoonPage, NotFoundPage, type SectionNav, sessionRoutes } from '@tailwise/web-ui';
import type { RouteObject } from 'react-router';
import { session } from '../auth/session';
import { HqSignInPage } from '../auth/sign-in-page';
import { SignUpPage } from '../auth/sign-up-page';
import { HomePage } from '../pages/home-page';
import { HqShell } from '../shell/hq-shell';
import { CLIENTS_NAV, SETTINGS_NAV } from '../shell/navigation';

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
        section('clients', CLIENTS_NAV, 'Client and animal records arrive in a later release. The Clients menu lists what is coming.'),
        comingSoon('calendar', 'Calendar'),
        comingSoon('chat', 'Chat'),
        section('settings', SETTINGS_NAV, 'Clinic, users, roles, client site and chat settings arrive in a later release.'),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
});
