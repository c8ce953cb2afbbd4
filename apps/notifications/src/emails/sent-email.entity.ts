import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One email handed to the SMTP server: the sent-mail log. */
@Entity({ name: 'sent_emails' })
// The second guard against sending one event's email twice (processed-events is the first);
// rows without an event (none yet) are not constrained, since NULLs never collide.
@Index('sent_emails_kind_event_key', ['kind', 'eventId'], { unique: true })
@Index('sent_emails_organization_sent_idx', ['organizationId', 'sentAt'])
export class SentEmailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** What the email is, e.g. `welcome`; stored by value. */
  @Column('text')
  kind!: string;

  /** The tenant the email belongs to, so staff only ever see their own organization's mail. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ name: 'to_address', type: 'text' })
  toAddress!: string;

  @Column('text')
  subject!: string;

  /** The event that caused the email, when one did. */
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId!: string | null;

  /** The Message-ID header the SMTP server accepted. */
  @Column({ name: 'message_id', type: 'text' })
  messageId!: string;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;
}
