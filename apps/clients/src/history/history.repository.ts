import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ClientActivityEntity } from './client-activity.entity';

export type NewActivity = Pick<
  ClientActivityEntity,
  'organizationId' | 'clientId' | 'animalId' | 'actorUserId' | 'actorName' | 'action' | 'changes' | 'summary'
>;

@Injectable()
export class HistoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** In the caller's transaction: the history of a change commits with the change. */
  async record(manager: EntityManager, activity: NewActivity): Promise<void> {
    await manager.save(ClientActivityEntity, manager.create(ClientActivityEntity, activity));
  }

  /** A client's history, newest first. */
  page(organizationId: string, clientId: string, offset: number, limit: number): Promise<[ClientActivityEntity[], number]> {
    return this.dataSource.getRepository(ClientActivityEntity).findAndCount({
      where: { organizationId, clientId },
      order: { at: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
  }
}
