import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { IDENTITY_SUBJECTS, STAFF_PERMISSIONS, type StaffActor, type StaffUser } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { CurrentStaff, RequirePermission } from '../auth/auth.decorators';
import { IdParamDto } from '../clients/clients.dto';
import { StaffChangeRoleDto, StaffInviteDto } from './settings.dto';

const LAST_ADMIN = 'Yourself, or the last active Admin';

/** Settings → Users: the organization's staff members. */
@ApiTags('hq: settings')
@ApiBearerAuth()
@RequirePermission(STAFF_PERMISSIONS.manageUsers)
@Controller('api/hq/users')
export class StaffUsersController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  list(@CurrentStaff() actor: StaffActor): Promise<StaffUser[]> {
    return this.rpc.request<StaffUser[]>(IDENTITY_SUBJECTS.staffList, actor, {});
  }

  /** Invite User: they get an email with a link to set a password (72 hours, single use). */
  @Post()
  @HttpCode(201)
  @ApiConflictResponse({ description: 'The email already belongs to a staff user' })
  invite(@CurrentStaff() actor: StaffActor, @Body() body: StaffInviteDto): Promise<StaffUser> {
    return this.rpc.request<StaffUser>(IDENTITY_SUBJECTS.staffInvite, actor, body);
  }

  /** Sends a new invitation email; the previous link stops working. Only while the user is invited. */
  @Post(':id/resend-invite')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Sent' })
  @ApiConflictResponse({ description: 'The user has already set a password' })
  async resendInvite(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto): Promise<void> {
    await this.rpc.request<null>(IDENTITY_SUBJECTS.staffResendInvite, actor, { userId: id });
  }

  /** Gives the user another role; their current access tokens stop working at once. */
  @Put(':id/role')
  @ApiConflictResponse({ description: LAST_ADMIN })
  changeRole(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto, @Body() body: StaffChangeRoleDto): Promise<StaffUser> {
    return this.rpc.request<StaffUser>(IDENTITY_SUBJECTS.staffChangeRole, actor, { ...body, userId: id });
  }

  /** Disable: the user cannot sign in and every session of theirs ends at once. */
  @Post(':id/disable')
  @HttpCode(200)
  @ApiConflictResponse({ description: LAST_ADMIN })
  disable(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto): Promise<StaffUser> {
    return this.rpc.request<StaffUser>(IDENTITY_SUBJECTS.staffDisable, actor, { userId: id });
  }

  @Post(':id/enable')
  @HttpCode(200)
  enable(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto): Promise<StaffUser> {
    return this.rpc.request<StaffUser>(IDENTITY_SUBJECTS.staffEnable, actor, { userId: id });
  }
}
