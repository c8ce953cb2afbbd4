import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_CODES, IDENTITY_SUBJECTS, type Session, type SessionResponse } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { Public } from '../auth/auth.decorators';
import { SessionCookies } from '../auth/session-cookie';
import { SignInDto, SignUpDto } from './hq.dto';

@ApiTags('hq: auth')
@Public()
@Controller('api/hq/auth')
export class HqAuthController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly cookies: SessionCookies,
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
    if (!refreshToken) throw new AppError(ERROR_CODES.UNAUTHENTICATED, 'Sign in to continue');
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
    if (refreshToken) await this.rpc.request(IDENTITY_SUBJECTS.signOut, { kind: 'anonymous', ip: req.ip }, { refreshToken });
    this.cookies.clear(reply, 'hq');
  }
}

function origin(req: FastifyRequest): { ip: string; userAgent?: string } {
  const userAgent = req.headers['user-agent']?.slice(0, 512);
  return userAgent ? { ip: req.ip, userAgent } : { ip: req.ip };
}
