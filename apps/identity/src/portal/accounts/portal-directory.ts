import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal, PrincipalDirectory } from '../../sessions/principals';
import { PortalAccountsRepository, type PortalUserWithAccount } from './portal-accounts.repository';

/** A portal user as sessions and password links see it: the account is the token's tenant. */
export function portalPrincipal({ user, account }: PortalUserWithAccount): Principal {
  return {
    audience: 'portal',
    userId: user.id,
    tenantId: account.id,
    tenantName: account.name,
    email: user.email,
    name: user.name,
    permissions: [...user.permissions],
    passwordHash: user.passwordHash,
    // Portal users are removed, never disabled.
    disabled: false,
    organizationId: null,
  };
}

/** PORTAL_DIRECTORY: the portal audience's users for sign-in, sessions and password links. */
@Injectable()
export class PortalDirectory implements PrincipalDirectory {
  constructor(private readonly accounts: PortalAccountsRepository) {}

  async findByEmail(manager: EntityManager, email: string): Promise<Principal | null> {
    const found = await this.accounts.findUserWithAccount(manager, { email });
    return found && portalPrincipal(found);
  }

  async findById(manager: EntityManager, userId: string): Promise<Principal | null> {
    const found = await this.accounts.findUserWithAccount(manager, { id: userId });
    return found && portalPrincipal(found);
  }

  setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    return this.accounts.setPasswordHash(manager, userId, passwordHash);
  }

  recordSignIn(manager: EntityManager, userId: string, at: Date): Promise<void> {
    return this.accounts.recordSignIn(manager, userId, at);
  }
}
