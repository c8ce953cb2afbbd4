import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  IDENTITY_SUBJECTS,
  refreshCommandSchema,
  signInCommandSchema,
  signOutCommandSchema,
  type Session,
  type SignOutResult,
} from '@tailwise/contracts';
import { parseRpc } from '@tailwise/messaging';
import { SessionsService } from './sessions.service';

@Controller()
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @MessagePattern(IDENTITY_SUBJECTS.signIn)
  signIn(@Payload() payload: unknown): Promise<Session> {
    return this.sessions.signIn('hq', parseRpc(signInCommandSchema, payload).data);
  }

  @MessagePattern(IDENTITY_SUBJECTS.portalSignIn)
  portalSignIn(@Payload() payload: unknown): Promise<Session> {
    return this.sessions.signIn('portal', parseRpc(signInCommandSchema, payload).data);
  }

  /** Both audiences: the command names the cookie's audience. */
  @MessagePattern(IDENTITY_SUBJECTS.refresh)
  refresh(@Payload() payload: unknown): Promise<Session> {
    return this.sessions.refresh(parseRpc(refreshCommandSchema, payload).data);
  }

  @MessagePattern(IDENTITY_SUBJECTS.signOut)
  signOut(@Payload() payload: unknown): Promise<SignOutResult> {
    return this.sessions.signOut(parseRpc(signOutCommandSchema, payload).data);
  }
}
