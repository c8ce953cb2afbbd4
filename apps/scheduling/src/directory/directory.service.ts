import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CLIENTS_EVENTS, type AnimalSnapshot, type ClientSnapshot } from '@tailwise/contracts';
import { MessagingRuntime } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import type { DirectoryStatus } from './client.entity';
import { DirectoryRepository } from './directory.repository';

export const CLIENT_DIRECTORY_CONSUMER = 'scheduling.client-directory';
export const CLIENT_STATUS_CONSUMER = 'scheduling.client-status';
export const CLIENT_REMOVAL_CONSUMER = 'scheduling.client-removal';
export const ANIMAL_DIRECTORY_CONSUMER = 'scheduling.animal-directory';

/**
 * Which clients and animals may be booked, with the names the calendar shows: learnt from the
 * clients service's events, never its database. Each handler runs in its consumer's transaction.
 */
@Injectable()
export class DirectoryService implements OnModuleInit {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly messaging: MessagingRuntime,
  ) {}

  onModuleInit(): void {
    const { consumers } = this.messaging;
    for (const event of [CLIENTS_EVENTS.clientCreated, CLIENTS_EVENTS.clientUpdated]) {
      consumers.register({ consumer: CLIENT_DIRECTORY_CONSUMER, event, handle: (e, manager) => this.recordClient(e.data, manager) });
    }
    consumers.register({
      consumer: CLIENT_STATUS_CONSUMER,
      event: CLIENTS_EVENTS.clientDisabled,
      handle: (e, manager) => this.setStatus(e.data, 'disabled', manager),
    });
    consumers.register({
      consumer: CLIENT_STATUS_CONSUMER,
      event: CLIENTS_EVENTS.clientEnabled,
      handle: (e, manager) => this.setStatus(e.data, 'active', manager),
    });
    consumers.register({
      consumer: CLIENT_REMOVAL_CONSUMER,
      event: CLIENTS_EVENTS.clientDeleted,
      handle: (e, manager) => this.directory.deleteClient(manager, e.data.organizationId, e.data.clientId),
    });
    for (const event of [CLIENTS_EVENTS.animalCreated, CLIENTS_EVENTS.animalUpdated]) {
      consumers.register({ consumer: ANIMAL_DIRECTORY_CONSUMER, event, handle: (e, manager) => this.recordAnimal(e.data, manager) });
    }
  }

  /** A redelivered or repeated event refreshes the row. */
  recordClient(client: ClientSnapshot, manager: EntityManager): Promise<void> {
    return this.directory.upsertClient(manager, {
      id: client.clientId,
      organizationId: client.organizationId,
      kind: client.kind,
      displayName: client.displayName,
      status: client.status,
    });
  }

  // A status event for a client not known yet changes nothing; the client's created event carries its status.
  setStatus(ref: { organizationId: string; clientId: string }, status: DirectoryStatus, manager: EntityManager): Promise<void> {
    return this.directory.setClientStatus(manager, ref.organizationId, ref.clientId, status);
  }

  recordAnimal(animal: AnimalSnapshot, manager: EntityManager): Promise<void> {
    return this.directory.upsertAnimal(manager, {
      id: animal.animalId,
      clientId: animal.clientId,
      organizationId: animal.organizationId,
      name: animal.name,
      species: animal.species,
      sex: animal.sex,
      weightKg: animal.weightKg,
      arrivingInTrap: animal.arrivingInTrap,
      status: animal.status,
    });
  }
}
