import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type PortalInvitationKind = 'invite' | 'claim';

/**
 * An emailed link to a client's portal: an invitation from the VCP tab, or a claim for an
 * individual client allowed to log in. Only the SHA-256 of its secret is kept.
 */
@Entity({ name: 'portal_invitations' })
@Index('portal_invitations_client_idx', ['organizationId', 'clientId'])
export class PortalInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  /** The client's name when invited: a new account is named after it. */
  @Column({ name: 'client_name', type: 'text' })
  clientName!: string;

  @Column('text')
  kind!: PortalInvitationKind;

  @Column('text')
  email!: string;

  @Index('portal_invitations_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'invited_by_user_id', type: 'uuid', nullable: true })
  invitedByUserId!: string | null;

  @Column({ name: 'invited_by_name', type: 'text', nullable: true })
  invitedByName!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  /** Set when a newer invitation, a link, Close Access or a deletion made this one void. */
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;
}
