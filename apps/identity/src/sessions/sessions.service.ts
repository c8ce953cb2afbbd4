import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { randomToken, sha256, verifyAgainstDecoy, verifyPassword } from '@tailwise/auth';
import {
  AppError,
  ERROR_CODES,
  IDENTITY_EVENTS,
  type AudienceName,
  type RefreshCommand,
  type Session,
  type SignInCommand,
  type SignOutCommand,
  type SignOutResult,
} from '@tailwise/contracts';
import { enqueueEvent } from '@tailwise/messaging';
import type { IdentityConfig } from '../config';
import { IDENTITY_CONFIG } from '../identity.tokens';
import { TokenIssuer } from '../keys/token-issuer';
import { PORTAL_DIRECTORY, STAFF_DIRECTORY, type Principal, type PrincipalDirectory } from './principals';
import type { SessionEntity } from './session.entity';
import { SessionsRepository } from './sessions.repository';
import { SignInThrottle } from './sign-in-throttle';

const DAY_MS = 24 * 60 * 60 * 1000;
// One message for every sign-in failure: it must not tell which part was wrong.
const BAD_CREDENTIALS = 'Email or password is incorrect';
const SESSION_ENDED = 'Your session has ended. Sign in again.';

export interface Credentials {
  email: string;
  password: string;
  ip: string;
}

export interface SessionOrigin {
  ip: string;
  userAgent?: string;
}

/** Sessions of both audiences: staff (hq) and portal users, through their directories. */
@Injectable()
export class SessionsService {
  private readonly directories: Record<AudienceName, PrincipalDirectory>;

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly throttle: SignInThrottle,
    private readonly issuer: TokenIssuer,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    @Inject(STAFF_DIRECTORY) staff: PrincipalDirectory,
    @Inject(PORTAL_DIRECTORY) portal: PrincipalDirectory,
  ) {
    this.directories = { hq: staff, portal };
  }

  async signIn(audience: AudienceName, command: SignInCommand): Promise<Session> {
    const principal = await this.authenticate(audience, command);
    return this.sessions.transaction((manager) => this.startSession(manager, principal, command));
  }

  /**
   * Checks an email and password, throttled per account and per address. Unknown emails,
   * invited users (no password yet) and disabled users cost the time of a real check and
   * get the same 401 as a wrong password, so nothing tells which emails have accounts.
   */
  async authenticate(audience: AudienceName, credentials: Credentials): Promise<Principal> {
    const { email, password, ip } = credentials;
    await this.throttle.assertAllowed(audience, email, ip);
    const found = await this.directories[audience].findByEmail(this.sessions.manager, email);
    const valid = found?.passwordHash ? await verifyPassword(found.passwordHash, password) : await verifyAgainstDecoy(password);
    if (!found || !valid || found.disabled) {
      await this.throttle.recordFailure(audience, email, ip);
      throw new AppError(ERROR_CODES.UNAUTHENTICATED, BAD_CREDENTIALS);
    }
    await this.throttle.recordSuccess(audience, email);
    return found;
  }

  /**
   * Opens a session inside the caller's transaction (sign-in, sign-up, a password set from a
   * link, an accepted invitation) and records the sign-in in the principal's directory.
   */
  async startSession(manager: EntityManager, principal: Principal, origin: SessionOrigin): Promise<Session> {
    const now = new Date();
    const session = await this.sessions.createSession(manager, {
      audience: principal.audience,
      userId: principal.userId,
      ip: origin.ip,
      userAgent: origin.userAgent ?? null,
      expiresAt: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * DAY_MS),
    });
    await this.directories[principal.audience].recordSignIn(manager, principal.userId, now);
    return this.issue(manager, session, principal);
  }

  /**
   * Rotates a refresh token. Presenting one that was already used means it was copied:
   * the whole session (every token descended from the sign-in) is revoked. The new access
   * token carries the user's current permissions.
   */
  async refresh(command: RefreshCommand): Promise<Session> {
    const outcome = await this.sessions.transaction(async (manager): Promise<{ error: string } | { session: Session }> => {
      const claimed = await this.sessions.claimRefreshToken(manager, sha256(command.refreshToken), command.audience);
      if (!claimed) return { error: SESSION_ENDED };
      const { session, fresh } = claimed;
      if (!fresh) {
        await this.revoke(manager, session, 'refresh-token-reuse');
        return { error: SESSION_ENDED };
      }
      if (session.revokedAt || session.expiresAt <= new Date()) return { error: SESSION_ENDED };
      const principal = await this.directories[session.audience].findById(manager, session.userId);
      if (!principal || principal.disabled) return { error: SESSION_ENDED };
      return { session: await this.issue(manager, session, principal) };
    });
    // Raised after commit so a reuse's revocation is kept, not rolled back with the error.
    if ('error' in outcome) throw new AppError(ERROR_CODES.UNAUTHENTICATED, outcome.error);
    return outcome.session;
  }

  async signOut(command: SignOutCommand): Promise<SignOutResult> {
    return this.sessions.transaction(async (manager) => {
      const claimed = await this.sessions.claimRefreshToken(manager, sha256(command.refreshToken), command.audience);
      if (!claimed) return { sessionId: null };
      await this.revoke(manager, claimed.session, 'signed-out');
      return { sessionId: claimed.session.id };
    });
  }

  /**
   * Ends every live session of a user at once (disabled, removed, password set from a link),
   * in the caller's transaction, telling the gateways about each.
   */
  async revokeAllForUser(manager: EntityManager, audience: AudienceName, userId: string, reason: string): Promise<void> {
    const revokedAt = new Date();
    const ids = await this.sessions.revokeAllForUser(manager, audience, userId, reason, revokedAt);
    for (const sessionId of ids) {
      await enqueueEvent(manager, IDENTITY_EVENTS.sessionRevoked, {
        sessionId,
        userId,
        audience,
        reason,
        revokedAt: revokedAt.toISOString(),
      });
    }
  }

  /** Ends a session and tells the gateways, which refuse its access tokens from then on. */
  private async revoke(manager: EntityManager, session: SessionEntity, reason: string): Promise<void> {
    const revokedAt = new Date();
    if (!(await this.sessions.revokeSession(manager, session.id, reason, revokedAt))) return;
    await enqueueEvent(manager, IDENTITY_EVENTS.sessionRevoked, {
      sessionId: session.id,
      userId: session.userId,
      audience: session.audience,
      reason,
      revokedAt: revokedAt.toISOString(),
    });
  }

  /** Portal tokens carry the portal account as tenant; links are checked live by the gateway. */
  private async issue(manager: EntityManager, session: SessionEntity, principal: Principal): Promise<Session> {
    const refreshToken = randomToken();
    await this.sessions.addRefreshToken(manager, session.id, sha256(refreshToken));
    const access = await this.issuer.sign({
      sub: principal.userId,
      aud: principal.audience,
      sid: session.id,
      tenant: principal.tenantId,
      permissions: principal.permissions,
      name: principal.name,
    });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      refreshToken,
      refreshTokenExpiresAt: session.expiresAt.toISOString(),
    };
  }
}
