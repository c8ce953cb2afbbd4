import { Injectable, type OnModuleInit } from '@nestjs/common';
import { IDENTITY_EVENTS, type ClinicCreated, type EventEnvelope } from '@tailwise/contracts';
import { MessagingRuntime } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import { ClinicsRepository } from './clinics.repository';

export const CLINIC_DIRECTORY_CONSUMER = 'scheduling.clinic-directory';

/** Which clinics exist, their organization and time zone: learnt from identity's events, never its database. */
@Injectable()
export class ClinicsService implements OnModuleInit {
  constructor(
    private readonly clinics: ClinicsRepository,
    private readonly messaging: MessagingRuntime,
  ) {}

  onModuleInit(): void {
    this.messaging.consumers.register({
      consumer: CLINIC_DIRECTORY_CONSUMER,
      event: IDENTITY_EVENTS.clinicCreated,
      handle: (event, manager) => this.record(event, manager),
    });
  }

  /** Runs in the consumer's transaction, beside the processed-events row. */
  async record(event: EventEnvelope<ClinicCreated>, manager: EntityManager): Promise<void> {
    const { clinicId, organizationId, name, timeZone } = event.data;
    await this.clinics.upsert(manager, { id: clinicId, organizationId, name, timeZone });
  }
}
