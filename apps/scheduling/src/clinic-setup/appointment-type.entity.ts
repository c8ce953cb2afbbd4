import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AppointmentCategory } from '@tailwise/contracts';
import { ClinicEntity } from '../clinics/clinic.entity';

export const APPOINTMENT_TYPE_NAME_KEY = 'appointment_types_clinic_name_key';

@Entity({ name: 'appointment_types' })
// Names compare case-insensitively: `name_key` is the lower-cased name.
@Index(APPOINTMENT_TYPE_NAME_KEY, ['clinicId', 'nameKey'], { unique: true })
export class AppointmentTypeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @ManyToOne(() => ClinicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinic_id' })
  clinic?: ClinicEntity;

  @Column('text')
  name!: string;

  @Column({ name: 'name_key', type: 'text' })
  nameKey!: string;

  @Column('text')
  category!: AppointmentCategory;

  @Column({ name: 'default_duration_minutes', type: 'integer' })
  defaultDurationMinutes!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
