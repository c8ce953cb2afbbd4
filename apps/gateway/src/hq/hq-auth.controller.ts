import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IDENTITY_SUBJECTS, type PasswordTokenInfo, type SessionResponse } from '@tailwise/contracts';
import { AuthFlows } from '../auth/auth-flows';
import { Public } from '../auth/auth.decorators';
import { ForgotPasswordDto, PasswordTokenDto, SetPasswordDto } from '../auth/passwords.dto';
import { SignInDto, SignUpDto } from './hq.dto';

@ApiTags('hq: auth')
@Public()
@Controller('api/hq/auth')
export class HqAuthController {
  constructor(private readonly auth: AuthFlows) {}

  /** Signs up an organization with its first clinic and admin, and signs the admin in. */
  @Post('sign-up')
  @HttpCode(201)
  signUp(@Body() body: SignUpDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    return this.auth.startSession('hq', IDENTITY_SUBJECTS.signUp, body, req, reply);
  }

  @Post('sign-in')
  @HttpCode(200)
  signIn(@Body() body: SignInDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    return this.auth.startSession('hq', IDENTITY_SUBJECTS.signIn, body, req, reply);
  }

  /** Trades the refresh cookie for a new access token and a rotated cookie. */
  @Post('refresh')
  @HttpCode(200)
  refresh(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    return this.auth.refresh('hq', req, reply);
  }

  @Post('sign-out')
  @HttpCode(204)
  signOut(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    return this.auth.signOut('hq', req, reply);
  }

  /** Forgot password: emails a reset link (1 hour) if the email belongs to an active staff member. */
  @Post('password/forgot')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'The same answer whether or not the email is known' })
  forgotPassword(@Body() body: ForgotPasswordDto, @Req() req: FastifyRequest): Promise<void> {
    return this.auth.forgotPassword('hq', body, req);
  }

  /** What an emailed set-password link is for (invite or reset), before its form is shown. */
  @Post('password/check')
  @HttpCode(200)
  @ApiNotFoundResponse({ description: 'The link is unknown, used, superseded or expired' })
  checkPasswordToken(@Body() body: PasswordTokenDto, @Req() req: FastifyRequest): Promise<PasswordTokenInfo> {
    return this.auth.checkPasswordToken('hq', body, req);
  }

  /** Sets the password from an emailed link, ends the user's other sessions and signs in. */
  @Post('password/set')
  @HttpCode(200)
  @ApiNotFoundResponse({ description: 'The link is unknown, used, superseded or expired' })
  setPassword(@Body() body: SetPasswordDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionResponse> {
    return this.auth.setPassword('hq', body, req, reply);
  }
}
