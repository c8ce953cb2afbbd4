import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  IDENTITY_EVENTS,
  type EventEnvelope,
  type OrganizationSignedUp,
  type SentEmail,
  type SentEmailsListQuery,
  type StaffActor,
} from '@tailwise/contracts';
import { MessagingRuntime } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import type { NotificationsConfig } from '../config';
import { NOTIFICATIONS_CONFIG } from '../notifications.tokens';
import type { RenderedEmail } from './email-layout';
import { EmailsRepository, type SentEmailRow } from './emails.repository';
import { Mailer } from './mailer';
import { WELCOME_EMAIL_KIND, renderWelcomeEmail } from './welcome-email';

export const WELCOME_EMAIL_CONSUMER = 'notifications.welcome-email';

export interface EmailToSend extends RenderedEmail {
  kind: string;
  to: string;
  organizationId: string | null;
  eventId: string | null;
}

@Injectable()
export class EmailsService implements OnModuleInit {
  private readonly logger = new Logger(EmailsService.name);

  constructor(
    private readonly emails: EmailsRepository,
    private readonly mailer: Mailer,
    private readonly messaging: MessagingRuntime,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: Pick<NotificationsConfig, 'PUBLIC_URL'>,
  ) {}

  onModuleInit(): void {
    this.messaging.consumers.register({
      consumer: WELCOME_EMAIL_CONSUMER,
      event: IDENTITY_EVENTS.organizationSignedUp,
      handle: (event, manager) => this.sendWelcome(event, manager),
    });
  }

  /**
   * Runs in the consumer's transaction, beside the processed-events row. Delivery is
   * at-least-once: an SMTP failure throws, rolls back, and the event comes again later. The
   * only window for a duplicate email is a crash after the SMTP server accepted the email
   * and before the transaction committed.
   */
  async sendWelcome(event: EventEnvelope<OrganizationSignedUp>, manager: EntityManager): Promise<void> {
    await this.send(manager, {
      kind: WELCOME_EMAIL_KIND,
      to: event.data.admin.email,
      organizationId: event.data.organizationId,
      eventId: event.id,
      ...renderWelcomeEmail(event.data, this.config.PUBLIC_URL),
    });
  }

  /**
   * Records the email and then hands it to SMTP, in `manager`'s transaction: the row
   * commits only if SMTP accepted, and an email already recorded for the same event is not
   * sent again.
   */
  async send(manager: EntityManager, email: EmailToSend): Promise<SentEmail | null> {
    const to = email.to.trim().toLowerCase();
    const messageId = this.mailer.newMessageId();
    const row = await this.emails.recordOnce(manager, {
      kind: email.kind,
      organizationId: email.organizationId,
      toAddress: to,
      subject: email.subject,
      eventId: email.eventId,
      messageId,
    });
    if (!row) {
      this.logger.log({ msg: 'email already sent for this event; not sending again', kind: email.kind, eventId: email.eventId });
      return null;
    }
    await this.mailer.send({ to, subject: email.subject, text: email.text, html: email.html, messageId });
    return toSentEmail(row);
  }

  /** Whether `manager`'s transaction sees an email of this kind already recorded for the event. */
  wasSent(manager: EntityManager, kind: string, eventId: string): Promise<boolean> {
    return this.emails.isRecorded(manager, kind, eventId);
  }

  /** The caller's organization's most recent emails, newest first. */
  async listRecent(actor: StaffActor, query: SentEmailsListQuery): Promise<SentEmail[]> {
    const rows = await this.emails.listRecent(actor.organizationId, {
      to: query.to?.trim().toLowerCase(),
      limit: query.limit,
    });
    return rows.map(toSentEmail);
  }
}

function toSentEmail(row: SentEmailRow): SentEmail {
  return {
    id: row.id,
    kind: row.kind,
    to: row.toAddress,
    subject: row.subject,
    sentAt: row.sentAt.toISOString(),
    eventId: row.eventId,
  };
}
