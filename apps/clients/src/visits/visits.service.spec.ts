import { randomUUID } from 'node:crypto';
import { SCHEDULING_EVENTS, type AppointmentSnapshot, type EventEnvelope } from '@tailwise/contracts';
import type { EventHandler, MessagingRuntime } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import type { VisitsRepository } from './visits.repository';
import { APPOINTMENT_VISITS_CONSUMER, VisitsService } from './visits.service';

describe('VisitsService', () => {
  it("keeps scheduling's appointments from every appointment event, through one consumer, in the consumer's transaction", async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const handlers: EventHandler<any>[] = [];
    const messaging = { consumers: { register: (h: EventHandler<never>) => handlers.push(h) } } as unknown as MessagingRuntime;
    const apply = jest.fn();
    const service = new VisitsService({ apply } as unknown as VisitsRepository, messaging);
    service.onModuleInit();
    expect(handlers).toHaveLength(1);
    expect(handlers[0]).toMatchObject({ consumer: APPOINTMENT_VISITS_CONSUMER, event: SCHEDULING_EVENTS.anyAppointmentChange });

    const data: AppointmentSnapshot = {
      appointmentId: randomUUID(),
      organizationId: randomUUID(),
      clinicId: randomUUID(),
      clientId: randomUUID(),
      date: '2030-04-08',
      startsAt: '2030-04-08T14:00:00.000Z',
      category: 'surgery',
      status: 'checked-in',
      released: false,
      deleted: false,
      revision: 3,
    };
    const event: EventEnvelope<AppointmentSnapshot> = {
      id: randomUUID(),
      subject: SCHEDULING_EVENTS.appointmentCheckedIn.subject,
      version: 1,
      occurredAt: new Date().toISOString(),
      data,
    };
    const manager = {} as EntityManager;
    await handlers[0].handle(event, manager);
    expect(apply).toHaveBeenCalledWith(manager, data);
  });
});
