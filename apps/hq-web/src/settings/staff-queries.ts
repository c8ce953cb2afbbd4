import type { RoleInput, StaffInviteRequest, StaffUser } from '@tailwise/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { staffAdminService } from '../app/api';

/** Users and roles change each other (a role's user count, a user's role name): one prefix refreshes both. */
export const staffKeys = {
  all: ['staff-admin'] as const,
  users: ['staff-admin', 'users'] as const,
  roles: ['staff-admin', 'roles'] as const,
};

export const staffUsersQuery = () => queryOptions({ queryKey: staffKeys.users, queryFn: ({ signal }) => staffAdminService.users(signal) });

export const rolesQuery = () => queryOptions({ queryKey: staffKeys.roles, queryFn: ({ signal }) => staffAdminService.roles(signal) });

function useStaffChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: staffKeys.all });
}

export function useInviteUser() {
  const changed = useStaffChanged();
  return useMutation({ mutationFn: (body: StaffInviteRequest) => staffAdminService.invite(body), onSuccess: () => changed() });
}

export function useResendInvite() {
  return useMutation({ mutationFn: (user: StaffUser) => staffAdminService.resendInvite(user.id) });
}

export function useChangeUserRole() {
  const changed = useStaffChanged();
  return useMutation({
    mutationFn: ({ userId, roleId }: { userId: string; roleId: string }) => staffAdminService.changeRole(userId, { roleId }),
    onSuccess: () => changed(),
  });
}

/** Disable (sign-in refused, sessions ended at once) or enable a staff user again. */
export function useSetUserEnabled() {
  const changed = useStaffChanged();
  return useMutation({
    mutationFn: ({ userId, enabled }: { userId: string; enabled: boolean }) =>
      enabled ? staffAdminService.enable(userId) : staffAdminService.disable(userId),
    onSuccess: () => changed(),
  });
}

/** Creates a role, or (with `roleId`) replaces its name and permissions. */
export function useSaveRole() {
  const changed = useStaffChanged();
  return useMutation({
    mutationFn: ({ roleId, body }: { roleId?: string; body: RoleInput }) =>
      roleId ? staffAdminService.updateRole(roleId, body) : staffAdminService.createRole(body),
    onSuccess: () => changed(),
  });
}

export function useDeleteRole() {
  const changed = useStaffChanged();
  return useMutation({ mutationFn: (roleId: string) => staffAdminService.removeRole(roleId), onSuccess: () => changed() });
}
