import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { AudienceName } from '@tailwise/contracts';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';

export interface ClaimedRefreshToken {
  token: RefreshTokenEntity;
  session: SessionEntity;
  /** False when the token had already been used: a replay. */
  fresh: boolean;
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** For reads outside a transaction (sign-in looks the user up before deciding anything). */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  createSession(
    manager: EntityManager,
    session: Pick<SessionEntity, 'audience' | 'userId' | 'ip' | 'userAgent' | 'expiresAt'>,
  ): Promise<SessionEntity> {
    return manager.save(SessionEntity, manager.create(SessionEntity, { ...session, revokedAt: null, revokedReason: null }));
  }

  async addRefreshToken(manager: EntityManager, sessionId: string, tokenHash: string): Promise<void> {
    await manager.insert(RefreshTokenEntity, { sessionId, tokenHash, usedAt: null });
  }

  /**
   * Marks a refresh token used, atomically: of two concurrent refreshes with one token,
   * exactly one sees `fresh`, so a stolen copy cannot be spent alongside the real one.
   * A token of another audience's session is not found and stays unused: one app's cookie
   * can neither refresh nor end the other app's session.
   */
  async claimRefreshToken(manager: EntityManager, tokenHash: string, audience: AudienceName): Promise<ClaimedRefreshToken | null> {
    const token = await manager.findOneBy(RefreshTokenEntity, { tokenHash });
    if (!token) return null;
    const session = await manager.findOneByOrFail(SessionEntity, { id: token.sessionId });
    if (session.audience !== audience) return null;
    const result = await manager.update(RefreshTokenEntity, { id: token.id, usedAt: IsNull() }, { usedAt: new Date() });
    return { token, session, fresh: result.affected === 1 };
  }

  /** Revokes a live session; false when it had already ended. */
  async revokeSession(manager: EntityManager, sessionId: string, reason: string, at: Date): Promise<boolean> {
    const result = await manager.update(SessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: at, revokedReason: reason });
    return result.affected === 1;
  }

  /** Revokes every live session of a user; answers the ids it ended. */
  async revokeAllForUser(manager: EntityManager, audience: AudienceName, userId: string, reason: string, at: Date): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE sessions SET revoked_at = $4, revoked_reason = $3
       WHERE audience = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > $4
       RETURNING id`,
      [audience, userId, reason, at],
    );
    return rows.map((r) => r.id);
  }
}
