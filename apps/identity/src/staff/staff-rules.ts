import {
  AppError,
  ERROR_CODES,
  STAFF_PERMISSIONS,
  type Role,
  type StaffActor,
  type StaffUser,
  type StaffUserStatus,
} from '@tailwise/contracts';
import { effectivePermissions } from './permissions';
import type { RoleEntity } from './role.entity';
import type { StaffUserEntity } from './staff-user.entity';

/**
 * Users and roles need "manage users". The gateway checks it first; this is the second check,
 * so a caller that reaches the service another way is held to the same rule.
 */
export function requireManageUsers(actor: StaffActor): void {
  if (!actor.permissions.includes(STAFF_PERMISSIONS.manageUsers)) {
    throw new AppError(ERROR_CODES.FORBIDDEN, 'You do not have permission to manage users');
  }
}

/** The same answer whether the id belongs to another organization or to nobody. */
export const userNotFound = (): AppError => AppError.notFound('User');
export const roleNotFound = (): AppError => AppError.notFound('Role');

export function conflict(message: string, path?: string): AppError {
  return new AppError(ERROR_CODES.CONFLICT, message, path ? { issues: [{ path, message }] } : undefined);
}

export function staffStatus(user: Pick<StaffUserEntity, 'passwordHash' | 'disabledAt'>): StaffUserStatus {
  if (user.disabledAt) return 'disabled';
  return user.passwordHash === null ? 'invited' : 'active';
}

/** Only an active Admin (signed up or past the invitation, not disabled) can run the organization. */
export function isActiveAdmin(user: Pick<StaffUserEntity, 'passwordHash' | 'disabledAt'>, role: Pick<RoleEntity, 'isAdmin'>): boolean {
  return role.isAdmin && staffStatus(user) === 'active';
}

/**
 * Refuses a change (disable, another role) that would leave the organization with no active
 * Admin: nobody could manage users or roles any more.
 */
export function assertKeepsAnAdmin(userIsActiveAdmin: boolean, otherActiveAdmins: number): void {
  if (userIsActiveAdmin && otherActiveAdmins === 0) {
    throw conflict('This is the last active Admin. Make someone else an Admin first.');
  }
}

/** The built-in Admin role always holds every permission, so it is neither edited nor deleted. */
export function assertNotAdminRole(role: Pick<RoleEntity, 'isAdmin'>, action: 'changed' | 'deleted'): void {
  if (role.isAdmin) throw conflict(`The Admin role always has every permission and cannot be ${action}.`);
}

export function samePermissions(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((p) => set.has(p));
}

export const roleNameTaken = (): AppError => conflict('A role with this name already exists', 'name');
export const emailTaken = (): AppError => conflict('A user with this email already exists', 'email');

export function toRole(role: RoleEntity, userCount: number): Role {
  return { id: role.id, name: role.name, isAdmin: role.isAdmin, permissions: effectivePermissions(role), userCount };
}

export function toStaffUser(user: StaffUserEntity, role: RoleEntity): StaffUser {
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: { id: role.id, name: role.name, isAdmin: role.isAdmin },
    status: staffStatus(user),
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
