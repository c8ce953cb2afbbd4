import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { z } from 'zod';
import { IDENTITY_SUBJECTS, roleIdCommandSchema, roleInputSchema, roleUpdateCommandSchema, type Role } from '@tailwise/contracts';
import { parseRpc, requireStaff } from '@tailwise/messaging';
import { RolesService } from './roles.service';

@Controller()
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @MessagePattern(IDENTITY_SUBJECTS.roleList)
  list(@Payload() payload: unknown): Promise<Role[]> {
    const { actor } = parseRpc(z.object({}), payload);
    return this.roles.list(requireStaff(actor));
  }

  @MessagePattern(IDENTITY_SUBJECTS.roleCreate)
  create(@Payload() payload: unknown): Promise<Role> {
    const { actor, data } = parseRpc(roleInputSchema, payload);
    return this.roles.create(requireStaff(actor), data);
  }

  @MessagePattern(IDENTITY_SUBJECTS.roleUpdate)
  update(@Payload() payload: unknown): Promise<Role> {
    const { actor, data } = parseRpc(roleUpdateCommandSchema, payload);
    return this.roles.update(requireStaff(actor), data.roleId, data.role);
  }

  @MessagePattern(IDENTITY_SUBJECTS.roleDelete)
  async delete(@Payload() payload: unknown): Promise<null> {
    const { actor, data } = parseRpc(roleIdCommandSchema, payload);
    await this.roles.delete(requireStaff(actor), data.roleId);
    return null;
  }
}
