import { randomUUID } from 'node:crypto';
import { CLIENTS_EVENTS, type EventEnvelope } from '@tailwise/contracts';
import type { EventHandler, MessagingRuntime } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import type { DirectoryRepository } from './directory.repository';
import { ANIMAL_DIRECTORY_CONSUMER, CLIENT_DIRECTORY_CONSUMER, CLIENT_REMOVAL_CONSUMER, CLIENT_STATUS_CONSUMER, DirectoryService } from './directory.service';

describe('DirectoryService', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const handlers: EventHandler<any>[] = [];
  const repository = { upsertClient: jest.fn(), setClientStatus: jest.fn(), deleteClient: jest.fn(), upsertAnimal: jest.fn() };
  const manager = {} as EntityManager;
  const organizationId = randomUUID();
  const clientId = randomUUID();

  beforeAll(() => {
    const messaging = { consumers: { register: (h: EventHandler<never>) => handlers.push(h) } } as unknown as MessagingRuntime;
    new DirectoryService(repository as unknown as DirectoryRepository, messaging).onModuleInit();
  });

  function deliver(subject: string, data: unknown) {
    const handler = handlers.find((h) => h.event.subject === subject);
    if (!handler) throw new Error(`no handler for ${subject}`);
    const event: EventEnvelope<unknown> = { id: randomUUID(), subject, version: 1, occurredAt: new Date().toISOString(), data: handler.event.schema.parse(data) };
    return handler.handle(event, manager);
  }

  it('has one consumer per effect for every client and animal event it keeps', () => {
    expect(handlers.map((h) => [h.consumer, h.event.subject])).toEqual([
      [CLIENT_DIRECTORY_CONSUMER, CLIENTS_EVENTS.clientCreated.subject],
      [CLIENT_DIRECTORY_CONSUMER, CLIENTS_EVENTS.clientUpdated.subject],
      [CLIENT_STATUS_CONSUMER, CLIENTS_EVENTS.clientDisabled.subject],
      [CLIENT_STATUS_CONSUMER, CLIENTS_EVENTS.clientEnabled.subject],
      [CLIENT_REMOVAL_CONSUMER, CLIENTS_EVENTS.clientDeleted.subject],
      [ANIMAL_DIRECTORY_CONSUMER, CLIENTS_EVENTS.animalCreated.subject],
      [ANIMAL_DIRECTORY_CONSUMER, CLIENTS_EVENTS.animalUpdated.subject],
    ]);
  });

  it('keeps what booking and the calendar need, in the consumer transaction', async () => {
    const snapshot = { clientId, organizationId, kind: 'volume', displayName: 'Happy Paws Rescue', email: null, primaryPhone: null, emergencyContactPhone: null, status: 'active' };
    await deliver(CLIENTS_EVENTS.clientUpdated.subject, snapshot);
    expect(repository.upsertClient).toHaveBeenCalledWith(manager, { id: clientId, organizationId, kind: 'volume', displayName: 'Happy Paws Rescue', status: 'active' });

    await deliver(CLIENTS_EVENTS.clientDisabled.subject, { clientId, organizationId, at: new Date().toISOString() });
    expect(repository.setClientStatus).toHaveBeenCalledWith(manager, organizationId, clientId, 'disabled');
    await deliver(CLIENTS_EVENTS.clientDeleted.subject, { clientId, organizationId });
    expect(repository.deleteClient).toHaveBeenCalledWith(manager, organizationId, clientId);

    const animalId = randomUUID();
    // An animal event from before scheduling needed sex and weight: the schema's defaults fill them in.
    await deliver(CLIENTS_EVENTS.animalCreated.subject, { clientId, organizationId, animalId, name: 'Tom', species: 'cat', status: 'active' });
    expect(repository.upsertAnimal).toHaveBeenCalledWith(manager, {
      id: animalId,
      clientId,
      organizationId,
      name: 'Tom',
      species: 'cat',
      sex: 'unknown',
      weightKg: null,
      arrivingInTrap: false,
      status: 'active',
    });
  });
});
