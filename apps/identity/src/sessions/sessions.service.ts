import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { randomToken, sha256, verifyAgainstDecoy, verifyPassword } from '@tailwise/auth';
import {
  AppError,
  ERROR_CODES,
  IDENTITY_EVENTS,
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
import { effectivePermissions } from '../staff/permissions';
import { StaffRepository, type StaffUserWithRole } from '../staff/staff.repository';
import type { SessionEntity } from './session.entity';
import { SessionsRepository } from './sessions.repository';
import { SignInThrottle } from './sign-in-throttle';

const DAY_MS = 24 * 60 * 60 * 1000;
// One message for every sign-in failure: it must not tell which part was wrong.
const BAD_CREDENTIALS = 'Email or password is incorrect';
const SESSION_ENDED = 'Your session has ended. Sign in again.';

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly staff: StaffRepository,
    private readonly throttle: SignInThrottle,
    private readonly issuer: TokenIssuer,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  async signIn(command: SignInCommand): Promise<Session> {
    await this.throttle.assertAllowed(command.email, command.ip);
    const found = await this.staff.findByEmail(command.email);
    const valid = found
      ? await verifyPassword(found.user.passwordHash, command.password)
      : await verifyAgainstDecoy(command.password);
    if (!found || !valid || found.user.disabledAt) {
      await this.throttle.recordFailure(command.email, command.ip);
      throw new AppError(ERROR_CODES.UNAUTHENTICATED, BAD_CREDENTIALS);
    }
    await this.throttle.recordSuccess(command.email);
    return this.sessions.transaction((manager) => this.startSession(manager, found, command));
  }

  /**
   * Portal sign-in. Portal users arrive with portal access (invitations); until one exists no
   * credentials can match, but the attempt is throttled and timed exactly like a real one.
   */
  async portalSignIn(command: SignInCommand): Promise<Session> {
    await this.throttle.assertAllowed(command.email, command.ip);
    await verifyAgainstDecoy(command.password);
    await this.throttle.recordFailure(command.email, command.ip);
    throw new AppError(ERROR_CODES.UNAUTHENTICATED, BAD_CREDENTIALS);
  }

  /** Opens a session for a staff user inside the caller's transaction (sign-in, sign-up). */
  async startSession(
    manager: EntityManager,
    staff: StaffUserWithRole,
    origin: { ip: string; userAgent?: string },
  ): Promise<Session> {
    const session = await this.sessions.createSession(manager, {
      audience: 'hq',
      userId: staff.user.id,
      ip: origin.ip,
      userAgent: origin.userAgent ?? null,
      expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * DAY_MS),
    });
    return this.issue(manager, session.id, session.expiresAt, staff);
  }

  /**
   * Rotates a refresh token. Presenting one that was already used means it was copied:
   * the whole session (every token descended from the sign-in) is revoked.
   */
  async refresh(command: RefreshCommand): Promise<Session> {
    const outcome = await this.sessions.transaction(async (manager): Promise<{ error: string } | { session: Session }> => {
      const claimed = await this.sessions.claimRefreshToken(manager, sha256(command.refreshToken));
      if (!claimed) return { error: SESSION_ENDED };
      const { session, fresh } = claimed;
      if (!fresh) {
        await this.revoke(manager, session, 'refresh-token-reuse');
        return { error: SESSION_ENDED };
      }
      if (session.revokedAt || session.expiresAt <= new Date()) return { error: SESSION_ENDED };
      const staff = await this.staff.findById(session.userId);
      if (!staff || staff.user.disabledAt) return { error: SESSION_ENDED };
      return { session: await this.issue(manager, session.id, session.expiresAt, staff) };
    });
    // Raised after commit so a reuse's revocation is kept, not rolled back with the error.
    if ('error' in outcome) throw new AppError(ERROR_CODES.UNAUTHENTICATED, outcome.error);
    return outcome.session;
  }

  async signOut(command: SignOutCommand): Promise<SignOutResult> {
    return this.sessions.transaction(async (manager) => {
      const claimed = await this.sessions.claimRefreshToken(manager, sha256(command.refreshToken));
      if (!claimed) return { sessionId: null };
      await this.revoke(manager, claimed.session, 'signed-out');
      return { sessionId: claimed.session.id };
    });
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

  private async issue(manager: EntityManager, sessionId: string, sessionExpiresAt: Date, staff: StaffUserWithRole): Promise<Session> {
    const refreshToken = randomToken();
    await this.sessions.addRefreshToken(manager, sessionId, sha256(refreshToken));
    const access = await this.issuer.sign({
      sub: staff.user.id,
      aud: 'hq',
      sid: sessionId,
      tenant: staff.user.organizationId,
      permissions: effectivePermissions(staff.role),
      name: `${staff.user.firstName} ${staff.user.lastName}`,
    });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      refreshToken,
      refreshTokenExpiresAt: sessionExpiresAt.toISOString(),
    };
  }
}
