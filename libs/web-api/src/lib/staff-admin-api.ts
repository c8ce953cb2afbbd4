import {
  type Role,
  type RoleInput,
  roleSchema,
  type StaffChangeRoleRequest,
  type StaffInviteRequest,
  type StaffUser,
  staffUserSchema,
} from '@tailwise/contracts';
import { z } from 'zod';
import type { ApiClient } from './api-client';

const roleListSchema = z.array(roleSchema);
const staffUserListSchema = z.array(staffUserSchema);

const segment = (id: string) => encodeURIComponent(id);

/** Settings → Users and User Roles (`/api/hq/users`, `/api/hq/roles`); every answer is parsed with its contract. */
export function staffAdminApi(client: ApiClient) {
  return {
    roles(signal?: AbortSignal): Promise<Role[]> {
      return client.request('/roles', roleListSchema, { signal });
    },

    createRole(body: RoleInput): Promise<Role> {
      return client.request('/roles', roleSchema, { method: 'POST', body });
    },

    /** Refused with a 409 for the built-in Admin role. */
    updateRole(id: string, body: RoleInput): Promise<Role> {
      return client.request(`/roles/${segment(id)}`, roleSchema, { method: 'PUT', body });
    },

    /** Refused with a 409 while any user holds the role, and for Admin. */
    removeRole(id: string): Promise<void> {
      return client.send(`/roles/${segment(id)}`, { method: 'DELETE' });
    },

    users(signal?: AbortSignal): Promise<StaffUser[]> {
      return client.request('/users', staffUserListSchema, { signal });
    },

    /** Creates the user without a password and emails them a link to set one. */
    invite(body: StaffInviteRequest): Promise<StaffUser> {
      return client.request('/users', staffUserSchema, { method: 'POST', body });
    },

    /** A new invitation email; the previous link stops working. Only while the user is invited. */
    resendInvite(id: string): Promise<void> {
      return client.send(`/users/${segment(id)}/resend-invite`, { method: 'POST' });
    },

    changeRole(id: string, body: StaffChangeRoleRequest): Promise<StaffUser> {
      return client.request(`/users/${segment(id)}/role`, staffUserSchema, { method: 'PUT', body });
    },

    /** The user can no longer sign in, and their sessions end at once. */
    disable(id: string): Promise<StaffUser> {
      return client.request(`/users/${segment(id)}/disable`, staffUserSchema, { method: 'POST' });
    },

    enable(id: string): Promise<StaffUser> {
      return client.request(`/users/${segment(id)}/enable`, staffUserSchema, { method: 'POST' });
    },
  };
}

export type StaffAdminApi = ReturnType<typeof staffAdminApi>;
