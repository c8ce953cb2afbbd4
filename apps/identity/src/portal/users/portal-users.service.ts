import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AppError,
  ERROR_CODES,
  IDENTITY_EVENTS,
  PORTAL_PERMISSIONS,
  type PortalActor,
  type PortalUser,
  type PortalUserAddRequest,
  type PortalUserUpdateCommand,
} from '@tailwise/contracts';
import { enqueueEvent } from '@tailwise/messaging';
import { isUniqueViolation } from '@tailwise/persistence';
import { PasswordTokensService } from '../../passwords/password-tokens.service';
import { SessionsService } from '../../sessions/sessions.service';
import type { PortalAccountEntity } from '../accounts/portal-account.entity';
import { PortalAccountsRepository } from '../accounts/portal-accounts.repository';
import { conflictOn } from '../portal-actors';
import { keepsAUserManager, samePermissions, toPortalUser } from './portal-users-rules';

const EMAIL_TAKEN = 'A portal user with this email already exists';
const LAST_MANAGER = 'At least one user who has signed up must keep the permission to manage users.';

/** The portal account's Users page, for users who manage users; everything scoped by the account. */
@Injectable()
export class PortalUsersService {
  constructor(
    private readonly accounts: PortalAccountsRepository,
    private readonly passwordTokens: PasswordTokensService,
    private readonly sessions: SessionsService,
  ) {}

  async list(actor: PortalActor): Promise<PortalUser[]> {
    requireManageUsers(actor);
    const users = await this.accounts.listUsers(this.accounts.manager, actor.portalAccountId);
    return users.map(toPortalUser);
  }

  /** The new user gets an email to set a password (72 h, single use). */
  async add(actor: PortalActor, request: PortalUserAddRequest): Promise<PortalUser> {
    requireManageUsers(actor);
    try {
      return await this.accounts.transaction(async (manager) => {
        const account = await this.lockAccount(manager, actor);
        if (await this.accounts.findUserByEmail(manager, request.email)) throw conflictOn('email', EMAIL_TAKEN);
        const inviter = await this.accounts.findUser(manager, account.id, actor.portalUserId);
        const user = await this.accounts.createUser(manager, {
          portalAccountId: account.id,
          email: request.email,
          name: request.name,
          passwordHash: null,
          permissions: request.permissions,
        });
        const token = await this.passwordTokens.issue(manager, { audience: 'portal', userId: user.id, purpose: 'invite' });
        await enqueueEvent(manager, IDENTITY_EVENTS.portalUserInvited, {
          portalAccountId: account.id,
          accountName: account.name,
          portalUserId: user.id,
          email: user.email,
          name: user.name,
          invitedByName: inviter?.name ?? actor.name ?? account.name,
          tokenId: token.tokenId,
          expiresAt: token.expiresAt.toISOString(),
        });
        return toPortalUser(user);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'portal_users_email_key')) throw conflictOn('email', EMAIL_TAKEN);
      throw error;
    }
  }

  /** A change of permissions makes the user's access tokens stale (the gateway refuses older ones). */
  async update(actor: PortalActor, command: PortalUserUpdateCommand): Promise<PortalUser> {
    requireManageUsers(actor);
    return this.accounts.transaction(async (manager) => {
      const account = await this.lockAccount(manager, actor);
      const users = await this.accounts.listUsers(manager, account.id);
      const user = users.find((u) => u.id === command.portalUserId);
      if (!user) throw AppError.notFound('User');
      if (!keepsAUserManager(users, { userId: user.id, permissions: command.permissions })) {
        throw new AppError(ERROR_CODES.CONFLICT, LAST_MANAGER);
      }
      const accessChanged = !samePermissions(user.permissions, command.permissions);
      user.name = command.name;
      user.permissions = command.permissions;
      const saved = await this.accounts.saveUser(manager, user);
      if (accessChanged) {
        await enqueueEvent(manager, IDENTITY_EVENTS.userAccessChanged, {
          audience: 'portal',
          userId: saved.id,
          changedAt: new Date().toISOString(),
        });
      }
      return toPortalUser(saved);
    });
  }

  /** Removes the user and ends their sessions at once. */
  async remove(actor: PortalActor, portalUserId: string): Promise<void> {
    requireManageUsers(actor);
    if (portalUserId === actor.portalUserId) throw new AppError(ERROR_CODES.CONFLICT, 'You cannot remove yourself.');
    await this.accounts.transaction(async (manager) => {
      const account = await this.lockAccount(manager, actor);
      const users = await this.accounts.listUsers(manager, account.id);
      const user = users.find((u) => u.id === portalUserId);
      if (!user) throw AppError.notFound('User');
      if (!keepsAUserManager(users, { userId: user.id, permissions: null })) throw new AppError(ERROR_CODES.CONFLICT, LAST_MANAGER);
      await this.accounts.deleteUser(manager, user);
      await this.sessions.revokeAllForUser(manager, 'portal', user.id, 'user-removed');
    });
  }

  /** Changes to one account's users are made one at a time, so the last-manager rule holds under races. */
  private async lockAccount(manager: EntityManager, actor: PortalActor): Promise<PortalAccountEntity> {
    const account = await this.accounts.lockAccount(manager, actor.portalAccountId);
    if (!account) throw AppError.notFound('Portal account');
    return account;
  }
}

/** The gateway checks it first; this holds a caller that reaches the service another way to the same rule. */
function requireManageUsers(actor: PortalActor): void {
  if (!actor.permissions.includes(PORTAL_PERMISSIONS.manageUsers)) {
    throw new AppError(ERROR_CODES.FORBIDDEN, 'You do not have permission to manage users');
  }
}
