import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { CapacitySex, CapacitySpecies } from '@tailwise/contracts';
import { ClinicEntity } from '../clinics/clinic.entity';

/** Surgery places per day for one category of animal; null species, sex or bound means any. */
@Entity({ name: 'capacity_rules' })
@Index('capacity_rules_clinic_position_idx', ['clinicId', 'position'])
export class CapacityRuleEntity {
  /** Kept across edits of the rule set: bookings will refer to it. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @ManyToOne(() => ClinicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinic_id' })
  clinic?: ClinicEntity;

  /** Order in the clinic's list, as staff entered it. */
  @Column({ type: 'integer' })
  position!: number;

  @Column('text')
  label!: string;

  @Column({ type: 'text', nullable: true })
  species!: CapacitySpecies | null;

  @Column({ type: 'text', nullable: true })
  sex!: CapacitySex | null;

  /** Inclusive. */
  @Column({ name: 'min_weight_kg', type: 'double precision', nullable: true })
  minWeightKg!: number | null;

  /** Exclusive. */
  @Column({ name: 'max_weight_kg', type: 'double precision', nullable: true })
  maxWeightKg!: number | null;

  @Column({ name: 'places_per_day', type: 'integer' })
  placesPerDay!: number;
}
