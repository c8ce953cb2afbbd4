import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AlteredStatus, AnimalSex, AnimalStatus, Species } from '../common/animal-types';
import { ClientEntity } from '../clients/client.entity';

@Entity({ name: 'animals' })
@Index('animals_client_name_idx', ['clientId', 'sortName', 'id'])
// One chip, one animal, per organization; animals without a chip never collide.
@Index('animals_organization_microchip_key', ['organizationId', 'microchip'], { unique: true, where: 'microchip IS NOT NULL' })
// (organization_id, <key> gin_trgm_ops): hand-written in the search-indexes migration.
@Index('animals_search_name_trgm_idx', { synchronize: false })
@Index('animals_microchip_trgm_idx', { synchronize: false })
export class AnimalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  // No cascade: a client with animals is never deleted (it is disabled instead).
  @ManyToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: ClientEntity;

  @Column('text')
  name!: string;

  @Column({ name: 'sort_name', type: 'text' })
  sortName!: string;

  @Column({ name: 'search_name', type: 'text' })
  searchName!: string;

  @Column('text')
  species!: Species;

  @Column('text')
  sex!: AnimalSex;

  @Column('text')
  altered!: AlteredStatus;

  @Column({ type: 'text', nullable: true })
  breed!: string | null;

  @Column({ type: 'text', nullable: true })
  colour!: string | null;

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ name: 'estimated_age_months', type: 'integer', nullable: true })
  estimatedAgeMonths!: number | null;

  @Column({ name: 'weight_kg', type: 'double precision', nullable: true })
  weightKg!: number | null;

  /** Upper-cased letters and digits; byte-order collation so its unique index serves prefix searches. */
  @Column({ type: 'text', nullable: true, collation: 'C' })
  microchip!: string | null;

  @Column('text')
  status!: AnimalStatus;

  @Column({ name: 'arriving_in_trap', type: 'boolean', default: false })
  arrivingInTrap!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
