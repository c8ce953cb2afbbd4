import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { IDENTITY_SUBJECTS, PORTAL_PERMISSIONS, type PortalActor, type PortalUser } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { CurrentPortalUser, RequirePermission } from '../auth/auth.decorators';
import { IdParamDto } from '../clients/clients.dto';
import { PortalUserAddDto, PortalUserUpdateDto } from './portal.dto';

/** The signed-in portal account's users (the Users page, for users who manage users). */
@ApiTags('portal: users')
@ApiBearerAuth()
@RequirePermission(PORTAL_PERMISSIONS.manageUsers)
@Controller('api/portal/users')
export class PortalUsersController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  list(@CurrentPortalUser() actor: PortalActor): Promise<PortalUser[]> {
    return this.rpc.request<PortalUser[]>(IDENTITY_SUBJECTS.portalUserList, actor, {});
  }

  /** Adds a user with the given permissions; they get an email to set a password (72 hours). */
  @Post()
  @HttpCode(201)
  @ApiConflictResponse({ description: 'The email already has a portal login' })
  add(@CurrentPortalUser() actor: PortalActor, @Body() body: PortalUserAddDto): Promise<PortalUser> {
    return this.rpc.request<PortalUser>(IDENTITY_SUBJECTS.portalUserAdd, actor, body);
  }

  /** Renames a user or sets their permissions; their current access tokens stop working at once. */
  @Put(':id')
  @ApiConflictResponse({ description: 'It would leave nobody who can manage users' })
  update(@CurrentPortalUser() actor: PortalActor, @Param() { id }: IdParamDto, @Body() body: PortalUserUpdateDto): Promise<PortalUser> {
    return this.rpc.request<PortalUser>(IDENTITY_SUBJECTS.portalUserUpdate, actor, { ...body, portalUserId: id });
  }

  /** Removes the user and ends their sessions. Nobody removes themselves. */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiConflictResponse({ description: 'Removing yourself' })
  async remove(@CurrentPortalUser() actor: PortalActor, @Param() { id }: IdParamDto): Promise<void> {
    await this.rpc.request<null>(IDENTITY_SUBJECTS.portalUserRemove, actor, { portalUserId: id });
  }
}
