import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hashPassword, randomToken, sha256 } from '@tailwise/auth';
import {
  IDENTITY_EVENTS,
  type AudienceName,
  type ForgotPasswordCommand,
  type MintedLinkToken,
  type PasswordTokenCommand,
  type PasswordTokenInfo,
  type PasswordTokenPurpose,
  type Session,
  type SetPasswordCommand,
} from '@tailwise/contracts';
import { enqueueEvent } from '@tailwise/messaging';
import { PORTAL_DIRECTORY, STAFF_DIRECTORY, type Principal, type PrincipalDirectory } from '../sessions/principals';
import { SessionsService } from '../sessions/sessions.service';
import { SignInThrottle } from '../sessions/sign-in-throttle';
import type { PasswordTokenEntity } from './password-token.entity';
import { PASSWORD_TOKEN_LIFETIME_MS, linkNoLongerValid, usableToken } from './password-token-rules';
import { PasswordTokensRepository } from './password-tokens.repository';

export interface PasswordTokenRequest {
  audience: AudienceName;
  userId: string;
  purpose: PasswordTokenPurpose;
}

/** Emailed set-password links of both audiences: invitations of new users and password resets. */
@Injectable()
export class PasswordTokensService {
  private readonly directories: Record<AudienceName, PrincipalDirectory>;

  constructor(
    private readonly tokens: PasswordTokensRepository,
    private readonly sessions: SessionsService,
    private readonly throttle: SignInThrottle,
    @Inject(STAFF_DIRECTORY) staff: PrincipalDirectory,
    @Inject(PORTAL_DIRECTORY) portal: PrincipalDirectory,
  ) {
    this.directories = { hq: staff, portal };
  }

  /**
   * Issues a link in the caller's transaction, retiring the user's older pending links of the
   * same purpose. Its secret is unknown to everyone until notifications mints it at send time.
   */
  async issue(manager: EntityManager, request: PasswordTokenRequest): Promise<{ tokenId: string; expiresAt: Date }> {
    const now = new Date();
    await this.tokens.supersedePending(manager, request.audience, request.userId, now, request.purpose);
    const token = await this.tokens.insert(manager, {
      ...request,
      tokenHash: sha256(randomToken()),
      expiresAt: new Date(now.getTime() + PASSWORD_TOKEN_LIFETIME_MS[request.purpose]),
    });
    return { tokenId: token.id, expiresAt: token.expiresAt };
  }

  /**
   * Forgot password. Resolves the same whether or not the email belongs to someone, so it
   * cannot be used to find accounts; only an active user with a password gets a reset email.
   */
  async forgot(command: ForgotPasswordCommand): Promise<void> {
    const allowance = await this.throttle.recordResetRequest(command.audience, command.email, command.ip);
    if (allowance.addressExceeded) throw this.throttle.resetRefused();
    if (allowance.accountExceeded) return;
    await this.tokens.transaction(async (manager) => {
      const principal = await this.directories[command.audience].findByEmail(manager, command.email);
      if (!principal?.passwordHash || principal.disabled) return;
      const { tokenId, expiresAt } = await this.issue(manager, { audience: command.audience, userId: principal.userId, purpose: 'reset' });
      await enqueueEvent(manager, IDENTITY_EVENTS.passwordResetRequested, {
        audience: principal.audience,
        userId: principal.userId,
        email: principal.email,
        name: principal.name,
        organizationId: principal.organizationId,
        tokenId,
        expiresAt: expiresAt.toISOString(),
      });
    });
  }

  /** What a link is for, so the page can greet the user before they choose a password. */
  async check(command: PasswordTokenCommand): Promise<PasswordTokenInfo> {
    const { token, principal } = await this.resolve(this.tokens.manager, command.token, command.audience, new Date());
    return {
      purpose: token.purpose,
      email: principal.email,
      name: principal.name,
      tenantName: principal.tenantName,
      expiresAt: token.expiresAt.toISOString(),
    };
  }

  /**
   * Sets the password from a link and signs the user in. The link works once; every other
   * session of the user ends (a reset is often the answer to a stolen password), and every
   * other pending link of the user is retired.
   */
  async set(command: SetPasswordCommand): Promise<Session> {
    const passwordHash = await hashPassword(command.password);
    return this.tokens.transaction(async (manager) => {
      const now = new Date();
      const { token, principal } = await this.resolve(manager, command.token, command.audience, now);
      if (!(await this.tokens.claim(manager, token.id, now))) throw linkNoLongerValid();
      await this.tokens.supersedePending(manager, token.audience, token.userId, now);
      await this.directories[token.audience].setPasswordHash(manager, token.userId, passwordHash);
      await this.sessions.revokeAllForUser(manager, token.audience, token.userId, token.purpose === 'reset' ? 'password-reset' : 'password-set');
      return this.sessions.startSession(manager, { ...principal, passwordHash }, command);
    });
  }

  /**
   * The secret of a pending link, minted when notifications sends its email: a new secret
   * replaces the stored hash, so only the latest email's link works. Null once the link is
   * used, superseded or expired (expiry counts from issue, not from mint).
   */
  async mint(tokenId: string): Promise<MintedLinkToken> {
    const secret = randomToken();
    const replaced = await this.tokens.transaction((manager) => this.tokens.replaceHashIfPending(manager, tokenId, sha256(secret), new Date()));
    return { token: replaced ? secret : null };
  }

  /** A pending link of this audience and the user it belongs to, who must still be able to sign in. */
  private async resolve(
    manager: EntityManager,
    secret: string,
    audience: AudienceName,
    now: Date,
  ): Promise<{ token: PasswordTokenEntity; principal: Principal }> {
    const token = usableToken(await this.tokens.findByHash(manager, sha256(secret)), audience, now);
    const principal = await this.directories[audience].findById(manager, token.userId);
    if (!principal || principal.disabled) throw linkNoLongerValid();
    return { token, principal };
  }
}
