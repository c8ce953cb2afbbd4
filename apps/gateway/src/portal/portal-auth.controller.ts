import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_CODES, IDENTITY_SUBJECTS, type Session, type SessionResponse } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { Public } from '../auth/auth.decorators';
import { SessionCookies } from '../auth/session-cookie';
import { SignInDto } from '../hq/hq.dto';

@ApiTags('portal: auth')
@Public()
@Controller('api/portal/auth')
export class PortalAuthController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly cookies: SessionCookies,
  ) {}

  @Post('sign-in')
  @HttpCode(200)
  async signIn(@Body() body: SignInDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    const session = await this.rpc.request<Session>(
      IDENTITY_SUBJECTS.portalSignIn,
      { kind: 'anonymous', ip: req.ip },
      { ...body, ip: req.ip },
    );
    return this.cookies.issue(reply, 'portal', session);
  }

  /** Portal sessions come with portal access; until then every refresh is refused. */
  @Post('refresh')
  @HttpCode(200)
  refresh(@Res({ passthrough: true }) reply: FastifyReply): never {
    this.cookies.clear(reply, 'portal');
    throw new AppError(ERROR_CODES.UNAUTHENTICATED, 'Sign in to continue');
  }

  @Post('sign-out')
  @HttpCode(204)
  signOut(@Res({ passthrough: true }) reply: FastifyReply): void {
    this.cookies.clear(reply, 'portal');
  }
}
