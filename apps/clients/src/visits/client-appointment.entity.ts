import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AppointmentStatus } from '@tailwise/contracts';

/**
 * The clients service's copy of scheduling's appointments: just enough for a client's visit
 * dates and the delete rule. Kept from `events.scheduling.appointment.*`; never written by
 * this service's own commands.
 *
 * No foreign key to clients: an event may name a client this service has not got (or no
 * longer has), and refusing it would block the consumer on that event for ever.
 */
@Entity({ name: 'client_appointments' })
@Index('client_appointments_client_idx', ['clientId'])
export class ClientAppointmentEntity {
  /** Scheduling's appointment id. */
  @PrimaryColumn({ name: 'appointment_id', type: 'uuid' })
  appointmentId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  /** Clinic-local date of the appointment. */
  @Column({ name: 'local_date', type: 'date' })
  localDate!: string;

  @Column('text')
  status!: AppointmentStatus;

  /** Deleted in scheduling: kept (with its revision) so that a late event cannot bring it back. */
  @Column('boolean')
  deleted!: boolean;

  /** The revision of the event last applied; an event with a lower or equal one changes nothing. */
  @Column('integer')
  revision!: number;
}
