import { Injectable } from '@nestjs/common';
import { IDENTITY_SUBJECTS, mintedLinkTokenSchema, type MintLinkTokenCommand } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';

/**
 * Gets a link's secret from identity when its email is sent, so no secret ever travels in
 * an event. Each mint replaces the previous secret of that link. `null`: the link is no
 * longer pending (used, superseded or expired) and its email must not go out. Throws when
 * identity cannot answer, so the event is retried later.
 */
@Injectable()
export class LinkTokens {
  constructor(private readonly rpc: RpcClient) {}

  passwordToken(tokenId: string): Promise<string | null> {
    return this.mint(IDENTITY_SUBJECTS.passwordTokenMint, tokenId);
  }

  portalInvitation(invitationId: string): Promise<string | null> {
    return this.mint(IDENTITY_SUBJECTS.portalInvitationMint, invitationId);
  }

  private async mint(subject: string, id: string): Promise<string | null> {
    const command: MintLinkTokenCommand = { id };
    const reply = await this.rpc.request<unknown>(subject, { kind: 'anonymous' }, command);
    return mintedLinkTokenSchema.parse(reply).token;
  }
}
