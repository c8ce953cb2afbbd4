import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { PortalAccessHistoryEntity } from './portal-access-history.entity';
import { PortalInvitationEntity } from './portal-invitation.entity';

export type NewInvitation = Pick<
  PortalInvitationEntity,
  'organizationId' | 'clientId' | 'clientName' | 'kind' | 'email' | 'tokenHash' | 'invitedByUserId' | 'invitedByName' | 'expiresAt'
>;
export type NewHistoryEntry = Omit<PortalAccessHistoryEntity, 'id'>;

@Injectable()
export class PortalAccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * Serializes every change to one client's portal access until the transaction ends. The
   * client row lives in another service, and a client with no link or invitation has no row
   * here to lock, so two Sends could otherwise both supersede nothing and both stay pending.
   */
  async lockClient(manager: EntityManager, organizationId: string, clientId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`portal-access:${organizationId}:${clientId}`]);
  }

  createInvitation(manager: EntityManager, invitation: NewInvitation): Promise<PortalInvitationEntity> {
    return manager.save(
      PortalInvitationEntity,
      manager.create(PortalInvitationEntity, { ...invitation, acceptedAt: null, supersededAt: null }),
    );
  }

  findInvitationByHash(manager: EntityManager, tokenHash: string): Promise<PortalInvitationEntity | null> {
    return manager.findOneBy(PortalInvitationEntity, { tokenHash });
  }

  /** Reads and locks one invitation: of two acceptances (or mints) of it, one waits for the other. */
  lockInvitation(manager: EntityManager, id: string): Promise<PortalInvitationEntity | null> {
    return manager.findOne(PortalInvitationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Every invitation ever sent for the client, newest first. */
  listInvitations(manager: EntityManager, organizationId: string, clientId: string): Promise<PortalInvitationEntity[]> {
    return manager.find(PortalInvitationEntity, { where: { organizationId, clientId }, order: { createdAt: 'DESC' } });
  }

  /** Voids the client's pending invitations; how many there were. */
  async supersedePending(manager: EntityManager, organizationId: string, clientId: string, at: Date): Promise<number> {
    const result = await manager.update(
      PortalInvitationEntity,
      { organizationId, clientId, acceptedAt: IsNull(), supersededAt: IsNull(), expiresAt: MoreThan(at) },
      { supersededAt: at },
    );
    return result.affected ?? 0;
  }

  async markAccepted(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(PortalInvitationEntity, { id }, { acceptedAt: at });
  }

  async replaceTokenHash(manager: EntityManager, id: string, tokenHash: string): Promise<void> {
    await manager.update(PortalInvitationEntity, { id }, { tokenHash });
  }

  async addHistory(manager: EntityManager, entry: NewHistoryEntry): Promise<void> {
    await manager.insert(PortalAccessHistoryEntity, entry);
  }

  history(manager: EntityManager, organizationId: string, clientId: string): Promise<PortalAccessHistoryEntity[]> {
    return manager.find(PortalAccessHistoryEntity, { where: { organizationId, clientId }, order: { at: 'DESC', id: 'DESC' } });
  }

  /** Whether the staff user's role is the organization's Admin (staff tables, read only). */
  async isAdmin(manager: EntityManager, organizationId: string, staffUserId: string): Promise<boolean> {
    const rows: { is_admin: boolean }[] = await manager.query(
      `SELECT r.is_admin FROM staff_users u JOIN roles r ON r.id = u.role_id AND r.organization_id = u.organization_id
       WHERE u.id = $1 AND u.organization_id = $2 AND u.disabled_at IS NULL`,
      [staffUserId, organizationId],
    );
    return rows[0]?.is_admin === true;
  }

  async organizationName(manager: EntityManager, organizationId: string): Promise<string | null> {
    const rows: { name: string }[] = await manager.query(`SELECT name FROM organizations WHERE id = $1`, [organizationId]);
    return rows[0]?.name ?? null;
  }
}
