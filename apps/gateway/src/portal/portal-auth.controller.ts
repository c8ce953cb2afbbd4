import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { decodeJwt } from 'jose';
import { IDENTITY_SUBJECTS, type PasswordTokenInfo, type PortalInvitationInfo, type SessionResponse } from '@tailwise/contracts';
import { RpcClient } from '@tailwise/messaging';
import { AuthFlows } from '../auth/auth-flows';
import { Public } from '../auth/auth.decorators';
import { ForgotPasswordDto, PasswordTokenDto, SetPasswordDto } from '../auth/passwords.dto';
import { SignInDto } from '../hq/hq.dto';
import { PortalInvitationDto, PortalInvitationSignInDto, PortalNewAccountDto } from './portal.dto';
import { PortalLinks } from './portal-links';

const INVALID_LINK = 'The link is unknown, used, superseded or expired';

@ApiTags('portal: auth')
@Public()
@Controller('api/portal/auth')
export class PortalAuthController {
  constructor(
    private readonly auth: AuthFlows,
    private readonly rpc: RpcClient,
    private readonly links: PortalLinks,
  ) {}

  @Post('sign-in')
  @HttpCode(200)
  signIn(@Body() body: SignInDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    return this.auth.startSession('portal', IDENTITY_SUBJECTS.portalSignIn, body, req, reply);
  }

  /** Trades the refresh cookie for a new access token and a rotated cookie. */
  @Post('refresh')
  @HttpCode(200)
  refresh(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    return this.auth.refresh('portal', req, reply);
  }

  @Post('sign-out')
  @HttpCode(204)
  signOut(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    return this.auth.signOut('portal', req, reply);
  }

  /** Need help logging in?: emails a reset link (1 hour) if the email belongs to an active portal user. */
  @Post('password/forgot')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'The same answer whether or not the email is known' })
  forgotPassword(@Body() body: ForgotPasswordDto, @Req() req: FastifyRequest): Promise<void> {
    return this.auth.forgotPassword('portal', body, req);
  }

  /** What an emailed set-password link is for (invite or reset), before its form is shown. */
  @Post('password/check')
  @HttpCode(200)
  @ApiNotFoundResponse({ description: INVALID_LINK })
  checkPasswordToken(@Body() body: PasswordTokenDto, @Req() req: FastifyRequest): Promise<PasswordTokenInfo> {
    return this.auth.checkPasswordToken('portal', body, req);
  }

  /** Sets the password from an emailed link, ends the user's other sessions and signs in. */
  @Post('password/set')
  @HttpCode(200)
  @ApiNotFoundResponse({ description: INVALID_LINK })
  setPassword(@Body() body: SetPasswordDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    return this.auth.setPassword('portal', body, req, reply);
  }

  /** What an invitation or claim link is for: the clinic, the client, whether the email already has a login. */
  @Post('invitation/check')
  @HttpCode(200)
  @ApiNotFoundResponse({ description: INVALID_LINK })
  checkInvitation(@Body() body: PortalInvitationDto, @Req() req: FastifyRequest): Promise<PortalInvitationInfo> {
    return this.rpc.request<PortalInvitationInfo>(IDENTITY_SUBJECTS.portalInvitationCheck, { kind: 'anonymous', ip: req.ip }, body);
  }

  /** New Account: creates the portal login (the invited email) linked to the client, and signs in. */
  @Post('invitation/new-account')
  @HttpCode(201)
  @ApiNotFoundResponse({ description: INVALID_LINK })
  @ApiConflictResponse({ description: 'The email already has a portal login: sign in to link it' })
  async newAccount(@Body() body: PortalNewAccountDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    return this.linked(await this.auth.startSession('portal', IDENTITY_SUBJECTS.portalInvitationNewAccount, body, req, reply));
  }

  /** Signs in to an existing portal login and links it to the inviting clinic's client. */
  @Post('invitation/sign-in')
  @HttpCode(200)
  @ApiNotFoundResponse({ description: INVALID_LINK })
  @ApiConflictResponse({ description: 'The client or the account is already linked elsewhere at this clinic' })
  async invitationSignIn(
    @Body() body: PortalInvitationSignInDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    return this.linked(await this.auth.startSession('portal', IDENTITY_SUBJECTS.portalInvitationSignIn, body, req, reply));
  }

  /**
   * The account just got a link: forget what this replica knew of its links, so the browser's
   * next request sees it without waiting for the event. The token comes straight from identity.
   */
  private linked(session: SessionResponse): SessionResponse {
    const { tenant } = decodeJwt(session.accessToken);
    if (typeof tenant === 'string') this.links.evict(tenant);
    return session;
  }
}
