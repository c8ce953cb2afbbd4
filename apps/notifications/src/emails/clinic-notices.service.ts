import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { SCHEDULING_EVENTS, type ClinicNotice, type EventEnvelope } from '@tailwise/contracts';
import { MessagingRuntime } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import type { NotificationsConfig } from '../config';
import { NOTIFICATIONS_CONFIG } from '../notifications.tokens';
import { CLINIC_NOTICE_KIND, renderClinicNoticeEmail } from './clinic-notice-email';
import { EmailsService } from './emails.service';

export const CLINIC_NOTICE_CONSUMER = 'notifications.clinic-notice';

/** Tells a clinic about appointment requests and self-scheduled bookings from its client portal. */
@Injectable()
export class ClinicNoticesService implements OnModuleInit {
  constructor(
    private readonly emails: EmailsService,
    private readonly messaging: MessagingRuntime,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: Pick<NotificationsConfig, 'PUBLIC_URL'>,
  ) {}

  onModuleInit(): void {
    this.messaging.consumers.register({
      consumer: CLINIC_NOTICE_CONSUMER,
      event: SCHEDULING_EVENTS.clinicNoticeRequested,
      handle: (event, manager) => this.sendNotice(event, manager),
    });
  }

  /**
   * Runs in the consumer's transaction, like every event email: an SMTP failure throws and
   * the event comes again later; an email already recorded for the event is not sent again.
   * Scheduling publishes the notice only when the clinic has a notification email.
   */
  async sendNotice(event: EventEnvelope<ClinicNotice>, manager: EntityManager): Promise<void> {
    await this.emails.send(manager, {
      kind: CLINIC_NOTICE_KIND,
      to: event.data.to,
      organizationId: event.data.organizationId,
      eventId: event.id,
      ...renderClinicNoticeEmail(event.data, this.config.PUBLIC_URL),
    });
  }
}
