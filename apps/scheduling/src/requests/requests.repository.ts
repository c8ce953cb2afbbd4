import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { RequestStatus } from '@tailwise/contracts';
import { AppointmentEntity } from '../appointments/appointment.entity';
import { AppointmentReasonEntity } from '../clinic-setup/appointment-reason.entity';
import { ClinicEntity } from '../clinics/clinic.entity';
import { ClientEntity } from '../directory/client.entity';
import { AppointmentRequestEntity } from './appointment-request.entity';
import type { ListedRequest } from './request-records';

export type RequestFields = Omit<AppointmentRequestEntity, 'id' | 'clinic' | 'reason' | 'appointment' | 'createdAt'>;

interface JoinedColumns {
  q_id: string;
  clinic_name: string;
  client_name: string | null;
  reason_name: string;
  appointment_date: string | null;
  appointment_start_time: string | null;
}

@Injectable()
export class RequestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  find(manager: EntityManager, clinicId: string, id: string): Promise<AppointmentRequestEntity | null> {
    return manager.findOneBy(AppointmentRequestEntity, { id, clinicId });
  }

  insert(manager: EntityManager, fields: RequestFields): Promise<AppointmentRequestEntity> {
    return manager.save(AppointmentRequestEntity, manager.create(AppointmentRequestEntity, fields));
  }

  save(manager: EntityManager, row: AppointmentRequestEntity): Promise<AppointmentRequestEntity> {
    return manager.save(AppointmentRequestEntity, row);
  }

  async byId(manager: EntityManager, id: string): Promise<ListedRequest> {
    const [listed] = await this.listed(manager, (q) => q.where('q.id = :id', { id }));
    return listed;
  }

  /** Pending first (what staff still have to answer), then newest first. */
  inClinic(clinicId: string, status: RequestStatus | undefined): Promise<ListedRequest[]> {
    return this.listed(this.dataSource.manager, (q) => {
      q.where('q.clinic_id = :clinicId', { clinicId });
      if (status) q.andWhere('q.status = :status', { status });
      return q.orderBy(`(q.status = 'pending')`, 'DESC').addOrderBy('q.created_at', 'DESC');
    });
  }

  /** One client's requests at every clinic of the organization, newest first. */
  ofClient(organizationId: string, clientId: string): Promise<ListedRequest[]> {
    return this.listed(this.dataSource.manager, (q) =>
      q.where('q.organization_id = :organizationId AND q.client_id = :clientId', { organizationId, clientId }).orderBy('q.created_at', 'DESC'),
    );
  }

  private async listed(
    manager: EntityManager,
    scope: (q: SelectQueryBuilder<AppointmentRequestEntity>) => SelectQueryBuilder<AppointmentRequestEntity>,
  ): Promise<ListedRequest[]> {
    const query = manager
      .createQueryBuilder(AppointmentRequestEntity, 'q')
      .innerJoin(ClinicEntity, 'k', 'k.id = q.clinic_id')
      .innerJoin(AppointmentReasonEntity, 'r', 'r.id = q.reason_id')
      .leftJoin(ClientEntity, 'c', 'c.id = q.client_id')
      .leftJoin(AppointmentEntity, 'a', 'a.id = q.appointment_id')
      .addSelect([
        'k.name AS clinic_name',
        'r.name AS reason_name',
        'c.display_name AS client_name',
        `to_char(a.local_date, 'YYYY-MM-DD') AS appointment_date`,
        'a.start_time AS appointment_start_time',
      ]);
    const { entities, raw } = await scope(query).addOrderBy('q.id', 'ASC').getRawAndEntities<JoinedColumns>();
    const joined = new Map(raw.map((r) => [r.q_id, r]));
    return entities.map((row) => {
      const j = joined.get(row.id) as JoinedColumns;
      return {
        row,
        clinicName: j.clinic_name,
        clientName: j.client_name,
        reasonName: j.reason_name,
        appointmentDate: j.appointment_date,
        appointmentStartTime: j.appointment_start_time,
      };
    });
  }
}
