import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppointmentSnapshot } from '@tailwise/contracts';
import { ClientAppointmentEntity } from './client-appointment.entity';
import type { StatusDates } from './visit-dates';

@Injectable()
export class VisitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Keeps the appointment as the snapshot has it, unless the stored copy is as new or newer:
   * events may arrive twice or late, and an older revision must not undo a newer one.
   */
  async apply(manager: EntityManager, snapshot: AppointmentSnapshot): Promise<void> {
    const { appointmentId, organizationId, clientId, date, status, deleted, revision } = snapshot;
    await manager.query(
      `INSERT INTO client_appointments (appointment_id, organization_id, client_id, local_date, status, deleted, revision)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (appointment_id) DO UPDATE SET
         organization_id = EXCLUDED.organization_id,
         client_id = EXCLUDED.client_id,
         local_date = EXCLUDED.local_date,
         status = EXCLUDED.status,
         deleted = EXCLUDED.deleted,
         revision = EXCLUDED.revision
       WHERE client_appointments.revision < EXCLUDED.revision`,
      [appointmentId, organizationId, clientId, date, status, deleted, revision],
    );
  }

  /**
   * Per client and status, over the clients' existing appointments: the latest date and the
   * earliest on or after today. One query for any number of clients (a whole page).
   */
  statusDates(organizationId: string, clientIds: string[], manager: EntityManager = this.dataSource.manager): Promise<StatusDates[]> {
    return manager.query(
      `SELECT client_id AS "clientId", status,
              max(local_date)::text AS "latest",
              (min(local_date) FILTER (WHERE local_date >= current_date))::text AS "earliestFromToday"
         FROM client_appointments
        WHERE organization_id = $1 AND client_id = ANY($2::uuid[]) AND NOT deleted
        GROUP BY client_id, status`,
      [organizationId, clientIds],
    );
  }

  /** Cancelled and no-show appointments count: they are the client's history. Deleted ones do not. */
  countByClient(manager: EntityManager, organizationId: string, clientId: string): Promise<number> {
    return manager.countBy(ClientAppointmentEntity, { organizationId, clientId, deleted: false });
  }
}
