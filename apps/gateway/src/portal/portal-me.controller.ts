import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IDENTITY_SUBJECTS, type PortalActor, type PortalMeResponse } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { CurrentPortalUser } from '../auth/auth.decorators';

@ApiTags('portal: me')
@ApiBearerAuth()
@Controller('api/portal/me')
export class PortalMeController {
  constructor(private readonly rpc: RpcClient) {}

  /** The signed-in portal user, their account and permissions, and the clinics it has active links with. */
  @Get()
  me(@CurrentPortalUser() actor: PortalActor): Promise<PortalMeResponse> {
    return this.rpc.request<PortalMeResponse>(IDENTITY_SUBJECTS.portalMe, actor, {});
  }
}
