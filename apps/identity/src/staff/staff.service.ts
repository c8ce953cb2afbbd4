import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppError,
  IDENTITY_EVENTS,
  type MeResponse,
  type StaffActor,
  type StaffInviteRequest,
  type StaffUser,
} from '@tailwise/contracts';
import { enqueueEvent } from '@tailwise/messaging';
import { isUniqueViolation } from '@tailwise/persistence';
import { PasswordTokensService } from '../passwords/password-tokens.service';
import { SessionsService } from '../sessions/sessions.service';
import { effectivePermissions } from './permissions';
import type { StaffUserEntity } from './staff-user.entity';
import { StaffRepository } from './staff.repository';
import {
  assertKeepsAnAdmin,
  conflict,
  emailTaken,
  isActiveAdmin,
  requireManageUsers,
  roleNotFound,
  staffStatus,
  toStaffUser,
  userNotFound,
} from './staff-rules';

const EMAIL_INDEX = 'staff_users_email_key';

@Injectable()
export class StaffService {
  constructor(
    private readonly staff: StaffRepository,
    private readonly passwordTokens: PasswordTokensService,
    private readonly sessions: SessionsService,
  ) {}

  async me(actor: StaffActor): Promise<MeResponse> {
    const row = await this.staff.profile(actor.organizationId, actor.userId);
    if (!row || row.disabled_at) throw AppError.notFound('User');
    return {
      user: { id: row.id, email: row.email, firstName: row.first_name, lastName: row.last_name },
      organization: { id: row.organization_id, name: row.organization_name },
      clinics: row.clinics,
      role: row.role_name,
      permissions: effectivePermissions({ isAdmin: row.is_admin, permissions: row.permissions }),
    };
  }

  async list(actor: StaffActor): Promise<StaffUser[]> {
    requireManageUsers(actor);
    const { users, roles } = await this.staff.listUsers(actor.organizationId);
    const roleById = new Map(roles.map((r) => [r.id, r]));
    return users.flatMap((user) => {
      const role = roleById.get(user.roleId);
      return role ? [toStaffUser(user, role)] : [];
    });
  }

  /**
   * Creates the user without a password and emails an invitation (72 h) to set one. Emails are
   * unique across organizations, because signing in asks for the email alone.
   */
  async invite(actor: StaffActor, input: StaffInviteRequest): Promise<StaffUser> {
    requireManageUsers(actor);
    if (await this.staff.emailTaken(input.email)) throw emailTaken();
    try {
      return await this.staff.transaction(async (manager) => {
        // Read FOR SHARE: a concurrent delete of the role waits, then finds it in use.
        const role = await this.staff.findRole(manager, actor.organizationId, input.roleId, 'pessimistic_read');
        if (!role) throw roleNotFound();
        const user = await this.staff.createUser(manager, { organizationId: actor.organizationId, passwordHash: null, ...input });
        await this.sendInvitation(manager, actor, user);
        return toStaffUser(user, role);
      });
    } catch (error) {
      // Two invitations racing for one email: the unique index decides, the loser gets 409.
      if (isUniqueViolation(error, EMAIL_INDEX)) throw emailTaken();
      throw error;
    }
  }

  /** A new link for someone who has not set a password yet; the previous link stops working. */
  async resendInvite(actor: StaffActor, userId: string): Promise<void> {
    requireManageUsers(actor);
    await this.staff.transaction(async (manager) => {
      const user = await this.staff.findUser(manager, actor.organizationId, userId, 'pessimistic_write');
      if (!user) throw userNotFound();
      if (staffStatus(user) !== 'invited') throw conflict('Only a user who has not set a password yet can be invited again.');
      await this.sendInvitation(manager, actor, user);
    });
  }

  /** The user's next access token carries the new role's permissions (userAccessChanged). */
  async changeRole(actor: StaffActor, userId: string, roleId: string): Promise<StaffUser> {
    requireManageUsers(actor);
    return this.staff.transaction(async (manager) => {
      await this.staff.lockAdminRole(manager, actor.organizationId);
      const user = await this.staff.findUser(manager, actor.organizationId, userId, 'pessimistic_write');
      if (!user) throw userNotFound();
      const role = await this.staff.findRole(manager, actor.organizationId, roleId, 'pessimistic_read');
      if (!role) throw roleNotFound();
      if (user.roleId === role.id) return toStaffUser(user, role);
      const current = await this.currentRole(manager, user);
      if (!role.isAdmin) await this.assertKeepsAnAdmin(manager, user, isActiveAdmin(user, current));
      user.roleId = role.id;
      const saved = await this.staff.saveUser(manager, user);
      await enqueueEvent(manager, IDENTITY_EVENTS.userAccessChanged, { audience: 'hq', userId: user.id, changedAt: new Date().toISOString() });
      return toStaffUser(saved, role);
    });
  }

  /** Ends the user's sessions at once; they cannot sign in until enabled again. */
  async disable(actor: StaffActor, userId: string): Promise<StaffUser> {
    requireManageUsers(actor);
    if (userId === actor.userId) throw conflict('You cannot disable yourself.');
    return this.staff.transaction(async (manager) => {
      await this.staff.lockAdminRole(manager, actor.organizationId);
      const user = await this.staff.findUser(manager, actor.organizationId, userId, 'pessimistic_write');
      if (!user) throw userNotFound();
      const role = await this.currentRole(manager, user);
      if (user.disabledAt) return toStaffUser(user, role);
      await this.assertKeepsAnAdmin(manager, user, isActiveAdmin(user, role));
      user.disabledAt = new Date();
      const saved = await this.staff.saveUser(manager, user);
      await this.sessions.revokeAllForUser(manager, 'hq', user.id, 'user-disabled');
      return toStaffUser(saved, role);
    });
  }

  async enable(actor: StaffActor, userId: string): Promise<StaffUser> {
    requireManageUsers(actor);
    return this.staff.transaction(async (manager) => {
      const user = await this.staff.findUser(manager, actor.organizationId, userId, 'pessimistic_write');
      if (!user) throw userNotFound();
      const role = await this.currentRole(manager, user);
      if (!user.disabledAt) return toStaffUser(user, role);
      user.disabledAt = null;
      return toStaffUser(await this.staff.saveUser(manager, user), role);
    });
  }

  private async sendInvitation(manager: EntityManager, actor: StaffActor, user: StaffUserEntity): Promise<void> {
    const { tokenId, expiresAt } = await this.passwordTokens.issue(manager, { audience: 'hq', userId: user.id, purpose: 'invite' });
    await enqueueEvent(manager, IDENTITY_EVENTS.staffUserInvited, {
      organizationId: user.organizationId,
      organizationName: await this.staff.organizationName(manager, user.organizationId),
      userId: user.id,
      email: user.email,
      firstName: user.firstName,
      invitedByName: actor.name ?? null,
      tokenId,
      expiresAt: expiresAt.toISOString(),
    });
  }

  private async currentRole(manager: EntityManager, user: StaffUserEntity) {
    const role = await this.staff.findRole(manager, user.organizationId, user.roleId);
    if (!role) throw new Error(`staff user ${user.id} has no role ${user.roleId}`);
    return role;
  }

  /** Callers hold the Admin role's lock, so two admins cannot remove each other at once. */
  private async assertKeepsAnAdmin(manager: EntityManager, user: StaffUserEntity, userIsActiveAdmin: boolean): Promise<void> {
    if (!userIsActiveAdmin) return;
    assertKeepsAnAdmin(true, await this.staff.countActiveAdmins(manager, user.organizationId, user.id));
  }
}
