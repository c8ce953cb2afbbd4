import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PortalAccessEventKind } from '@tailwise/contracts';

/** The VCP tab's History of one client: invitations, acceptances, links, closes, deletions. */
@Entity({ name: 'portal_access_history' })
@Index('portal_access_history_client_at_idx', ['organizationId', 'clientId', 'at'])
export class PortalAccessHistoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column('text')
  kind!: PortalAccessEventKind;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** The staff member's name as it was; null when nobody at the clinic did it. */
  @Column({ name: 'by_name', type: 'text', nullable: true })
  byName!: string | null;

  /** For invitation-sent and claim-sent: the invitation, whose status the tab shows. */
  @Column({ name: 'invitation_id', type: 'uuid', nullable: true })
  invitationId!: string | null;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
