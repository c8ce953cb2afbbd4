import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Audience } from '@tailwise/auth';
import {
  AppError,
  ERROR_CODES,
  IDENTITY_SUBJECTS,
  type ForgotPasswordRequest,
  type PasswordTokenInfo,
  type PasswordTokenRequest,
  type Session,
  type SessionResponse,
  type SetPasswordRequest,
  type SignOutResult,
} from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { RevokedSessions } from './revoked-sessions';
import { SessionCookies } from './session-cookie';

/**
 * What the HQ and portal auth routes share: starting a session behind the refresh cookie,
 * refreshing and ending it, and the emailed set-password links. The audience is the
 * route's, never the caller's choice.
 */
@Injectable()
export class AuthFlows {
  constructor(
    private readonly rpc: RpcClient,
    private readonly cookies: SessionCookies,
    private readonly revoked: RevokedSessions,
  ) {}

  /** Asks identity for a session (anonymously, from the caller's address) and sets the cookie. */
  async startSession(audience: Audience, subject: string, data: object, req: FastifyRequest, reply: FastifyReply): Promise<SessionResponse> {
    const session = await this.rpc.request<Session>(subject, anonymous(req), { ...data, ...origin(req) });
    return this.cookies.issue(reply, audience, session);
  }

  /** Trades the refresh cookie for a new access token and a rotated cookie. */
  async refresh(audience: Audience, req: FastifyRequest, reply: FastifyReply): Promise<SessionResponse> {
    const refreshToken = this.cookies.read(req, audience);
    if (!refreshToken || refreshToken.length > 512) {
      this.cookies.clear(reply, audience);
      throw new AppError(ERROR_CODES.UNAUTHENTICATED, 'Sign in to continue');
    }
    try {
      const session = await this.rpc.request<Session>(IDENTITY_SUBJECTS.refresh, anonymous(req), { refreshToken, audience });
      return this.cookies.issue(reply, audience, session);
    } catch (error) {
      if (error instanceof AppError && error.code === ERROR_CODES.UNAUTHENTICATED) this.cookies.clear(reply, audience);
      throw error;
    }
  }

  async signOut(audience: Audience, req: FastifyRequest, reply: FastifyReply): Promise<void> {
    const refreshToken = this.cookies.read(req, audience);
    if (refreshToken && refreshToken.length <= 512) {
      const { sessionId } = await this.rpc.request<SignOutResult>(IDENTITY_SUBJECTS.signOut, anonymous(req), { refreshToken, audience });
      // This replica refuses the session's tokens at once; the others learn it from the event.
      if (sessionId) this.revoked.add(sessionId);
    }
    this.cookies.clear(reply, audience);
  }

  /** Resolves the same whether or not the email is known, so it cannot be used to probe for accounts. */
  async forgotPassword(audience: Audience, body: ForgotPasswordRequest, req: FastifyRequest): Promise<void> {
    await this.rpc.request<null>(IDENTITY_SUBJECTS.passwordForgot, anonymous(req), { ...body, audience, ip: req.ip });
  }

  checkPasswordToken(audience: Audience, body: PasswordTokenRequest, req: FastifyRequest): Promise<PasswordTokenInfo> {
    return this.rpc.request<PasswordTokenInfo>(IDENTITY_SUBJECTS.passwordCheck, anonymous(req), { ...body, audience });
  }

  /** Sets the password from the link; identity ends the user's other sessions and starts this one. */
  setPassword(audience: Audience, body: SetPasswordRequest, req: FastifyRequest, reply: FastifyReply): Promise<SessionResponse> {
    return this.startSession(audience, IDENTITY_SUBJECTS.passwordSet, { ...body, audience }, req, reply);
  }
}

const anonymous = (req: FastifyRequest) => ({ kind: 'anonymous' as const, ip: req.ip });

function origin(req: FastifyRequest): { ip: string; userAgent?: string } {
  const userAgent = req.headers['user-agent']?.slice(0, 512);
  return userAgent ? { ip: req.ip, userAgent } : { ip: req.ip };
}
