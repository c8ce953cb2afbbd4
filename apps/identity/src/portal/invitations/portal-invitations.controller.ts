import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  IDENTITY_SUBJECTS,
  mintLinkTokenCommandSchema,
  portalInvitationRequestSchema,
  portalInvitationSignInCommandSchema,
  portalNewAccountCommandSchema,
  type MintedLinkToken,
  type PortalInvitationInfo,
  type Session,
} from '@tailwise/contracts';
import { parseRpc } from '@tailwise/messaging';
import { PortalInvitationsService } from './portal-invitations.service';

/** Anonymous callers: the secret in the link is the credential. */
@Controller()
export class PortalInvitationsController {
  constructor(private readonly invitations: PortalInvitationsService) {}

  @MessagePattern(IDENTITY_SUBJECTS.portalInvitationCheck)
  check(@Payload() payload: unknown): Promise<PortalInvitationInfo> {
    return this.invitations.check(parseRpc(portalInvitationRequestSchema, payload).data.token);
  }

  @MessagePattern(IDENTITY_SUBJECTS.portalInvitationNewAccount)
  newAccount(@Payload() payload: unknown): Promise<Session> {
    return this.invitations.newAccount(parseRpc(portalNewAccountCommandSchema, payload).data);
  }

  @MessagePattern(IDENTITY_SUBJECTS.portalInvitationSignIn)
  signIn(@Payload() payload: unknown): Promise<Session> {
    return this.invitations.signIn(parseRpc(portalInvitationSignInCommandSchema, payload).data);
  }

  @MessagePattern(IDENTITY_SUBJECTS.portalInvitationMint)
  mint(@Payload() payload: unknown): Promise<MintedLinkToken> {
    return this.invitations.mint(parseRpc(mintLinkTokenCommandSchema, payload).data.id);
  }
}
