import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import type { AudienceName, PasswordTokenPurpose } from '@tailwise/contracts';
import { PasswordTokenEntity } from './password-token.entity';

@Injectable()
export class PasswordTokensRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** For reads outside a transaction. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  insert(
    manager: EntityManager,
    token: Pick<PasswordTokenEntity, 'audience' | 'userId' | 'purpose' | 'tokenHash' | 'expiresAt'>,
  ): Promise<PasswordTokenEntity> {
    return manager.save(PasswordTokenEntity, manager.create(PasswordTokenEntity, { ...token, usedAt: null, supersededAt: null }));
  }

  /** Retires a user's pending links, of one purpose or (purpose omitted) all of them. */
  async supersedePending(
    manager: EntityManager,
    audience: AudienceName,
    userId: string,
    at: Date,
    purpose?: PasswordTokenPurpose,
  ): Promise<void> {
    await manager.update(
      PasswordTokenEntity,
      { audience, userId, usedAt: IsNull(), supersededAt: IsNull(), ...(purpose ? { purpose } : {}) },
      { supersededAt: at },
    );
  }

  findByHash(manager: EntityManager, tokenHash: string): Promise<PasswordTokenEntity | null> {
    return manager.findOneBy(PasswordTokenEntity, { tokenHash });
  }

  /**
   * Marks a pending token used. The conditional UPDATE is the arbiter: of two concurrent uses
   * the second waits on the row lock, re-reads it as used and changes nothing, so exactly one
   * answer is true.
   */
  async claim(manager: EntityManager, id: string, at: Date): Promise<boolean> {
    const result = await manager.update(
      PasswordTokenEntity,
      { id, usedAt: IsNull(), supersededAt: IsNull(), expiresAt: MoreThan(at) },
      { usedAt: at },
    );
    return result.affected === 1;
  }

  /** Replaces the hash of a still-pending token; false when it is used, superseded, expired or unknown. */
  async replaceHashIfPending(manager: EntityManager, id: string, tokenHash: string, at: Date): Promise<boolean> {
    const result = await manager.update(
      PasswordTokenEntity,
      { id, usedAt: IsNull(), supersededAt: IsNull(), expiresAt: MoreThan(at) },
      { tokenHash },
    );
    return result.affected === 1;
  }
}
