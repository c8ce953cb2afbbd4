import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { RequestStatus, TimeOfDay } from '@tailwise/contracts';
import { AppointmentEntity } from '../appointments/appointment.entity';
import { AppointmentReasonEntity } from '../clinic-setup/appointment-reason.entity';
import { ClinicEntity } from '../clinics/clinic.entity';

/** A client's request from the portal for a day and a time of day, until staff accept or decline it. */
@Entity({ name: 'appointment_requests' })
@Index('appointment_requests_clinic_idx', ['clinicId', 'status'])
@Index('appointment_requests_client_idx', ['organizationId', 'clientId'])
export class AppointmentRequestEntity {
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

  /** Clinic-local. */
  @Column({ name: 'local_date', type: 'date' })
  localDate!: string;

  @Column({ name: 'time_of_day', type: 'text' })
  timeOfDay!: TimeOfDay;

  /** Deleting a reason that requests name is refused by the service (deactivate it instead). */
  @Column({ name: 'reason_id', type: 'uuid' })
  reasonId!: string;

  @ManyToOne(() => AppointmentReasonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reason_id' })
  reason?: AppointmentReasonEntity;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column('text')
  status!: RequestStatus;

  @Column({ name: 'decline_message', type: 'text', nullable: true })
  declineMessage!: string | null;

  /** The appointment an accepted request became; it may later be deleted in the portal. */
  @Column({ name: 'appointment_id', type: 'uuid', nullable: true })
  appointmentId!: string | null;

  @ManyToOne(() => AppointmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'appointment_id' })
  appointment?: AppointmentEntity | null;

  @Column({ name: 'created_by_portal_user_id', type: 'uuid' })
  createdByPortalUserId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'answered_by_user_id', type: 'uuid', nullable: true })
  answeredByUserId!: string | null;
}
