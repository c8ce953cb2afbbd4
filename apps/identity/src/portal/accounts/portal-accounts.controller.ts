import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { z } from 'zod';
import { IDENTITY_SUBJECTS, activePortalLinksCommandSchema, type ActivePortalLinks, type PortalMeResponse } from '@tailwise/contracts';
import { parseRpc } from '@tailwise/messaging';
import { requirePortalUser } from '../portal-actors';
import { PortalAccountsService } from './portal-accounts.service';

@Controller()
export class PortalAccountsController {
  constructor(private readonly accounts: PortalAccountsService) {}

  @MessagePattern(IDENTITY_SUBJECTS.portalMe)
  me(@Payload() payload: unknown): Promise<PortalMeResponse> {
    const { actor } = parseRpc(z.object({}), payload);
    return this.accounts.me(requirePortalUser(actor));
  }

  /** The gateway asks on behalf of a portal request it is checking, whatever actor it sends. */
  @MessagePattern(IDENTITY_SUBJECTS.portalLinksActive)
  linksActive(@Payload() payload: unknown): Promise<ActivePortalLinks> {
    return this.accounts.activeLinks(parseRpc(activePortalLinksCommandSchema, payload).data.portalAccountId);
  }
}
