import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { IDENTITY_SUBJECTS, STAFF_PERMISSIONS, type Role, type StaffActor } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { CurrentStaff, RequirePermission } from '../auth/auth.decorators';
import { IdParamDto } from '../clients/clients.dto';
import { RoleInputDto } from './settings.dto';

/** Settings → User Roles. The built-in Admin role holds every permission and cannot be changed. */
@ApiTags('hq: settings')
@ApiBearerAuth()
@RequirePermission(STAFF_PERMISSIONS.manageUsers)
@Controller('api/hq/roles')
export class RolesController {
  constructor(private readonly rpc: RpcClient) {}

  /** The organization's roles, each with how many staff users hold it. */
  @Get()
  list(@CurrentStaff() actor: StaffActor): Promise<Role[]> {
    return this.rpc.request<Role[]>(IDENTITY_SUBJECTS.roleList, actor, {});
  }

  @Post()
  @HttpCode(201)
  @ApiConflictResponse({ description: 'Another role of the organization has this name' })
  create(@CurrentStaff() actor: StaffActor, @Body() body: RoleInputDto): Promise<Role> {
    return this.rpc.request<Role>(IDENTITY_SUBJECTS.roleCreate, actor, body);
  }

  /** Renames the role or sets its permissions; its holders' current access tokens stop working at once. */
  @Put(':id')
  @ApiConflictResponse({ description: 'The Admin role, or a name another role has' })
  update(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto, @Body() body: RoleInputDto): Promise<Role> {
    return this.rpc.request<Role>(IDENTITY_SUBJECTS.roleUpdate, actor, { roleId: id, role: body });
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({ description: 'The Admin role, or a role staff users hold' })
  async remove(@CurrentStaff() actor: StaffActor, @Param() { id }: IdParamDto): Promise<void> {
    await this.rpc.request<null>(IDENTITY_SUBJECTS.roleDelete, actor, { roleId: id });
  }
}
