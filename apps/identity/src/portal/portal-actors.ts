import { AppError, ERROR_CODES, STAFF_PERMISSIONS, type Actor, type PortalActor, type StaffActor } from '@tailwise/contracts';

/** The caller must be a signed-in portal user; returns its account scope. */
export function requirePortalUser(actor: Actor): PortalActor {
  if (actor.kind !== 'portal') throw new AppError(ERROR_CODES.UNAUTHENTICATED, 'Portal sign-in required');
  return actor;
}

/**
 * Changing a client's portal access needs "manage portal access". The gateway checks it first; this second check
 * holds a caller that reaches the service another way to the same rule.
 */
export function requireManagePortalAccess(actor: StaffActor): void {
  if (!actor.permissions.includes(STAFF_PERMISSIONS.managePortalAccess)) {
    throw new AppError(ERROR_CODES.FORBIDDEN, 'You do not have permission to manage portal access');
  }
}

/** A 409 whose details name the field the person can change to get past it. */
export function conflictOn(path: string, message: string): AppError {
  return new AppError(ERROR_CODES.CONFLICT, message, { issues: [{ path, message }] });
}
