import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IDENTITY_SUBJECTS, type MeResponse, type StaffActor } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { CurrentStaff } from '../auth/auth.decorators';

@ApiTags('hq: me')
@ApiBearerAuth()
@Controller('api/hq/me')
export class HqMeController {
  constructor(private readonly rpc: RpcClient) {}

  /** The signed-in staff member, their organization, clinics and permissions. */
  @Get()
  me(@CurrentStaff() actor: StaffActor): Promise<MeResponse> {
    return this.rpc.request<MeResponse>(IDENTITY_SUBJECTS.me, actor, {});
  }
}
