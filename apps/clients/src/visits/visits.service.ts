import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SCHEDULING_EVENTS, type AppointmentSnapshot, type EventEnvelope } from '@tailwise/contracts';
import { MessagingRuntime } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import { VisitsRepository } from './visits.repository';

export const APPOINTMENT_VISITS_CONSUMER = 'clients.appointment-visits';

/**
 * A client's appointments, learnt from scheduling's events (never its database): one durable
 * consumer on every appointment subject, so that one appointment's events arrive in order;
 * the revision check covers redeliveries and replays.
 */
@Injectable()
export class VisitsService implements OnModuleInit {
  constructor(
    private readonly visits: VisitsRepository,
    private readonly messaging: MessagingRuntime,
  ) {}

  onModuleInit(): void {
    this.messaging.consumers.register({
      consumer: APPOINTMENT_VISITS_CONSUMER,
      event: SCHEDULING_EVENTS.anyAppointmentChange,
      handle: (event, manager) => this.record(event, manager),
    });
  }

  /** Runs in the consumer's transaction, beside the processed-events row. */
  async record(event: EventEnvelope<AppointmentSnapshot>, manager: EntityManager): Promise<void> {
    await this.visits.apply(manager, event.data);
  }
}
