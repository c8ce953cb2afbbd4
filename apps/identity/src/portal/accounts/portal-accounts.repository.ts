import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { PortalLinkView } from '@tailwise/contracts';
import { PortalAccountEntity } from './portal-account.entity';
import { PortalLinkEntity } from './portal-link.entity';
import { PortalUserEntity } from './portal-user.entity';

export interface PortalUserWithAccount {
  user: PortalUserEntity;
  account: PortalAccountEntity;
}

export interface LinkRef {
  portalAccountId: string;
  organizationId: string;
  clientId: string;
}

/** The clinic switcher: active links with their organization and its clinics, in one round trip. */
const ACTIVE_LINK_VIEWS_SQL = `
  SELECT l.organization_id AS "organizationId", o.name AS "organizationName", l.client_id AS "clientId",
         COALESCE((SELECT json_agg(json_build_object('id', c.id, 'name', c.name, 'timeZone', c.time_zone) ORDER BY c.name)
                   FROM clinics c WHERE c.organization_id = l.organization_id), '[]') AS clinics
  FROM portal_links l
  JOIN organizations o ON o.id = l.organization_id
  WHERE l.portal_account_id = $1 AND l.status = 'active'
  ORDER BY o.name, l.organization_id`;

@Injectable()
export class PortalAccountsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  findAccount(manager: EntityManager, id: string): Promise<PortalAccountEntity | null> {
    return manager.findOneBy(PortalAccountEntity, { id });
  }

  /** Reads and locks the account: changes to its users are made one at a time. */
  lockAccount(manager: EntityManager, id: string): Promise<PortalAccountEntity | null> {
    return manager.findOne(PortalAccountEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  createAccount(manager: EntityManager, name: string): Promise<PortalAccountEntity> {
    return manager.save(PortalAccountEntity, manager.create(PortalAccountEntity, { name }));
  }

  findUserByEmail(manager: EntityManager, email: string): Promise<PortalUserEntity | null> {
    return manager.findOneBy(PortalUserEntity, { email: email.toLowerCase() });
  }

  async findUserWithAccount(manager: EntityManager, where: { id: string } | { email: string }): Promise<PortalUserWithAccount | null> {
    const user = await manager.findOneBy(PortalUserEntity, 'email' in where ? { email: where.email.toLowerCase() } : where);
    if (!user) return null;
    const account = await manager.findOneByOrFail(PortalAccountEntity, { id: user.portalAccountId });
    return { user, account };
  }

  /** Scoped by account: another account's user id finds nothing. */
  findUser(manager: EntityManager, portalAccountId: string, id: string): Promise<PortalUserEntity | null> {
    return manager.findOneBy(PortalUserEntity, { id, portalAccountId });
  }

  listUsers(manager: EntityManager, portalAccountId: string): Promise<PortalUserEntity[]> {
    return manager.find(PortalUserEntity, { where: { portalAccountId }, order: { name: 'ASC', id: 'ASC' } });
  }

  createUser(
    manager: EntityManager,
    user: Pick<PortalUserEntity, 'portalAccountId' | 'email' | 'name' | 'passwordHash' | 'permissions'>,
  ): Promise<PortalUserEntity> {
    return manager.save(PortalUserEntity, manager.create(PortalUserEntity, { ...user, lastLoginAt: null }));
  }

  saveUser(manager: EntityManager, user: PortalUserEntity): Promise<PortalUserEntity> {
    return manager.save(PortalUserEntity, user);
  }

  async deleteUser(manager: EntityManager, user: PortalUserEntity): Promise<void> {
    await manager.delete(PortalUserEntity, { id: user.id, portalAccountId: user.portalAccountId });
  }

  async setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.update(PortalUserEntity, { id: userId }, { passwordHash });
  }

  async recordSignIn(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await manager.update(PortalUserEntity, { id: userId }, { lastLoginAt: at });
  }

  /** The latest sign-in of any of the account's users. */
  async lastLoginAt(manager: EntityManager, portalAccountId: string): Promise<Date | null> {
    const row = await manager
      .createQueryBuilder(PortalUserEntity, 'u')
      .select('max(u.last_login_at)', 'last')
      .where('u.portal_account_id = :portalAccountId', { portalAccountId })
      .getRawOne<{ last: Date | null }>();
    return row?.last ?? null;
  }

  findClientLink(manager: EntityManager, organizationId: string, clientId: string): Promise<PortalLinkEntity | null> {
    return manager.findOneBy(PortalLinkEntity, { organizationId, clientId });
  }

  /** The client's link, locked for the rest of the transaction when there is one. */
  lockClientLink(manager: EntityManager, organizationId: string, clientId: string): Promise<PortalLinkEntity | null> {
    return manager.findOne(PortalLinkEntity, { where: { organizationId, clientId }, lock: { mode: 'pessimistic_write' } });
  }

  findAccountLink(manager: EntityManager, portalAccountId: string, organizationId: string): Promise<PortalLinkEntity | null> {
    return manager.findOneBy(PortalLinkEntity, { portalAccountId, organizationId });
  }

  createLink(manager: EntityManager, link: LinkRef): Promise<PortalLinkEntity> {
    return manager.save(PortalLinkEntity, manager.create(PortalLinkEntity, { ...link, status: 'active', closedAt: null }));
  }

  saveLink(manager: EntityManager, link: PortalLinkEntity): Promise<PortalLinkEntity> {
    return manager.save(PortalLinkEntity, link);
  }

  async deleteLink(manager: EntityManager, link: PortalLinkEntity): Promise<void> {
    await manager.delete(PortalLinkEntity, { id: link.id });
  }

  activeLinks(manager: EntityManager, portalAccountId: string): Promise<Pick<PortalLinkEntity, 'organizationId' | 'clientId'>[]> {
    return manager.find(PortalLinkEntity, {
      select: { organizationId: true, clientId: true },
      where: { portalAccountId, status: 'active' },
      order: { organizationId: 'ASC' },
    });
  }

  activeLinkViews(manager: EntityManager, portalAccountId: string): Promise<PortalLinkView[]> {
    return manager.query(ACTIVE_LINK_VIEWS_SQL, [portalAccountId]);
  }
}
