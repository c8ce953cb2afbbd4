import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  IDENTITY_SUBJECTS,
  portalClientCommandSchema,
  portalInviteCommandSchema,
  portalLinkCommandSchema,
  type PortalAccess,
  type PortalInviteResult,
} from '@tailwise/contracts';
import { parseRpc, requireStaff } from '@tailwise/messaging';
import { PortalAccessService } from './portal-access.service';

@Controller()
export class PortalAccessController {
  constructor(private readonly access: PortalAccessService) {}

  @MessagePattern(IDENTITY_SUBJECTS.portalAccessGet)
  get(@Payload() payload: unknown): Promise<PortalAccess> {
    const { actor, data } = parseRpc(portalClientCommandSchema, payload);
    return this.access.get(requireStaff(actor), data);
  }

  @MessagePattern(IDENTITY_SUBJECTS.portalAccessInvite)
  invite(@Payload() payload: unknown): Promise<PortalInviteResult> {
    const { actor, data } = parseRpc(portalInviteCommandSchema, payload);
    return this.access.invite(requireStaff(actor), data);
  }

  @MessagePattern(IDENTITY_SUBJECTS.portalAccessLink)
  link(@Payload() payload: unknown): Promise<PortalAccess> {
    const { actor, data } = parseRpc(portalLinkCommandSchema, payload);
    return this.access.link(requireStaff(actor), data);
  }

  @MessagePattern(IDENTITY_SUBJECTS.portalAccessClose)
  close(@Payload() payload: unknown): Promise<PortalAccess> {
    const { actor, data } = parseRpc(portalClientCommandSchema, payload);
    return this.access.close(requireStaff(actor), data);
  }

  /** Answers null once deleted (the gateway answers 204). */
  @MessagePattern(IDENTITY_SUBJECTS.portalAccessDelete)
  async delete(@Payload() payload: unknown): Promise<null> {
    const { actor, data } = parseRpc(portalClientCommandSchema, payload);
    await this.access.delete(requireStaff(actor), data);
    return null;
  }
}
