import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IDENTITY_EVENTS, type PortalLinkChanged } from '@tailwise/contracts';
import { enqueueEvent } from '@tailwise/messaging';
import { PortalAccountsRepository, type LinkRef } from './portal-accounts.repository';
import type { PortalLinkEntity } from './portal-link.entity';

/**
 * Every change of a link's state, each with its event: gateways cache an account's active
 * links and drop the cache when one of these arrives.
 */
@Injectable()
export class PortalLinks {
  constructor(private readonly accounts: PortalAccountsRepository) {}

  /** Creates the link or reopens the closed one; an active link is left as it is. */
  async open(manager: EntityManager, existing: PortalLinkEntity | null, ref: LinkRef): Promise<PortalLinkEntity> {
    if (existing?.status === 'active') return existing;
    let link: PortalLinkEntity;
    if (existing) {
      existing.status = 'active';
      existing.closedAt = null;
      link = await this.accounts.saveLink(manager, existing);
    } else {
      link = await this.accounts.createLink(manager, ref);
    }
    await enqueueEvent(manager, IDENTITY_EVENTS.portalLinkOpened, changed(link, new Date()));
    return link;
  }

  async close(manager: EntityManager, link: PortalLinkEntity): Promise<void> {
    const at = new Date();
    link.status = 'closed';
    link.closedAt = at;
    await this.accounts.saveLink(manager, link);
    await enqueueEvent(manager, IDENTITY_EVENTS.portalLinkClosed, changed(link, at));
  }

  async delete(manager: EntityManager, link: PortalLinkEntity): Promise<void> {
    await this.accounts.deleteLink(manager, link);
    await enqueueEvent(manager, IDENTITY_EVENTS.portalLinkDeleted, changed(link, new Date()));
  }
}

function changed(link: PortalLinkEntity, at: Date): PortalLinkChanged {
  return {
    linkId: link.id,
    portalAccountId: link.portalAccountId,
    organizationId: link.organizationId,
    clientId: link.clientId,
    at: at.toISOString(),
  };
}
