import type { PortalAccess } from '@tailwise/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { portalAccessService } from '../../app/api';
import { clientKeys } from '../client-queries';

export const portalAccessQuery = (clientId: string) =>
  queryOptions({ queryKey: clientKeys.portalAccess(clientId), queryFn: ({ signal }) => portalAccessService.get(clientId, signal) });

/** Every change answers with the client's portal access as it now is: shown at once, no second request. */
function useAccessChanged(clientId: string) {
  const queryClient = useQueryClient();
  return (access: PortalAccess) => queryClient.setQueryData(clientKeys.portalAccess(clientId), access);
}

/** Send / Generate New Invite; an email with a portal login already comes back as `existing-account`, nothing sent. */
export function useInviteToPortal(clientId: string) {
  const changed = useAccessChanged(clientId);
  return useMutation({
    mutationFn: (email: string) => portalAccessService.invite(clientId, { email }),
    onSuccess: (result) => changed(result.access),
  });
}

export function useLinkWithAccount(clientId: string) {
  const changed = useAccessChanged(clientId);
  return useMutation({ mutationFn: (email: string) => portalAccessService.link(clientId, { email }), onSuccess: changed });
}

export function useCloseAccess(clientId: string) {
  const changed = useAccessChanged(clientId);
  return useMutation({ mutationFn: () => portalAccessService.close(clientId), onSuccess: changed });
}

/** Delete access permanently (admins only); the access is then loaded again, with its History. */
export function useDeleteAccess(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => portalAccessService.remove(clientId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.portalAccess(clientId) }),
  });
}
