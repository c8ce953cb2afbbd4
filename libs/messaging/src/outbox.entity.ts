import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Events written in the same transaction as the state change they describe. */
@Entity({ name: 'outbox' })
@Index('outbox_unpublished_idx', ['createdAt'], { where: 'published_at IS NULL' })
export class OutboxEventEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  subject!: string;

  /** The whole event envelope, exactly as it goes on the wire. */
  @Column('jsonb')
  envelope!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}

/** Events a consumer has already applied, written in the same transaction as the effect. */
@Entity({ name: 'processed_events' })
export class ProcessedEventEntity {
  @PrimaryColumn({ type: 'text' })
  consumer!: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @CreateDateColumn({ name: 'processed_at', type: 'timestamptz' })
  processedAt!: Date;
}

export const MESSAGING_ENTITIES = [OutboxEventEntity, ProcessedEventEntity];
