import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ClinicEntity } from './clinic.entity';
import { OrganizationEntity } from './organization.entity';

@Injectable()
export class OrganizationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  createOrganization(manager: EntityManager, name: string): Promise<OrganizationEntity> {
    return manager.save(OrganizationEntity, manager.create(OrganizationEntity, { name }));
  }

  createClinic(manager: EntityManager, clinic: Pick<ClinicEntity, 'organizationId' | 'name' | 'timeZone'>): Promise<ClinicEntity> {
    return manager.save(ClinicEntity, manager.create(ClinicEntity, clinic));
  }
}
