import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Activity, StaffActor, activityPageSchema, historyQuerySchema } from '@tailwise/contracts';
import type { EntityManager } from 'typeorm';
import { clientNotFound, pageOffset } from '../common/access';
import { ClientsRepository } from '../clients/clients.repository';
import type { ClientActivityEntity } from './client-activity.entity';
import type { FieldChanges } from './changes';
import { HistoryRepository } from './history.repository';

type ActivityPage = z.infer<typeof activityPageSchema>;
type HistoryQuery = z.output<typeof historyQuerySchema>;

export interface ActivityInput {
  organizationId: string;
  clientId: string;
  animalId?: string | null;
  action: string;
  changes?: FieldChanges | null;
  summary: string;
}

@Injectable()
export class HistoryService {
  constructor(
    private readonly history: HistoryRepository,
    private readonly clients: ClientsRepository,
  ) {}

  /** Records who did what, in the transaction of the change itself. */
  record(manager: EntityManager, actor: StaffActor, activity: ActivityInput): Promise<void> {
    return this.history.record(manager, {
      organizationId: activity.organizationId,
      clientId: activity.clientId,
      animalId: activity.animalId ?? null,
      actorUserId: actor.userId,
      actorName: actor.name ?? null,
      action: activity.action,
      changes: activity.changes ?? null,
      summary: activity.summary,
    });
  }

  async page(actor: StaffActor, query: HistoryQuery): Promise<ActivityPage> {
    if (!(await this.clients.exists(actor.organizationId, query.clientId))) throw clientNotFound();
    const offset = pageOffset(query.page, query.pageSize);
    const [rows, total] = await this.history.page(actor.organizationId, query.clientId, offset, query.pageSize);
    return { items: rows.map(toActivity), total, page: query.page, pageSize: query.pageSize };
  }
}

export function toActivity(row: ClientActivityEntity): Activity {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorUserId: row.actorUserId,
    actorName: row.actorName,
    action: row.action,
    changes: row.changes,
    summary: row.summary,
  };
}
