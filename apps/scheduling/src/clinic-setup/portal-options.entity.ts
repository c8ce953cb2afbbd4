import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ClinicEntity } from '../clinics/clinic.entity';

/** What the portal offers for a clinic; a clinic without a row has the defaults (all off). */
@Entity({ name: 'clinic_portal_options' })
export class PortalOptionsEntity {
  @PrimaryColumn({ name: 'clinic_id', type: 'uuid' })
  clinicId!: string;

  @OneToOne(() => ClinicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinic_id' })
  clinic?: ClinicEntity;

  @Column({ name: 'allow_requests', type: 'boolean' })
  allowRequests!: boolean;

  @Column({ name: 'request_label', type: 'text' })
  requestLabel!: string;

  @Column({ name: 'request_notification_email', type: 'text', nullable: true })
  requestNotificationEmail!: string | null;

  @Column({ name: 'allow_self_scheduling', type: 'boolean' })
  allowSelfScheduling!: boolean;

  @Column({ name: 'show_office_hours', type: 'boolean' })
  showOfficeHours!: boolean;

  @Column({ name: 'office_hours_text', type: 'text', nullable: true })
  officeHoursText!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
