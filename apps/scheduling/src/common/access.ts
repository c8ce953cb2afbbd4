import { AppError, ERROR_CODES, STAFF_PERMISSIONS, type PortalActor, type PortalPermission, type StaffActor } from '@tailwise/contracts';

/**
 * Setup writes need "manage schedule". The gateway checks it first; this is the second check,
 * so a caller that reaches the service another way is held to the same rule.
 */
export function requireManageSchedule(actor: StaffActor): void {
  if (!actor.permissions.includes(STAFF_PERMISSIONS.manageSchedule)) {
    throw new AppError(ERROR_CODES.FORBIDDEN, 'You do not have permission to manage the schedule');
  }
}

/** The same answer whether the id belongs to another organization or to nobody. */
export const clinicNotFound = (): AppError => AppError.notFound('Clinic');

/** A portal user's permission within their portal account; the gateway checks it too. */
export function requirePortalPermission(actor: PortalActor, permission: PortalPermission, message: string): void {
  if (!actor.permissions.includes(permission)) throw new AppError(ERROR_CODES.FORBIDDEN, message);
}
