import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SentEmailEntity } from './sent-email.entity';

export type NewSentEmail = Pick<SentEmailEntity, 'kind' | 'organizationId' | 'toAddress' | 'subject' | 'eventId' | 'messageId'>;

export type SentEmailRow = Pick<SentEmailEntity, 'id' | 'kind' | 'toAddress' | 'subject' | 'eventId' | 'sentAt'>;

@Injectable()
export class EmailsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records an email in the caller's transaction, or returns null when one of the same kind
   * was already recorded for the same event (the unique index; concurrent inserts wait for
   * each other, so the loser learns of the winner only once it commits).
   */
  async recordOnce(manager: EntityManager, email: NewSentEmail): Promise<SentEmailRow | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(SentEmailEntity)
      .values(email)
      .orIgnore()
      .returning(['id', 'sent_at'])
      .execute();
    const [row] = result.raw as { id: string; sent_at: Date }[];
    if (!row) return null;
    return { id: row.id, kind: email.kind, toAddress: email.toAddress, subject: email.subject, eventId: email.eventId, sentAt: row.sent_at };
  }

  isRecorded(manager: EntityManager, kind: string, eventId: string): Promise<boolean> {
    return manager.getRepository(SentEmailEntity).exists({ where: { kind, eventId } });
  }

  /** The organization's most recent emails, newest first. */
  listRecent(organizationId: string, options: { to?: string; limit: number }): Promise<SentEmailRow[]> {
    return this.dataSource.getRepository(SentEmailEntity).find({
      select: { id: true, kind: true, toAddress: true, subject: true, eventId: true, sentAt: true },
      where: { organizationId, ...(options.to === undefined ? {} : { toAddress: options.to }) },
      order: { sentAt: 'DESC', id: 'DESC' },
      take: options.limit,
    });
  }
}
