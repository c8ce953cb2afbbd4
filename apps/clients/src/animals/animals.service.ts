import { Injectable } from '@nestjs/common';
import { AppError, CLIENTS_EVENTS, ERROR_CODES, type Animal, type AnimalData, type StaffActor } from '@tailwise/contracts';
import { enqueueEvent } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '@tailwise/persistence';
import { animalNotFound, clientNotFound, requireManageClients } from '../common/access';
import { ClientsRepository } from '../clients/clients.repository';
import { fieldChanges, listFields } from '../history/changes';
import { HistoryService } from '../history/history.service';
import type { AnimalEntity } from './animal.entity';
import { animalFields, fieldsOf, toAnimal } from './animal-record';
import { AnimalsRepository, MICROCHIP_KEY } from './animals.repository';

@Injectable()
export class AnimalsService {
  constructor(
    private readonly animals: AnimalsRepository,
    private readonly clients: ClientsRepository,
    private readonly history: HistoryService,
  ) {}

  /** Adds an animal to a client of the caller's organization. */
  async create(actor: StaffActor, clientId: string, data: AnimalData): Promise<Animal> {
    requireManageClients(actor);
    const fields = animalFields(data);
    const created = await withMicrochipConflict(() =>
      this.animals.transaction(async (manager) => {
        // Held until commit: a delete of the client waits for this animal, then is refused.
        if (!(await this.clients.holdForAnimal(manager, actor.organizationId, clientId))) throw clientNotFound();
        await this.refuseTakenMicrochip(manager, actor.organizationId, fields.microchip, null);
        const animal = await this.animals.insert(manager, {
          ...fields,
          organizationId: actor.organizationId,
          clientId,
          createdBy: actor.userId,
        });
        await this.history.record(manager, actor, {
          organizationId: animal.organizationId,
          clientId,
          animalId: animal.id,
          action: 'animal.created',
          summary: `Added ${animal.species} ${animal.name}`,
        });
        await enqueueEvent(manager, CLIENTS_EVENTS.animalCreated, animalSnapshot(animal));
        return animal;
      }),
    );
    return toAnimal(created);
  }

  async get(actor: StaffActor, animalId: string): Promise<Animal> {
    const animal = await this.animals.find(actor.organizationId, animalId);
    if (!animal) throw animalNotFound();
    return toAnimal(animal);
  }

  /** A whole-record replace; the animal stays with its client. */
  async update(actor: StaffActor, animalId: string, data: AnimalData): Promise<Animal> {
    requireManageClients(actor);
    const fields = animalFields(data);
    const updated = await withMicrochipConflict(() =>
      this.animals.transaction(async (manager) => {
        const current = await this.animals.findForUpdate(manager, actor.organizationId, animalId);
        if (!current) throw animalNotFound();
        const before = fieldsOf(current);
        const changes = fieldChanges({ ...before }, { ...fields });
        if (Object.keys(changes).length === 0) return current;
        await this.refuseTakenMicrochip(manager, actor.organizationId, fields.microchip, current.id);
        const saved = await this.animals.replace(manager, current, fields);
        await this.history.record(manager, actor, {
          organizationId: saved.organizationId,
          clientId: saved.clientId,
          animalId: saved.id,
          action: 'animal.updated',
          changes,
          summary: `Changed ${listFields(changes)} of ${renamed(before.name, saved.name)}`,
        });
        await enqueueEvent(manager, CLIENTS_EVENTS.animalUpdated, animalSnapshot(saved));
        return saved;
      }),
    );
    return toAnimal(updated);
  }

  /** Checked first so the usual case is a clean answer, not a failed INSERT; the index settles races. */
  private async refuseTakenMicrochip(
    manager: EntityManager,
    organizationId: string,
    microchip: string | null,
    exceptAnimalId: string | null,
  ): Promise<void> {
    if (microchip && (await this.animals.microchipTaken(manager, organizationId, microchip, exceptAnimalId))) throw microchipTaken();
  }

  /** The animals of a client of the caller's organization, in name order. */
  async listByClient(actor: StaffActor, clientId: string): Promise<Animal[]> {
    if (!(await this.clients.exists(actor.organizationId, clientId))) throw clientNotFound();
    return (await this.animals.listByClient(actor.organizationId, clientId)).map(toAnimal);
  }

  /**
   * The animals of the client a portal account is linked with, at that organization. The
   * link comes from the gateway's check, never from the request; a link whose client is
   * gone (deleted meanwhile) has no animals.
   */
  async listForPortal(link: { organizationId: string; clientId: string }): Promise<Animal[]> {
    return (await this.animals.listByClient(link.organizationId, link.clientId)).map(toAnimal);
  }
}

function animalSnapshot(animal: AnimalEntity) {
  return {
    clientId: animal.clientId,
    organizationId: animal.organizationId,
    animalId: animal.id,
    name: animal.name,
    species: animal.species,
    sex: animal.sex,
    weightKg: animal.weightKg,
    arrivingInTrap: animal.arrivingInTrap,
    status: animal.status,
  };
}

const renamed = (before: string, after: string) => (before === after ? after : `${before} (now ${after})`);

function microchipTaken(): AppError {
  const message = 'Another animal in this organization already has this microchip';
  return new AppError(ERROR_CODES.CONFLICT, message, { issues: [{ path: 'microchip', message }] });
}

/** The unique index decides between two animals racing for one chip; the loser gets 409. */
async function withMicrochipConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, MICROCHIP_KEY)) throw microchipTaken();
    throw error;
  }
}
