import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ClinicEntity } from '../clinics/clinic.entity';
import { AppointmentTypeEntity } from './appointment-type.entity';

export const DEFAULT_REASON_KEY = 'appointment_reasons_clinic_default_key';

@Entity({ name: 'appointment_reasons' })
@Index('appointment_reasons_clinic_idx', ['clinicId'])
// At most one default per clinic.
@Index(DEFAULT_REASON_KEY, ['clinicId'], { unique: true, where: 'is_default' })
export class AppointmentReasonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @ManyToOne(() => ClinicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinic_id' })
  clinic?: ClinicEntity;

  @Column('text')
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'is_default', type: 'boolean', default: false })
  isDefault!: boolean;

  @Column({ name: 'appointment_type_id', type: 'uuid' })
  appointmentTypeId!: string;

  // A type in use by a reason is not deleted (deactivate it instead).
  @ManyToOne(() => AppointmentTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'appointment_type_id' })
  appointmentType?: AppointmentTypeEntity;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
