import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AnimalEntity } from './animal.entity';
import { ClientEntity, type DirectoryStatus } from './client.entity';

export type ClientFields = Omit<ClientEntity, 'updatedAt'>;
export type AnimalFields = Omit<AnimalEntity, 'updatedAt'>;

/** Every lookup is scoped by organization: another tenant's id finds nothing. */
@Injectable()
export class DirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  findClient(organizationId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<ClientEntity | null> {
    return manager.findOneBy(ClientEntity, { id, organizationId });
  }

  findClients(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ClientEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.createQueryBuilder(ClientEntity, 'c').where('c.id = ANY(:ids)', { ids }).getMany();
  }

  findAnimal(manager: EntityManager, organizationId: string, clientId: string, id: string): Promise<AnimalEntity | null> {
    return manager.findOneBy(AnimalEntity, { id, clientId, organizationId });
  }

  async upsertClient(manager: EntityManager, client: ClientFields): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ClientEntity)
      .values(client)
      .orUpdate(['organization_id', 'kind', 'display_name', 'status', 'updated_at'], ['id'])
      .execute();
  }

  async setClientStatus(manager: EntityManager, organizationId: string, id: string, status: DirectoryStatus): Promise<void> {
    await manager.update(ClientEntity, { id, organizationId }, { status });
  }

  /** The client and its animals. */
  async deleteClient(manager: EntityManager, organizationId: string, id: string): Promise<void> {
    await manager.delete(AnimalEntity, { clientId: id, organizationId });
    await manager.delete(ClientEntity, { id, organizationId });
  }

  async upsertAnimal(manager: EntityManager, animal: AnimalFields): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(AnimalEntity)
      .values(animal)
      .orUpdate(['client_id', 'organization_id', 'name', 'species', 'sex', 'weight_kg', 'arriving_in_trap', 'status', 'updated_at'], ['id'])
      .execute();
  }
}
