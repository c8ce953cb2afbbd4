import { Injectable } from '@nestjs/common';
import { DataSource, Not, type EntityManager } from 'typeorm';
import { AnimalEntity } from './animal.entity';
import { derivedAnimalColumns, type AnimalFields } from './animal-record';

export const MICROCHIP_KEY = 'animals_organization_microchip_key';

@Injectable()
export class AnimalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Scoped by organization: another tenant's id finds nothing. */
  find(organizationId: string, id: string): Promise<AnimalEntity | null> {
    return this.dataSource.manager.findOneBy(AnimalEntity, { id, organizationId });
  }

  findForUpdate(manager: EntityManager, organizationId: string, id: string): Promise<AnimalEntity | null> {
    return manager.findOne(AnimalEntity, { where: { id, organizationId }, lock: { mode: 'pessimistic_write' } });
  }

  /** A duplicate microchip fails on MICROCHIP_KEY and aborts the transaction. */
  insert(
    manager: EntityManager,
    animal: AnimalFields & Pick<AnimalEntity, 'organizationId' | 'clientId' | 'createdBy'>,
  ): Promise<AnimalEntity> {
    return manager.save(AnimalEntity, manager.create(AnimalEntity, { ...animal, ...derivedAnimalColumns(animal) }));
  }

  replace(manager: EntityManager, entity: AnimalEntity, fields: AnimalFields): Promise<AnimalEntity> {
    Object.assign(entity, fields, derivedAnimalColumns(fields));
    return manager.save(AnimalEntity, entity);
  }

  /** Whether another animal of the organization has this chip (the unique index still decides races). */
  microchipTaken(manager: EntityManager, organizationId: string, microchip: string, exceptAnimalId: string | null): Promise<boolean> {
    return manager.existsBy(AnimalEntity, { organizationId, microchip, ...(exceptAnimalId ? { id: Not(exceptAnimalId) } : {}) });
  }

  /** The client's animals in name order. */
  listByClient(organizationId: string, clientId: string): Promise<AnimalEntity[]> {
    return this.dataSource.manager.find(AnimalEntity, { where: { organizationId, clientId }, order: { sortName: 'ASC', id: 'ASC' } });
  }

  countByClient(clientId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.countBy(AnimalEntity, { clientId });
  }
}
