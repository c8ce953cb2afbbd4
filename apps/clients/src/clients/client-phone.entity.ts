import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClientEntity } from './client.entity';

/** Every phone number of a client, one row each, with its digits for search in any format. */
@Entity({ name: 'client_phones' })
@Index('client_phones_client_idx', ['clientId', 'position'])
@Index('client_phones_organization_digits_idx', ['organizationId', 'digits'])
// (organization_id, digits gin_trgm_ops): hand-written in the search-indexes migration.
@Index('client_phones_digits_trgm_idx', { synchronize: false })
export class ClientPhoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  /** Order on the form: the individual's mobile first, then the other numbers. */
  @Column('integer')
  position!: number;

  /** mobile, home, work, other. */
  @Column('text')
  type!: string;

  /** As typed. */
  @Column('text')
  number!: string;

  @Column('text')
  digits!: string;
}
