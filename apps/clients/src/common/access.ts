import { AppError, ERROR_CODES, STAFF_PERMISSIONS, type StaffActor } from '@tailwise/contracts';

/**
 * Writes need "manage clients". The gateway checks it first; this is the second check, so a
 * caller that reaches the service another way is held to the same rule.
 */
export function requireManageClients(actor: StaffActor): void {
  if (!actor.permissions.includes(STAFF_PERMISSIONS.manageClients)) {
    throw new AppError(ERROR_CODES.FORBIDDEN, 'You do not have permission to manage clients');
  }
}

/** The same answer whether the id belongs to another organization or to nobody. */
export const clientNotFound = (): AppError => AppError.notFound('Client');
export const animalNotFound = (): AppError => AppError.notFound('Animal');

export function pageOffset(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}
