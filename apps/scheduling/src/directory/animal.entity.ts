import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AppointmentAnimal } from '@tailwise/contracts';

/**
 * Scheduling's copy of a client's animals, from which a booking copies the animal's details.
 * No foreign key to `clients`: each event has its own consumer, so an animal may arrive before its client.
 */
@Entity({ name: 'animals' })
@Index('animals_client_idx', ['clientId'])
@Index('animals_organization_idx', ['organizationId'])
export class AnimalEntity {
  /** The clients service's animal id. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  species!: AppointmentAnimal['species'];

  @Column('text')
  sex!: AppointmentAnimal['sex'];

  @Column({ name: 'weight_kg', type: 'double precision', nullable: true })
  weightKg!: number | null;

  @Column({ name: 'arriving_in_trap', type: 'boolean' })
  arrivingInTrap!: boolean;

  /** `active` or `deceased`: only active animals are booked. */
  @Column('text')
  status!: 'active' | 'deceased';

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
