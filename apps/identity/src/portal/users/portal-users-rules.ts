import { PORTAL_PERMISSIONS, type PortalUser } from '@tailwise/contracts';
import type { PortalUserEntity } from '../accounts/portal-user.entity';

type UserState = Pick<PortalUserEntity, 'id' | 'passwordHash' | 'permissions'>;

/**
 * Whether, after a user's permissions change (or the user is removed: `permissions` null),
 * someone who can sign in still manages the account's users; otherwise nobody could ever add
 * a user or change a permission again.
 */
export function keepsAUserManager(users: UserState[], change: { userId: string; permissions: string[] | null }): boolean {
  return users.some((user) => {
    const permissions = user.id === change.userId ? change.permissions : user.permissions;
    return user.passwordHash !== null && permissions !== null && permissions.includes(PORTAL_PERMISSIONS.manageUsers);
  });
}

export function samePermissions(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((p) => b.includes(p));
}

export function toPortalUser(user: PortalUserEntity): PortalUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    permissions: [...user.permissions],
    status: user.passwordHash === null ? 'invited' : 'active',
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
