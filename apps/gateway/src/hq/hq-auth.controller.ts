import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_CODES, IDENTITY_SUBJECTS, type Session, type SessionResponse, type SignOutResult } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { Public } from '../auth/auth.decorators';
import { RevokedSessions } from '../auth/revoked-sessions';
import { SessionCookies } from '../auth/session-cookie';
import { SignInDto, SignUpDto } from './hq.dto';

@ApiTags('hq: auth')
@Public()
@Controller('api/hq/auth')
export class HqAuthController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly cookies: SessionCookies,
    private readonly revoked: RevokedSessions,
  ) {}

  /** Signs up an organization with its first clinic and admin, and signs the admin in. */
  @Post('sign-up')
  @HttpCode(201)
  async signUp(@Body() body: SignUpDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    const session = await this.rpc.request<Session>(IDENTITY_SUBJECTS.signUp, { kind: 'anonymous', ip: req.ip }, { ...body, ...origin(req) });
    return this.cookies.issue(reply, 'hq', session);
  }

  @Post('sign-in')
  @HttpCode(200)
  async signIn(@Body() body: SignInDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    const session = await this.rpc.request<Session>(IDENTITY_SUBJECTS.signIn, { kind: 'anonymous', ip: req.ip }, { ...body, ...origin(req) });
    return this.cookies.issue(reply, 'hq', session);
  }

  /** Trades the refresh cookie for a new access token and a rotated cookie. */
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    const refreshToken = this.cookies.read(req, 'hq');
    if (!refreshToken || refreshToken.length > 512) {
      this.cookies.clear(reply, 'hq');
      throw new AppError(ERROR_CODES.UNAUTHENTICATED, 'Sign in to continue');
    }
    try {
      const session = await this.rpc.request<Session>(IDENTITY_SUBJECTS.refresh, { kind: 'anonymous', ip: req.ip }, { refreshToken });
      return this.cookies.issue(reply, 'hq', session);
    } catch (error) {
      if (error instanceof AppError && error.code === ERROR_CODES.UNAUTHENTICATED) this.cookies.clear(reply, 'hq');
      throw error;
    }
  }

  @Post('sign-out')
  @HttpCode(204)
  async signOut(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const refreshToken = this.cookies.read(req, 'hq');
    if (refreshToken) {
      const { sessionId } = await this.rpc.request<SignOutResult>(IDENTITY_SUBJECTS.signOut, { kind: 'anonymous', ip: req.ip }, { refreshToken });
      // This replica refuses the session's tokens at once; the others learn it from the event.
      if (sessionId) this.revoked.add(sessionId);
    }
    this.cookies.clear(reply, 'hq');
  }
}

function origin(req: FastifyRequest): { ip: string; userAgent?: string } {
  const userAgent = req.headers['user-agent']?.slice(0, 512);
  return userAgent ? { ip: req.ip, userAgent } : { ip: req.ip };
}
