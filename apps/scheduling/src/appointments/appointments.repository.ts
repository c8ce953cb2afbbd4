import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, Not, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { HOLDING_STATUSES, type ClientKind } from '@tailwise/contracts';
import { AppointmentTypeEntity } from '../clinic-setup/appointment-type.entity';
import { CapacityRuleEntity } from '../clinic-setup/capacity-rule.entity';
import { ClinicEntity } from '../clinics/clinic.entity';
import { ClientEntity } from '../directory/client.entity';
import type { CapacityBooking } from '../rules/capacity';
import type { BusyAppointment } from '../rules/open-times';
import { AppointmentEntity } from './appointment.entity';

export type AppointmentFields = Omit<AppointmentEntity, 'id' | 'clinic' | 'appointmentType' | 'capacityRule' | 'createdAt' | 'updatedAt'>;

/** An appointment with what lists show beside it, joined from setup and the client directory. */
export interface ListedAppointment {
  row: AppointmentEntity;
  clinicName: string;
  typeName: string;
  /** Null when the client has left the directory (deleted in the clients service). */
  client: { name: string; kind: ClientKind } | null;
  capacityLabel: string | null;
}

interface JoinedColumns {
  a_id: string;
  clinic_name: string;
  type_name: string;
  client_name: string | null;
  client_kind: ClientKind | null;
  capacity_label: string | null;
}

@Injectable()
export class AppointmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  find(manager: EntityManager, clinicId: string, id: string): Promise<AppointmentEntity | null> {
    return manager.findOneBy(AppointmentEntity, { id, clinicId });
  }

  findMany(manager: EntityManager, clinicId: string, ids: readonly string[]): Promise<AppointmentEntity[]> {
    return manager.findBy(AppointmentEntity, { clinicId, id: In([...ids]) });
  }

  /** An appointment the portal shows to this client: released and not cancelled. */
  findForPortal(manager: EntityManager, organizationId: string, clientId: string, id: string): Promise<AppointmentEntity | null> {
    return manager.findOneBy(AppointmentEntity, { id, organizationId, clientId, released: true, status: Not('cancelled') });
  }

  /** The surgery places a clinic's day holds (cancelled appointments hold none), optionally but one appointment. */
  async placesHeldOn(manager: EntityManager, clinicId: string, date: string, exceptId: string | null): Promise<CapacityBooking[]> {
    const rows = await manager.find(AppointmentEntity, {
      select: { id: true, capacityRuleId: true },
      where: { clinicId, localDate: date, status: In([...HOLDING_STATUSES]), capacityRuleId: Not(IsNull()), ...(exceptId ? { id: Not(exceptId) } : {}) },
    });
    return rows.map((r) => ({ id: r.id, ruleId: r.capacityRuleId }));
  }

  /**
   * What blocks open times from `from` to `to`: each day's blocking appointments merged into
   * disjoint spans, kept in `busy_days` by triggers on every write (see its migration), so a
   * busy month is 31 short rows rather than thousands of appointments. The day before `from` is
   * included: an appointment starting late that day may run into the range.
   */
  async busyBetween(clinicId: string, from: string, to: string, manager: EntityManager = this.dataSource.manager): Promise<BusyAppointment[]> {
    const rows: { spans: number[] }[] = await manager.query(
      `SELECT spans FROM busy_days WHERE clinic_id = $1 AND local_date BETWEEN $2::date - 1 AND $3::date`,
      [clinicId, from, to],
    );
    const busy: BusyAppointment[] = [];
    for (const { spans } of rows) {
      // Merged spans block like the surgery they may stand for: any blocking category would do.
      for (let i = 0; i < spans.length; i += 2) busy.push({ start: new Date(spans[i]), end: new Date(spans[i + 1]), category: 'surgery' });
    }
    return busy;
  }

  insert(manager: EntityManager, rows: AppointmentFields[]): Promise<AppointmentEntity[]> {
    return manager.save(AppointmentEntity, rows.map((row) => manager.create(AppointmentEntity, row)));
  }

  save(manager: EntityManager, row: AppointmentEntity): Promise<AppointmentEntity> {
    return manager.save(AppointmentEntity, row);
  }

  async delete(manager: EntityManager, row: AppointmentEntity): Promise<void> {
    await manager.delete(AppointmentEntity, { id: row.id, clinicId: row.clinicId });
  }

  // ---------------------------------------------------------------- lists with names

  inRange(clinicId: string, from: string, to: string): Promise<ListedAppointment[]> {
    return this.listed(this.dataSource.manager, (q) =>
      q.where('a.clinic_id = :clinicId AND a.local_date BETWEEN :from AND :to', { clinicId, from, to }).orderBy('a.starts_at', 'ASC'),
    );
  }

  inClinic(clinicId: string, ids: readonly string[]): Promise<ListedAppointment[]> {
    return this.listed(this.dataSource.manager, (q) => q.where('a.clinic_id = :clinicId AND a.id = ANY(:ids)', { clinicId, ids }).orderBy('a.starts_at', 'ASC'));
  }

  byIds(manager: EntityManager, ids: readonly string[]): Promise<ListedAppointment[]> {
    return this.listed(manager, (q) => q.where('a.id = ANY(:ids)', { ids }).orderBy('a.starts_at', 'ASC'));
  }

  /** One client's appointments at every clinic of the organization, newest first. */
  ofClient(organizationId: string, clientId: string): Promise<ListedAppointment[]> {
    return this.listed(this.dataSource.manager, (q) =>
      q.where('a.organization_id = :organizationId AND a.client_id = :clientId', { organizationId, clientId }).orderBy('a.starts_at', 'DESC'),
    );
  }

  /** What the portal shows the client: released, not cancelled, soonest first. */
  releasedToClient(organizationId: string, clientId: string, manager: EntityManager = this.dataSource.manager): Promise<ListedAppointment[]> {
    return this.listed(manager, (q) =>
      q
        .where('a.organization_id = :organizationId AND a.client_id = :clientId', { organizationId, clientId })
        .andWhere('a.released AND a.status <> :cancelled', { cancelled: 'cancelled' })
        .orderBy('a.starts_at', 'ASC'),
    );
  }

  /** Of the given (organization, client) pairs, those with at least one appointment not cancelled, as `org:client` keys. */
  async withLiveAppointments(pairs: readonly { organizationId: string; clientId: string }[]): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    const rows: { organization_id: string; client_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT a.organization_id, a.client_id
         FROM appointments a
         JOIN unnest($1::uuid[], $2::uuid[]) AS p(organization_id, client_id)
           ON p.organization_id = a.organization_id AND p.client_id = a.client_id
        WHERE a.status <> 'cancelled'`,
      [pairs.map((p) => p.organizationId), pairs.map((p) => p.clientId)],
    );
    return new Set(rows.map((r) => `${r.organization_id}:${r.client_id}`));
  }

  private async listed(
    manager: EntityManager,
    scope: (q: SelectQueryBuilder<AppointmentEntity>) => SelectQueryBuilder<AppointmentEntity>,
  ): Promise<ListedAppointment[]> {
    const query = manager
      .createQueryBuilder(AppointmentEntity, 'a')
      .innerJoin(ClinicEntity, 'k', 'k.id = a.clinic_id')
      .innerJoin(AppointmentTypeEntity, 't', 't.id = a.appointment_type_id')
      .leftJoin(ClientEntity, 'c', 'c.id = a.client_id')
      .leftJoin(CapacityRuleEntity, 'r', 'r.id = a.capacity_rule_id')
      .addSelect(['k.name AS clinic_name', 't.name AS type_name', 'c.display_name AS client_name', 'c.kind AS client_kind', 'r.label AS capacity_label']);
    const { entities, raw } = await scope(query).addOrderBy('a.id', 'ASC').getRawAndEntities<JoinedColumns>();
    const joined = new Map(raw.map((r) => [r.a_id, r]));
    return entities.map((row) => {
      const j = joined.get(row.id) as JoinedColumns;
      return {
        row,
        clinicName: j.clinic_name,
        typeName: j.type_name,
        client: j.client_name !== null && j.client_kind !== null ? { name: j.client_name, kind: j.client_kind } : null,
        capacityLabel: j.capacity_label,
      };
    });
  }
}
