import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ClinicEntity } from '../organizations/clinic.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { RoleEntity } from './role.entity';
import { StaffUserEntity } from './staff-user.entity';

export interface StaffUserWithRole {
  user: StaffUserEntity;
  role: RoleEntity;
}

@Injectable()
export class StaffRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByEmail(email: string): Promise<StaffUserWithRole | null> {
    const user = await this.dataSource.manager.findOneBy(StaffUserEntity, { email });
    return user ? this.withRole(user) : null;
  }

  /** Scoped by organization: another tenant's user id finds nothing. */
  async findInOrganization(organizationId: string, userId: string): Promise<StaffUserWithRole | null> {
    const user = await this.dataSource.manager.findOneBy(StaffUserEntity, { id: userId, organizationId });
    return user ? this.withRole(user) : null;
  }

  async findById(userId: string): Promise<StaffUserWithRole | null> {
    const user = await this.dataSource.manager.findOneBy(StaffUserEntity, { id: userId });
    return user ? this.withRole(user) : null;
  }

  emailTaken(email: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(StaffUserEntity, { email });
  }

  createRole(manager: EntityManager, role: Pick<RoleEntity, 'organizationId' | 'name' | 'isAdmin' | 'permissions'>) {
    return manager.save(RoleEntity, manager.create(RoleEntity, role));
  }

  createUser(
    manager: EntityManager,
    user: Pick<StaffUserEntity, 'organizationId' | 'roleId' | 'email' | 'firstName' | 'lastName' | 'passwordHash'>,
  ) {
    return manager.save(StaffUserEntity, manager.create(StaffUserEntity, { ...user, disabledAt: null }));
  }

  organization(organizationId: string) {
    return this.dataSource.manager.findOneByOrFail(OrganizationEntity, { id: organizationId });
  }

  clinics(organizationId: string) {
    return this.dataSource.manager.find(ClinicEntity, { where: { organizationId }, order: { name: 'ASC' } });
  }

  private async withRole(user: StaffUserEntity): Promise<StaffUserWithRole> {
    const role = await this.dataSource.manager.findOneByOrFail(RoleEntity, { id: user.roleId, organizationId: user.organizationId });
    return { user, role };
  }
}
