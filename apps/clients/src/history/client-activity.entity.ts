import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { FieldChanges } from './changes';
import { ClientEntity } from '../clients/client.entity';

/** A client's History: who did what, and when. Written in the transaction of the change. */
@Entity({ name: 'client_activity' })
@Index('client_activity_client_at_idx', ['clientId', 'at'])
export class ClientActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  // A deleted client takes its history with it.
  @ManyToOne(() => ClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;

  /** Set when the activity concerns one of the client's animals. */
  @Column({ name: 'animal_id', type: 'uuid', nullable: true })
  animalId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** The name as it was when they acted; a later rename does not rewrite history. */
  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName!: string | null;

  /** e.g. `client.updated`, `animal.created`. */
  @Column('text')
  action!: string;

  @Column({ type: 'jsonb', nullable: true })
  changes!: FieldChanges | null;

  @Column('text')
  summary!: string;
}
