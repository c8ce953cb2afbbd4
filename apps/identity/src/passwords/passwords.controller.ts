import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  IDENTITY_SUBJECTS,
  forgotPasswordCommandSchema,
  mintLinkTokenCommandSchema,
  passwordTokenCommandSchema,
  setPasswordCommandSchema,
  type MintedLinkToken,
  type PasswordTokenInfo,
  type Session,
} from '@tailwise/contracts';
import { parseRpc } from '@tailwise/messaging';
import { PasswordTokensService } from './password-tokens.service';

/** Emailed set-password links; every caller is anonymous (the link's secret is the credential). */
@Controller()
export class PasswordsController {
  constructor(private readonly passwords: PasswordTokensService) {}

  /** Answers null whether or not the email is known (the gateway answers 202). */
  @MessagePattern(IDENTITY_SUBJECTS.passwordForgot)
  async forgot(@Payload() payload: unknown): Promise<null> {
    await this.passwords.forgot(parseRpc(forgotPasswordCommandSchema, payload).data);
    return null;
  }

  @MessagePattern(IDENTITY_SUBJECTS.passwordCheck)
  check(@Payload() payload: unknown): Promise<PasswordTokenInfo> {
    return this.passwords.check(parseRpc(passwordTokenCommandSchema, payload).data);
  }

  @MessagePattern(IDENTITY_SUBJECTS.passwordSet)
  set(@Payload() payload: unknown): Promise<Session> {
    return this.passwords.set(parseRpc(setPasswordCommandSchema, payload).data);
  }

  @MessagePattern(IDENTITY_SUBJECTS.passwordTokenMint)
  mint(@Payload() payload: unknown): Promise<MintedLinkToken> {
    return this.passwords.mint(parseRpc(mintLinkTokenCommandSchema, payload).data.id);
  }
}
