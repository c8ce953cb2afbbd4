import { randomUUID } from 'node:crypto';
import type { OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { NotificationsConfig } from '../config';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The Message-ID header, chosen before sending so the log row can be written first. */
  messageId: string;
}

type SmtpConfig = Pick<NotificationsConfig, 'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'SMTP_USER' | 'SMTP_PASS' | 'MAIL_FROM'>;

/** Hands emails to the SMTP server. One connection per email: mail volume is low. */
export class Mailer implements OnApplicationShutdown {
  private readonly messageIdDomain: string;

  constructor(
    private readonly transport: Pick<Transporter<SMTPTransport.SentMessageInfo>, 'sendMail' | 'close'>,
    private readonly from: string,
  ) {
    this.messageIdDomain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'tailwise.local';
  }

  static fromConfig(config: SmtpConfig): Mailer {
    const transport = createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASS } : undefined,
      // Sending happens inside an event's transaction and must end well within the
      // consumer's ack wait (30 s), or JetStream hands the event to another attempt meanwhile.
      connectionTimeout: 5_000,
      greetingTimeout: 5_000,
      socketTimeout: 15_000,
    });
    return new Mailer(transport, config.MAIL_FROM);
  }

  newMessageId(): string {
    return `<${randomUUID()}@${this.messageIdDomain}>`;
  }

  /** Resolves once the SMTP server has accepted the email; rejects on any failure. */
  async send(email: OutgoingEmail): Promise<void> {
    const info = await this.transport.sendMail({ from: this.from, ...email });
    if (info.rejected.length > 0) throw new Error(`SMTP server rejected ${info.rejected.length} recipient(s)`);
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
