import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ClientKind } from '@tailwise/contracts';

export type DirectoryStatus = 'active' | 'disabled';

/** Scheduling's copy of the clients service's clients: who may be booked, and the name the calendar shows. */
@Entity({ name: 'clients' })
@Index('clients_organization_idx', ['organizationId'])
export class ClientEntity {
  /** The clients service's client id. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column('text')
  kind!: ClientKind;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column('text')
  status!: DirectoryStatus;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
