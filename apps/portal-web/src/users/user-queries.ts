import type { PortalUserAddRequest, PortalUserUpdateRequest } from '@tailwise/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../app/api';
import { useReloadSignedInUser, useSignedInUser } from '../auth/session';

/** Keyed by account: another login in the same tab must never see these. */
export const usersQuery = (accountId: string) =>
  queryOptions({ queryKey: ['users', accountId] as const, queryFn: ({ signal }) => api.users(signal) });

/** After a change the list is fetched again; a change to one's own permissions also changes what the app offers. */
function useUsersChanged() {
  const queryClient = useQueryClient();
  const me = useSignedInUser();
  const reloadMe = useReloadSignedInUser();
  return async (userId?: string) => {
    await queryClient.invalidateQueries({ queryKey: usersQuery(me.account.id).queryKey });
    if (userId === me.user.id) await reloadMe();
  };
}

export function useAddUser() {
  const changed = useUsersChanged();
  return useMutation({ mutationFn: (body: PortalUserAddRequest) => api.addUser(body), onSuccess: () => changed() });
}

export function useUpdateUser() {
  const changed = useUsersChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PortalUserUpdateRequest }) => api.updateUser(id, body),
    onSuccess: (user) => changed(user.id),
  });
}

export function useRemoveUser() {
  const changed = useUsersChanged();
  return useMutation({ mutationFn: (id: string) => api.removeUser(id), onSuccess: () => changed() });
}
