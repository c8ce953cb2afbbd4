import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IDENTITY_SUBJECTS, SCHEDULING_SUBJECTS, type PortalActor, type PortalMeResponse, type PortalVisibleLinks } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { CurrentPortalUser } from '../auth/auth.decorators';

@ApiTags('portal: me')
@ApiBearerAuth()
@Controller('api/portal/me')
export class PortalMeController {
  constructor(private readonly rpc: RpcClient) {}

  /**
   * The signed-in portal user, their account and permissions, and the clinics the portal shows:
   * of the account's active links (identity), those scheduling says to show, since a volume
   * client's clinic appears only once it has appointments for that client.
   */
  @Get()
  async me(@CurrentPortalUser() actor: PortalActor): Promise<PortalMeResponse> {
    const me = await this.rpc.request<PortalMeResponse>(IDENTITY_SUBJECTS.portalMe, actor, {});
    if (me.links.length === 0) return me;
    const links = me.links.map(({ organizationId, clientId }) => ({ organizationId, clientId }));
    const { organizationIds } = await this.rpc.request<PortalVisibleLinks>(SCHEDULING_SUBJECTS.portalVisibleLinks, actor, { links });
    const visible = new Set(organizationIds);
    return { ...me, links: me.links.filter((link) => visible.has(link.organizationId)) };
  }
}
