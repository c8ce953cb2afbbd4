import { ALL_STAFF_PERMISSIONS } from '@tailwise/contracts';
import type { RoleEntity } from './role.entity';

/** Admin holds every permission, including ones added after its role row was written. */
export function effectivePermissions(role: Pick<RoleEntity, 'isAdmin' | 'permissions'>): string[] {
  if (role.isAdmin) return [...ALL_STAFF_PERMISSIONS];
  return role.permissions.filter((p) => (ALL_STAFF_PERMISSIONS as string[]).includes(p));
}
