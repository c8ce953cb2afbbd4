import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AppointmentAnimal, AppointmentCategory, AppointmentSource, AppointmentStatus } from '@tailwise/contracts';
import { AppointmentTypeEntity } from '../clinic-setup/appointment-type.entity';
import { CapacityRuleEntity } from '../clinic-setup/capacity-rule.entity';
import { ClinicEntity } from '../clinics/clinic.entity';

/**
 * One appointment at a clinic. The client's name is not copied here: lists join the client
 * directory. The animal's details are copied, as they were when set, because a surgery place
 * was granted for exactly that animal.
 */
@Entity({ name: 'appointments' })
@Index('appointments_clinic_date_idx', ['clinicId', 'localDate'])
@Index('appointments_client_idx', ['clientId'])
@Index('appointments_organization_idx', ['organizationId'])
export class AppointmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @ManyToOne(() => ClinicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinic_id' })
  clinic?: ClinicEntity;

  /** No foreign key: the client directory follows the clients service and may drop a client. */
  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ name: 'appointment_type_id', type: 'uuid' })
  appointmentTypeId!: string;

  /** Deleting a type in use is refused by the service; the key is the last word. */
  @ManyToOne(() => AppointmentTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'appointment_type_id' })
  appointmentType?: AppointmentTypeEntity;

  /** The type's category when booked, so a later change of the type does not move places between counts. */
  @Column('text')
  category!: AppointmentCategory;

  /** Clinic-local. */
  @Column({ name: 'local_date', type: 'date' })
  localDate!: string;

  /** Clinic-local `HH:mm`. */
  @Column({ name: 'start_time', type: 'text' })
  startTime!: string;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column('text')
  status!: AppointmentStatus;

  /** Shown in the client's portal. */
  @Column({ type: 'boolean', default: false })
  released!: boolean;

  /** The surgery category whose place this holds; null for other categories, or once its rule was removed. */
  @Column({ name: 'capacity_rule_id', type: 'uuid', nullable: true })
  capacityRuleId!: string | null;

  @ManyToOne(() => CapacityRuleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'capacity_rule_id' })
  capacityRule?: CapacityRuleEntity | null;

  /** The directory animal staff chose; null for an animal a rescue described in the portal. */
  @Column({ name: 'animal_id', type: 'uuid', nullable: true })
  animalId!: string | null;

  // The animal's details: all null while the appointment has no animal.
  @Column({ name: 'animal_name', type: 'text', nullable: true })
  animalName!: string | null;

  @Column({ name: 'animal_species', type: 'text', nullable: true })
  animalSpecies!: AppointmentAnimal['species'] | null;

  @Column({ name: 'animal_sex', type: 'text', nullable: true })
  animalSex!: AppointmentAnimal['sex'] | null;

  @Column({ name: 'animal_weight_kg', type: 'double precision', nullable: true })
  animalWeightKg!: number | null;

  @Column({ name: 'animal_arriving_in_trap', type: 'boolean', nullable: true })
  animalArrivingInTrap!: boolean | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column('text')
  source!: AppointmentSource;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt!: Date | null;

  @Column({ name: 'checked_out_at', type: 'timestamptz', nullable: true })
  checkedOutAt!: Date | null;

  /** Grows by one per change and goes out in every event, so consumers keep only the newest. */
  @Column({ type: 'integer' })
  revision!: number;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
