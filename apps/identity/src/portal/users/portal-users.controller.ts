import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { z } from 'zod';
import {
  IDENTITY_SUBJECTS,
  portalUserAddRequestSchema,
  portalUserIdCommandSchema,
  portalUserUpdateCommandSchema,
  type PortalUser,
} from '@tailwise/contracts';
import { parseRpc } from '@tailwise/messaging';
import { requirePortalUser } from '../portal-actors';
import { PortalUsersService } from './portal-users.service';

@Controller()
export class PortalUsersController {
  constructor(private readonly users: PortalUsersService) {}

  @MessagePattern(IDENTITY_SUBJECTS.portalUserList)
  list(@Payload() payload: unknown): Promise<PortalUser[]> {
    const { actor } = parseRpc(z.object({}), payload);
    return this.users.list(requirePortalUser(actor));
  }

  @MessagePattern(IDENTITY_SUBJECTS.portalUserAdd)
  add(@Payload() payload: unknown): Promise<PortalUser> {
    const { actor, data } = parseRpc(portalUserAddRequestSchema, payload);
    return this.users.add(requirePortalUser(actor), data);
  }

  @MessagePattern(IDENTITY_SUBJECTS.portalUserUpdate)
  update(@Payload() payload: unknown): Promise<PortalUser> {
    const { actor, data } = parseRpc(portalUserUpdateCommandSchema, payload);
    return this.users.update(requirePortalUser(actor), data);
  }

  /** Answers null once removed (the gateway answers 204). */
  @MessagePattern(IDENTITY_SUBJECTS.portalUserRemove)
  async remove(@Payload() payload: unknown): Promise<null> {
    const { actor, data } = parseRpc(portalUserIdCommandSchema, payload);
    await this.users.remove(requirePortalUser(actor), data.portalUserId);
    return null;
  }
}
