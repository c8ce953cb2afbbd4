import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
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

/** A staff user with what signing in needs: the role's permissions and the organization's name. */
export interface StaffMember {
  user: StaffUserEntity;
  role: RoleEntity;
  organizationName: string;
}

export interface RoleWithUserCount {
  role: RoleEntity;
  userCount: number;
}

type Lock = 'pessimistic_write' | 'pessimistic_read';

@Injectable()
export class StaffRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findMemberByEmail(manager: EntityManager, email: string): Promise<StaffMember | null> {
    const user = await manager.findOneBy(StaffUserEntity, { email });
    return user ? this.member(manager, user) : null;
  }

  async findMemberById(manager: EntityManager, userId: string): Promise<StaffMember | null> {
    const user = await manager.findOneBy(StaffUserEntity, { id: userId });
    return user ? this.member(manager, user) : null;
  }

  emailTaken(email: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(StaffUserEntity, { email });
  }

  async organizationName(manager: EntityManager, organizationId: string): Promise<string> {
    return (await manager.findOneByOrFail(OrganizationEntity, { id: organizationId })).name;
  }

  createRole(manager: EntityManager, role: Pick<RoleEntity, 'organizationId' | 'name' | 'isAdmin' | 'permissions'>) {
    return manager.save(RoleEntity, manager.create(RoleEntity, role));
  }

  createUser(
    manager: EntityManager,
    user: Pick<StaffUserEntity, 'organizationId' | 'roleId' | 'email' | 'firstName' | 'lastName' | 'passwordHash'>,
  ) {
    return manager.save(StaffUserEntity, manager.create(StaffUserEntity, { ...user, disabledAt: null, lastSignInAt: null }));
  }

  /** Scoped by organization: another tenant's user id finds nothing. */
  async profile(organizationId: string, userId: string): Promise<StaffProfileRow | null> {
    const rows: StaffProfileRow[] = await this.dataSource.query(STAFF_PROFILE_SQL, [userId, organizationId]);
    return rows[0] ?? null;
  }

  async setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.update(StaffUserEntity, { id: userId }, { passwordHash });
  }

  async recordSignIn(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await manager.update(StaffUserEntity, { id: userId }, { lastSignInAt: at });
  }

  // Roles -------------------------------------------------------------------------------

  /** The organization's roles with how many staff users (any status) hold each. */
  async listRoles(organizationId: string): Promise<RoleWithUserCount[]> {
    const roles = await this.dataSource.manager.find(RoleEntity, { where: { organizationId }, order: { isAdmin: 'DESC', name: 'ASC' } });
    const counts: { role_id: string; count: number }[] = await this.dataSource.query(
      `SELECT role_id, count(*)::int AS count FROM staff_users WHERE organization_id = $1 GROUP BY role_id`,
      [organizationId],
    );
    return roles.map((role) => ({ role, userCount: counts.find((c) => c.role_id === role.id)?.count ?? 0 }));
  }

  /** Scoped by organization. A lock keeps the role as read until commit (delete vs. assign). */
  findRole(manager: EntityManager, organizationId: string, roleId: string, lock?: Lock): Promise<RoleEntity | null> {
    return manager.findOne(RoleEntity, { where: { id: roleId, organizationId }, ...(lock ? { lock: { mode: lock } } : {}) });
  }

  /** Locks the organization's Admin role: changes that could leave no active Admin queue on it. */
  async lockAdminRole(manager: EntityManager, organizationId: string): Promise<void> {
    await manager.findOne(RoleEntity, { where: { organizationId, isAdmin: true }, lock: { mode: 'pessimistic_write' } });
  }

  /** Names compare case-insensitively: "Vet tech" and "vet tech" would confuse everyone. */
  async roleNameTaken(manager: EntityManager, organizationId: string, name: string, exceptRoleId?: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM roles WHERE organization_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3) LIMIT 1`,
      [organizationId, name, exceptRoleId ?? null],
    );
    return rows.length > 0;
  }

  saveRole(manager: EntityManager, role: RoleEntity): Promise<RoleEntity> {
    return manager.save(RoleEntity, role);
  }

  async deleteRole(manager: EntityManager, role: RoleEntity): Promise<void> {
    await manager.delete(RoleEntity, { id: role.id, organizationId: role.organizationId });
  }

  async userIdsWithRole(manager: EntityManager, role: RoleEntity): Promise<string[]> {
    const users = await manager.find(StaffUserEntity, {
      select: { id: true },
      where: { organizationId: role.organizationId, roleId: role.id },
    });
    return users.map((u) => u.id);
  }

  // Staff users -------------------------------------------------------------------------

  async listUsers(organizationId: string): Promise<{ users: StaffUserEntity[]; roles: RoleEntity[] }> {
    const manager = this.dataSource.manager;
    const users = await manager.find(StaffUserEntity, { where: { organizationId }, order: { firstName: 'ASC', lastName: 'ASC', email: 'ASC' } });
    const roles = await manager.find(RoleEntity, { where: { organizationId } });
    return { users, roles };
  }

  /** Scoped by organization: another tenant's user id finds nothing. */
  findUser(manager: EntityManager, organizationId: string, userId: string, lock?: Lock): Promise<StaffUserEntity | null> {
    return manager.findOne(StaffUserEntity, { where: { id: userId, organizationId }, ...(lock ? { lock: { mode: lock } } : {}) });
  }

  /** Admins who can act: not disabled and past their invitation. */
  countActiveAdmins(manager: EntityManager, organizationId: string, exceptUserId: string): Promise<number> {
    return manager
      .createQueryBuilder(StaffUserEntity, 'u')
      .innerJoin(RoleEntity, 'r', 'r.id = u.role_id AND r.organization_id = u.organization_id')
      .where('u.organization_id = :organizationId', { organizationId })
      .andWhere('r.is_admin')
      .andWhere('u.id <> :exceptUserId', { exceptUserId })
      .andWhere('u.disabled_at IS NULL AND u.password_hash IS NOT NULL')
      .getCount();
  }

  saveUser(manager: EntityManager, user: StaffUserEntity): Promise<StaffUserEntity> {
    return manager.save(StaffUserEntity, user);
  }

  private async member(manager: EntityManager, user: StaffUserEntity): Promise<StaffMember> {
    const role = await manager.findOneByOrFail(RoleEntity, { id: user.roleId, organizationId: user.organizationId });
    return { user, role, organizationName: await this.organizationName(manager, user.organizationId) };
  }
}
