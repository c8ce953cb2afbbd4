import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
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
   */
  async claimRefreshToken(manager: EntityManager, tokenHash: string): Promise<ClaimedRefreshToken | null> {
    const token = await manager.findOneBy(RefreshTokenEntity, { tokenHash });
    if (!token) return null;
    const session = await manager.findOneByOrFail(SessionEntity, { id: token.sessionId });
    const result = await manager.update(RefreshTokenEntity, { id: token.id, usedAt: IsNull() }, { usedAt: new Date() });
    return { token, session, fresh: result.affected === 1 };
  }

  /** Revokes a live session; false when it had already ended. */
  async revokeSession(manager: EntityManager, sessionId: string, reason: string, at: Date): Promise<boolean> {
    const result = await manager.update(SessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: at, revokedReason: reason });
    return result.affected === 1;
  }
}
