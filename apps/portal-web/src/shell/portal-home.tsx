import { Navigate } from 'react-router';
import { useSignedInUser } from '../auth/session';
import { portalHomeFor } from './navigation';

/** `/`: the first page this user may open. */
export function PortalHome() {
  const me = useSignedInUser();
  return <Navigate to={portalHomeFor(me.permissions)} replace />;
}
