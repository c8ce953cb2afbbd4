import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { ClientListQuery } from '@tailwise/contracts';
import { ClientPhoneEntity } from './client-phone.entity';
import { ClientEntity } from './client.entity';
import type { ClientSummaryRow, DerivedClient } from './client-record';

/** The animals a client has, counted with animals_client_name_idx. */
const ANIMAL_COUNT = '(SELECT count(*)::int FROM animals a WHERE a.client_id = c.id)';

@Injectable()
export class ClientsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Scoped by organization: another tenant's id finds nothing. */
  find(organizationId: string, id: string): Promise<ClientEntity | null> {
    return this.dataSource.manager.findOneBy(ClientEntity, { id, organizationId });
  }

  exists(organizationId: string, id: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(ClientEntity, { id, organizationId });
  }

  /** Reads and locks the client for the rest of the transaction (edits, status, delete, animals). */
  findForUpdate(manager: EntityManager, organizationId: string, id: string): Promise<ClientEntity | null> {
    return manager.findOne(ClientEntity, { where: { id, organizationId }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(manager: EntityManager, organizationId: string, client: DerivedClient, createdBy: string): Promise<ClientEntity> {
    const { phones, ...columns } = client;
    const saved = await manager.save(
      ClientEntity,
      manager.create(ClientEntity, {
        ...columns,
        kind: client.details.kind,
        organizationId,
        status: 'active',
        disabledAt: null,
        createdBy,
      }),
    );
    await this.insertPhones(manager, saved, phones);
    return saved;
  }

  /** Replaces the details and everything derived from them, phones included. */
  async replace(manager: EntityManager, entity: ClientEntity, client: DerivedClient): Promise<ClientEntity> {
    const { phones, ...columns } = client;
    Object.assign(entity, columns);
    const saved = await manager.save(ClientEntity, entity);
    await manager.delete(ClientPhoneEntity, { clientId: entity.id });
    await this.insertPhones(manager, saved, phones);
    return saved;
  }

  setStatus(
    manager: EntityManager,
    entity: ClientEntity,
    status: ClientEntity['status'],
    disabledAt: Date | null,
  ): Promise<ClientEntity> {
    entity.status = status;
    entity.disabledAt = disabledAt;
    return manager.save(ClientEntity, entity);
  }

  /** Phones and history go with the client (ON DELETE CASCADE). */
  async delete(manager: EntityManager, entity: ClientEntity): Promise<void> {
    await manager.delete(ClientEntity, { id: entity.id, organizationId: entity.organizationId });
  }

  /**
   * Holds the client (FOR KEY SHARE) until the caller's transaction ends, so it cannot be
   * deleted meanwhile; false when it is not the organization's.
   */
  async holdForAnimal(manager: EntityManager, organizationId: string, clientId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM clients WHERE id = $1 AND organization_id = $2 FOR KEY SHARE`,
      [clientId, organizationId],
    );
    return rows.length === 1;
  }

  /** A page of summaries in display-name order, and how many there are in all. */
  async list(
    organizationId: string,
    query: ClientListQuery,
    assignedTo: string | null,
    offset: number,
  ): Promise<[ClientSummaryRow[], number]> {
    const where: FindOptionsWhere<ClientEntity> = { organizationId };
    if (assignedTo) where.assignedStaffUserId = assignedTo;
    if (query.kind) where.kind = query.kind;
    if (query.status) where.status = query.status;
    const repository = this.dataSource.getRepository(ClientEntity);
    const [page, total] = await Promise.all([
      repository
        .createQueryBuilder('c')
        .select(['c.id', 'c.kind', 'c.displayName', 'c.status', 'c.primaryPhone', 'c.email'])
        .addSelect(ANIMAL_COUNT, 'animal_count')
        .where(where)
        .orderBy('c.sortName', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .offset(offset)
        .limit(query.pageSize)
        .getRawAndEntities<{ animal_count: number }>(),
      repository.countBy(where),
    ]);
    return [page.entities.map((c, i) => ({ ...c, animalCount: page.raw[i].animal_count })), total];
  }

  private async insertPhones(manager: EntityManager, client: ClientEntity, phones: DerivedClient['phones']): Promise<void> {
    if (phones.length === 0) return;
    await manager.insert(
      ClientPhoneEntity,
      phones.map((p) => ({ ...p, clientId: client.id, organizationId: client.organizationId })),
    );
  }
}
