import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ClinicEntity } from './clinic.entity';

export type ClinicFields = Pick<ClinicEntity, 'id' | 'organizationId' | 'name' | 'timeZone'>;

@Injectable()
export class ClinicsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Scoped by organization: another tenant's clinic id finds nothing. */
  find(organizationId: string, id: string): Promise<ClinicEntity | null> {
    return this.dataSource.manager.findOneBy(ClinicEntity, { id, organizationId });
  }

  /** An organization's clinics, by name. */
  ofOrganization(organizationId: string): Promise<ClinicEntity[]> {
    return this.dataSource.manager.find(ClinicEntity, { where: { organizationId }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** Locks the clinic's row until commit, so that writes to one clinic's setup take turns. */
  lock(manager: EntityManager, organizationId: string, id: string): Promise<ClinicEntity | null> {
    return manager.findOne(ClinicEntity, { where: { id, organizationId }, lock: { mode: 'pessimistic_write' } });
  }

  /** A redelivered or repeated clinic-created event refreshes the name and zone. */
  async upsert(manager: EntityManager, clinic: ClinicFields): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ClinicEntity)
      .values(clinic)
      .orUpdate(['name', 'time_zone', 'updated_at'], ['id'])
      .execute();
  }
}
