import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ClinicEntity } from '../clinics/clinic.entity';

/** One open weekday of a clinic; a weekday without a row is closed. */
@Entity({ name: 'clinic_hours' })
export class ClinicHoursEntity {
  @PrimaryColumn({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @ManyToOne(() => ClinicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinic_id' })
  clinic?: ClinicEntity;

  /** ISO weekday, Monday 1 to Sunday 7. */
  @PrimaryColumn({ type: 'smallint' })
  weekday!: number;

  /** Local wall-clock time, `HH:mm`. */
  @Column({ type: 'text' })
  opens!: string;

  @Column({ type: 'text' })
  closes!: string;
}
