import { ErrorState, FullPageLoader } from '@tailwise/web-ui';
import { Navigate, Outlet, useLocation } from 'react-router';
import { redirectTarget } from './redirect';
import { useSession } from './session';

/** Pages for signed-in staff; everyone else goes to /sign-in and comes back after. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageLoader label="Restoring your session…" />;
  if (session.isError) {
    return (
      <ErrorState
        fullPage
        title="Tailwise HQ could not be reached"
        message={session.error.message}
        onRetry={() => void session.refetch()}
      />
    );
  }
  if (!session.data) {
    return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}${location.hash}` }} />;
  }
  return <Outlet />;
}

/** Sign-in and sign-up: a signed-in user is sent on to where they were going. */
export function PublicOnly() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageLoader />;
  if (session.data) return <Navigate to={redirectTarget(location.state)} replace />;
  return <Outlet />;
}
