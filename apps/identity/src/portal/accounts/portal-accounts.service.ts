import { Injectable } from '@nestjs/common';
import { AppError, ERROR_CODES, type ActivePortalLinks, type PortalActor, type PortalMeResponse } from '@tailwise/contracts';
import { PortalAccountsRepository } from './portal-accounts.repository';

@Injectable()
export class PortalAccountsService {
  constructor(private readonly accounts: PortalAccountsRepository) {}

  /** The signed-in portal user, their account and the clinics it has active links with. */
  async me(actor: PortalActor): Promise<PortalMeResponse> {
    const manager = this.accounts.manager;
    // All three are keyed by the token's account, so they run at once on pooled connections.
    const [user, account, links] = await Promise.all([
      this.accounts.findUser(manager, actor.portalAccountId, actor.portalUserId),
      this.accounts.findAccount(manager, actor.portalAccountId),
      this.accounts.activeLinkViews(manager, actor.portalAccountId),
    ]);
    // A token outliving its user (removed a moment ago, before the gateway heard the sessions
    // were revoked) is no longer a way in: the same 401 the revocation brings.
    if (!user || !account) throw new AppError(ERROR_CODES.UNAUTHENTICATED, 'This portal user no longer exists');
    return {
      user: { id: user.id, email: user.email, name: user.name },
      account: { id: account.id, name: account.name },
      permissions: [...user.permissions],
      links,
    };
  }

  /** For the gateway's link check on every organization-scoped portal request. */
  async activeLinks(portalAccountId: string): Promise<ActivePortalLinks> {
    const links = await this.accounts.activeLinks(this.accounts.manager, portalAccountId);
    return { links: links.map(({ organizationId, clientId }) => ({ organizationId, clientId })) };
  }
}
