import { randomUUID } from 'node:crypto';
import { IDENTITY_EVENTS, type ClinicCreated, type EventEnvelope } from '@tailwise/contracts';
import type { EventHandler, MessagingRuntime } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import type { ClinicsRepository } from './clinics.repository';
import { CLINIC_DIRECTORY_CONSUMER, ClinicsService } from './clinics.service';

describe('ClinicsService', () => {
  it("keeps identity's clinics from clinic-created events, in the consumer's transaction", async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const handlers: EventHandler<any>[] = [];
    const messaging = { consumers: { register: (h: EventHandler<never>) => handlers.push(h) } } as unknown as MessagingRuntime;
    const upsert = jest.fn();
    const service = new ClinicsService({ upsert } as unknown as ClinicsRepository, messaging);
    service.onModuleInit();
    expect(handlers).toHaveLength(1);
    expect(handlers[0]).toMatchObject({ consumer: CLINIC_DIRECTORY_CONSUMER, event: IDENTITY_EVENTS.clinicCreated });

    const data: ClinicCreated = { clinicId: randomUUID(), organizationId: randomUUID(), name: 'Eastside', timeZone: 'America/Denver' };
    const event: EventEnvelope<ClinicCreated> = { id: randomUUID(), subject: IDENTITY_EVENTS.clinicCreated.subject, version: 1, occurredAt: new Date().toISOString(), data };
    const manager = {} as EntityManager;
    await handlers[0].handle(event, manager);
    expect(upsert).toHaveBeenCalledWith(manager, { id: data.clinicId, organizationId: data.organizationId, name: 'Eastside', timeZone: 'America/Denver' });
  });
});
