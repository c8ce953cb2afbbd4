import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { z } from 'zod';
import { IDENTITY_SUBJECTS, type MeResponse } from '@tailwise/contracts';
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
}
