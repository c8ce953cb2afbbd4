import { Navigate, Outlet, type RouteObject, useLocation } from 'react-router';
import { ErrorState } from '../feedback/error-state';
import { FullPageLoader } from '../feedback/full-page-loader';
import { useAppName } from '../ui-provider';
import { redirectTarget } from './redirect';

/** What the guards read of the session query; a TanStack Query result fits. */
export interface SessionStatus {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  /** Who is signed in; `null` when nobody is. */
  data: unknown;
  refetch: () => unknown;
}

export interface RequireSessionProps {
  session: SessionStatus;
  /** Where someone signed out is sent. */
  signInPath?: string;
}

/** Pages for signed-in users; everyone else goes to sign in and comes back after. */
export function RequireSession({ session, signInPath = '/sign-in' }: RequireSessionProps) {
  const appName = useAppName();
  const location = useLocation();
  if (session.isPending) return <FullPageLoader label="Restoring your session…" />;
  if (session.isError) {
    return (
      <ErrorState
        fullPage
        title={`${appName} could not be reached`}
        message={session.error?.message ?? ''}
        onRetry={() => void session.refetch()}
      />
    );
  }
  if (!session.data) {
    return <Navigate to={signInPath} replace state={{ from: `${location.pathname}${location.search}${location.hash}` }} />;
  }
  return <Outlet />;
}

/** Signed-out pages (sign-in, sign-up, help): a signed-in user is sent on to where they were going. */
export function PublicOnly({ session }: { session: SessionStatus }) {
  const location = useLocation();
  if (session.isPending) return <FullPageLoader />;
  if (session.data) return <Navigate to={redirectTarget(location.state)} replace />;
  return <Outlet />;
}

/** The app's session as its routes use it; web-api's `createSessionHooks` makes one. */
export interface RouteSession {
  useSession: () => SessionStatus;
  /** Called once above every page, to end the session in the app when the API client learns it is over. */
  useSessionEndedListener: () => void;
}

export interface SessionRoutesOptions {
  session: RouteSession;
  /** Pages for those signed out, e.g. sign-in. */
  signedOut: RouteObject[];
  /** Pages for those signed in, usually one layout route (the app's shell) holding them. */
  signedIn: RouteObject[];
  signInPath?: string;
}

/** An app's routes, split by whether someone is signed in, with the session kept in step above them. */
export function sessionRoutes({ session, signedOut, signedIn, signInPath }: SessionRoutesOptions): RouteObject[] {
  const { useSession, useSessionEndedListener } = session;

  function Root() {
    useSessionEndedListener();
    return <Outlet />;
  }

  function SignedIn() {
    return <RequireSession session={useSession()} signInPath={signInPath} />;
  }

  function SignedOut() {
    return <PublicOnly session={useSession()} />;
  }

  return [
    {
      element: <Root />,
      children: [
        { element: <SignedOut />, children: signedOut },
        { element: <SignedIn />, children: signedIn },
      ],
    },
  ];
}
