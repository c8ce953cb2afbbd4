import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IDENTITY_EVENTS, type Role, type RoleInput, type StaffActor } from '@tailwise/contracts';
import { enqueueEvent } from '@tailwise/messaging';
import { isUniqueViolation } from '@tailwise/persistence';
import { StaffRepository } from './staff.repository';
import {
  assertNotAdminRole,
  conflict,
  requireManageUsers,
  roleNameTaken,
  roleNotFound,
  samePermissions,
  toRole,
} from './staff-rules';

const ROLE_NAME_INDEX = 'roles_organization_name_key';

/** Settings → User Roles: the built-in Admin role and the organization's custom roles. */
@Injectable()
export class RolesService {
  constructor(private readonly staff: StaffRepository) {}

  async list(actor: StaffActor): Promise<Role[]> {
    requireManageUsers(actor);
    return (await this.staff.listRoles(actor.organizationId)).map(({ role, userCount }) => toRole(role, userCount));
  }

  async create(actor: StaffActor, input: RoleInput): Promise<Role> {
    requireManageUsers(actor);
    return this.uniqueName(() =>
      this.staff.transaction(async (manager) => {
        if (await this.staff.roleNameTaken(manager, actor.organizationId, input.name)) throw roleNameTaken();
        const role = await this.staff.createRole(manager, { organizationId: actor.organizationId, isAdmin: false, ...input });
        return toRole(role, 0);
      }),
    );
  }

  /** A new permission list reaches each holder's next access token (userAccessChanged). */
  async update(actor: StaffActor, roleId: string, input: RoleInput): Promise<Role> {
    requireManageUsers(actor);
    return this.uniqueName(() =>
      this.staff.transaction(async (manager) => {
        const role = await this.staff.findRole(manager, actor.organizationId, roleId, 'pessimistic_write');
        if (!role) throw roleNotFound();
        assertNotAdminRole(role, 'changed');
        if (await this.staff.roleNameTaken(manager, actor.organizationId, input.name, role.id)) throw roleNameTaken();
        const permissionsChanged = !samePermissions(role.permissions, input.permissions);
        role.name = input.name;
        role.permissions = input.permissions;
        const saved = await this.staff.saveRole(manager, role);
        const holders = await this.staff.userIdsWithRole(manager, saved);
        if (permissionsChanged) await this.accessChanged(manager, holders);
        return toRole(saved, holders.length);
      }),
    );
  }

  /** Only a role nobody holds: its users would be left without permissions. */
  async delete(actor: StaffActor, roleId: string): Promise<void> {
    requireManageUsers(actor);
    await this.staff.transaction(async (manager) => {
      // Locked: an invite or role change assigning it (which reads it FOR SHARE) waits for us.
      const role = await this.staff.findRole(manager, actor.organizationId, roleId, 'pessimistic_write');
      if (!role) throw roleNotFound();
      assertNotAdminRole(role, 'deleted');
      const holders = (await this.staff.userIdsWithRole(manager, role)).length;
      if (holders > 0) {
        throw conflict(`This role is given to ${holders} ${holders === 1 ? 'user' : 'users'}. Give them another role first.`);
      }
      await this.staff.deleteRole(manager, role);
    });
  }

  private async accessChanged(manager: EntityManager, userIds: string[]): Promise<void> {
    const changedAt = new Date().toISOString();
    for (const userId of userIds) await enqueueEvent(manager, IDENTITY_EVENTS.userAccessChanged, { audience: 'hq', userId, changedAt });
  }

  /** Two admins creating the same name at once: the unique index decides, the loser gets 409. */
  private async uniqueName<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, ROLE_NAME_INDEX)) throw roleNameTaken();
      throw error;
    }
  }
}
