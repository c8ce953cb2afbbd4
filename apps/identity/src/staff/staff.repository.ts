import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RoleEntity } from './role.entity';
import { StaffUserEntity } from './staff-user.entity';

/** Everything `me` shows, read in one round trip (it is the hottest query HQ makes). */
export interface StaffProfileRow {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  disabled_at: Date | null;
  role_name: string;
  is_admin: boolean;
  permissions: string[];
  organization_id: string;
  organization_name: string;
  clinics: { id: string; name: string; timeZone: string }[];
}

export const STAFF_PROFILE_SQL = `
  SELECT u.id, u.email, u.first_name, u.last_name, u.disabled_at,
         r.name AS role_name, r.is_admin, r.permissions,
         o.id AS organization_id, o.name AS organization_name,
         COALESCE((SELECT json_agg(json_build_object('id', c.id, 'name', c.name, 'timeZone', c.time_zone) ORDER BY c.name)
                   FROM clinics c WHERE c.organization_id = u.organization_id), '[]') AS clinics
  FROM staff_users u
  JOIN roles r ON r.id = u.role_id AND r.organization_id = u.organization_id
  JOIN organizations o ON o.id = u.organization_id
  WHERE u.id = $1 AND u.organization_id = $2`;

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

  /** Scoped by organization: another tenant's user id finds nothing. */
  async profile(organizationId: string, userId: string): Promise<StaffProfileRow | null> {
    const rows: StaffProfileRow[] = await this.dataSource.query(STAFF_PROFILE_SQL, [userId, organizationId]);
    return rows[0] ?? null;
  }

  private async withRole(user: StaffUserEntity): Promise<StaffUserWithRole> {
    const role = await this.dataSource.manager.findOneByOrFail(RoleEntity, { id: user.roleId, organizationId: user.organizationId });
    return { user, role };
  }
}
