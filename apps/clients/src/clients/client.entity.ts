import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ClientData, ClientKind } from '@tailwise/contracts';

/**
 * A client of one organization. `details` holds the record exactly as entered (the form's
 * fields, validated by the contract); the other columns are derived from it on every write,
 * for lists, summaries, tenancy and search.
 */
@Entity({ name: 'clients' })
@Index('clients_organization_sort_idx', ['organizationId', 'sortName', 'id'])
@Index('clients_organization_assigned_sort_idx', ['organizationId', 'assignedStaffUserId', 'sortName', 'id'])
@Index('clients_organization_email_idx', ['organizationId', 'email'])
// Trigram indexes (organization_id, <key> gin_trgm_ops) are written by hand in the
// search-indexes migration: TypeORM cannot express operator classes. Declared here so the
// schema diff leaves them alone.
@Index('clients_search_name_trgm_idx', { synchronize: false })
@Index('clients_email_trgm_idx', { synchronize: false })
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column('text')
  kind!: ClientKind;

  @Column({ type: 'text', default: 'active' })
  status!: 'active' | 'disabled';

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** Organization name for a volume client, "First Last" for an individual. */
  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  /** Lower-cased display name: lists sort by it (the database collation is byte order). */
  @Column({ name: 'sort_name', type: 'text' })
  sortName!: string;

  /** Display and contact names, normalised for search (see search-text.ts). */
  @Column({ name: 'search_name', type: 'text' })
  searchName!: string;

  /**
   * The individual's email, or the volume client's invoice email; lower-cased. Byte-order
   * collation, so the (organization_id, email) index also serves prefix searches (LIKE 'ab%').
   */
  @Column({ type: 'text', nullable: true, collation: 'C' })
  email!: string | null;

  /** As typed, for summaries. */
  @Column({ name: 'primary_phone', type: 'text', nullable: true })
  primaryPhone!: string | null;

  /** My Clients: the staff member the client is assigned to. */
  @Column({ name: 'assigned_staff_user_id', type: 'uuid', nullable: true })
  assignedStaffUserId!: string | null;

  @Column('jsonb')
  details!: ClientData;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
