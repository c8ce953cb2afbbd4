import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type PortalLinkStatus = 'active' | 'closed';

/**
 * A portal account's access to one client record of one organization. A client has at most
 * one link, and an account at most one client per organization; Close Access keeps the row
 * (closed) so the same account can be let back in.
 */
@Entity({ name: 'portal_links' })
@Index('portal_links_client_key', ['organizationId', 'clientId'], { unique: true })
@Index('portal_links_account_organization_key', ['portalAccountId', 'organizationId'], { unique: true })
export class PortalLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'portal_account_id', type: 'uuid' })
  portalAccountId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column('text')
  status!: PortalLinkStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
