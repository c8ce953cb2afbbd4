import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { z } from 'zod';
import {
  IDENTITY_SUBJECTS,
  staffChangeRoleCommandSchema,
  staffInviteRequestSchema,
  staffUserIdCommandSchema,
  type MeResponse,
  type StaffUser,
} from '@tailwise/contracts';
import { parseRpc, requireStaff } from '@tailwise/messaging';
import { StaffService } from './staff.service';

@Controller()
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @MessagePattern(IDENTITY_SUBJECTS.me)
  me(@Payload() payload: unknown): Promise<MeResponse> {
    const { actor } = parseRpc(z.object({}), payload);
    return this.staff.me(requireStaff(actor));
  }

  @MessagePattern(IDENTITY_SUBJECTS.staffList)
  list(@Payload() payload: unknown): Promise<StaffUser[]> {
    const { actor } = parseRpc(z.object({}), payload);
    return this.staff.list(requireStaff(actor));
  }

  @MessagePattern(IDENTITY_SUBJECTS.staffInvite)
  invite(@Payload() payload: unknown): Promise<StaffUser> {
    const { actor, data } = parseRpc(staffInviteRequestSchema, payload);
    return this.staff.invite(requireStaff(actor), data);
  }

  @MessagePattern(IDENTITY_SUBJECTS.staffResendInvite)
  async resendInvite(@Payload() payload: unknown): Promise<null> {
    const { actor, data } = parseRpc(staffUserIdCommandSchema, payload);
    await this.staff.resendInvite(requireStaff(actor), data.userId);
    return null;
  }

  @MessagePattern(IDENTITY_SUBJECTS.staffChangeRole)
  changeRole(@Payload() payload: unknown): Promise<StaffUser> {
    const { actor, data } = parseRpc(staffChangeRoleCommandSchema, payload);
    return this.staff.changeRole(requireStaff(actor), data.userId, data.roleId);
  }

  @MessagePattern(IDENTITY_SUBJECTS.staffDisable)
  disable(@Payload() payload: unknown): Promise<StaffUser> {
    const { actor, data } = parseRpc(staffUserIdCommandSchema, payload);
    return this.staff.disable(requireStaff(actor), data.userId);
  }

  @MessagePattern(IDENTITY_SUBJECTS.staffEnable)
  enable(@Payload() payload: unknown): Promise<StaffUser> {
    const { actor, data } = parseRpc(staffUserIdCommandSchema, payload);
    return this.staff.enable(requireStaff(actor), data.userId);
  }
}
