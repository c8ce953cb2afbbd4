import { Injectable } from '@nestjs/common';
import {
  APPOINTMENT_CATEGORIES,
  AppError,
  ERROR_CODES,
  HOLDING_STATUSES,
  SCHEDULING_EVENTS,
  appointmentSnapshotSchema,
  type Appointment,
  type AppointmentAction,
  type AppointmentAnimalData,
  type AppointmentCategory,
  type AppointmentSource,
  type BookAppointmentData,
  type BookedAppointments,
  type Calendar,
  type CalendarQuery,
  type EventDefinition,
  type StaffActor,
} from '@tailwise/contracts';
import { enqueueEvent } from '@tailwise/messaging';
import type { EntityManager } from 'typeorm';
import { ClinicSetupRepository, type SetupRows } from '../clinic-setup/clinic-setup.repository';
import { toCapacityRule, toWeek } from '../clinic-setup/setup-records';
import type { ClinicEntity } from '../clinics/clinic.entity';
import { ClinicsRepository } from '../clinics/clinics.repository';
import { clinicNotFound, requireManageSchedule } from '../common/access';
import { DirectoryRepository } from '../directory/directory.repository';
import { placeAnimal, remainingPlaces, type CapacityRule } from '../rules/capacity';
import { clinicDay, closedDayReason, datesInRange, localInstant, weeklyHoursFromDays } from '../rules/clinic-days';
import type { AppointmentEntity } from './appointment.entity';
import { NO_ANIMAL, animalColumns, capacityAnimal, toAnimal, toAppointment, toSnapshot } from './appointment-records';
import { notScheduledReason, transition } from './appointment-status';
import { AppointmentsRepository, type ListedAppointment } from './appointments.repository';

/** A booking as every source makes it: staff, an accepted request, or self-scheduling. */
export type BookingOrder = Omit<BookAppointmentData, 'release'> & {
  organizationId: string;
  source: AppointmentSource;
  released: boolean;
  /** The staff user who booked or accepted; null when the client booked in the portal. */
  createdByUserId: string | null;
};

const ACTION_EVENTS = {
  'check-in': SCHEDULING_EVENTS.appointmentCheckedIn,
  'check-out': SCHEDULING_EVENTS.appointmentCheckedOut,
  cancel: SCHEDULING_EVENTS.appointmentCancelled,
  'no-show': SCHEDULING_EVENTS.appointmentNoShow,
} as const;

/**
 * The calendar of one clinic of the caller's organization. Reads are for any staff; writes need
 * "manage schedule". Every write that takes or moves a surgery place holds the clinic's row
 * until commit, so the day's places are counted and taken in turn: two bookings of the last
 * place cannot both see it free.
 */
@Injectable()
export class AppointmentsService {
  constructor(
    private readonly clinics: ClinicsRepository,
    private readonly setup: ClinicSetupRepository,
    private readonly directory: DirectoryRepository,
    private readonly appointments: AppointmentsRepository,
  ) {}

  // ---------------------------------------------------------------- reads

  async calendar(actor: StaffActor, clinicId: string, range: CalendarQuery): Promise<Calendar> {
    // Read at once (pooled connections); nothing is returned unless the clinic is the actor's.
    const [clinic, setup, listed] = await Promise.all([
      this.findClinic(actor, clinicId),
      this.setup.load(clinicId),
      this.appointments.inRange(clinicId, range.from, range.to),
    ]);
    const hours = weeklyHoursFromDays(toWeek(setup.hours).days);
    const rules = setup.capacityRules.map(toCapacityRule);
    // One pass over the appointments: per day, the holding ones by category and by capacity rule.
    const tallies = new Map<string, { counts: Map<string, number>; byRule: Map<string | null, number> }>();
    for (const { row } of listed) {
      if (!HOLDING_STATUSES.includes(row.status)) continue;
      let tally = tallies.get(row.localDate);
      if (!tally) tallies.set(row.localDate, (tally = { counts: new Map(), byRule: new Map() }));
      tally.counts.set(row.category, (tally.counts.get(row.category) ?? 0) + 1);
      tally.byRule.set(row.capacityRuleId, (tally.byRule.get(row.capacityRuleId) ?? 0) + 1);
    }
    const days = datesInRange(range.from, range.to).map((date) => {
      const day = clinicDay(clinic.timeZone, date, hours, setup.closures);
      const tally = tallies.get(date);
      const counts = Object.fromEntries(APPOINTMENT_CATEGORIES.map((c) => [c, tally?.counts.get(c) ?? 0]));
      return {
        date,
        open: day.open,
        closedReason: closedDayReason(day),
        opens: day.open ? day.opens.toFormat('HH:mm') : null,
        closes: day.open ? day.closes.toFormat('HH:mm') : null,
        counts: counts as Record<AppointmentCategory, number>,
        capacity: rules.map((r) => ({ ruleId: r.id, label: r.label, limit: r.limit, booked: tally?.byRule.get(r.id) ?? 0 })),
      };
    });
    return { days, appointments: listed.map(toListedAppointment) };
  }

  async get(actor: StaffActor, clinicId: string, appointmentId: string): Promise<Appointment> {
    const clinic = await this.findClinic(actor, clinicId);
    const [listed] = await this.appointments.inClinic(clinic.id, [appointmentId]);
    if (!listed) throw appointmentNotFound();
    return toListedAppointment(listed);
  }

  async ofClient(actor: StaffActor, clientId: string): Promise<Appointment[]> {
    if (!(await this.directory.findClient(actor.organizationId, clientId))) throw AppError.notFound('Client');
    return (await this.appointments.ofClient(actor.organizationId, clientId)).map(toListedAppointment);
  }

  // ---------------------------------------------------------------- booking

  /** One appointment, or `places` surgery places of a volume client (one appointment each). */
  book(actor: StaffActor, clinicId: string, input: BookAppointmentData): Promise<BookedAppointments> {
    return this.write(actor, clinicId, async (manager, clinic) => {
      const { release, ...order } = input;
      const rows = await this.bookWithin(manager, clinic, { ...order, organizationId: actor.organizationId, source: 'staff', released: release, createdByUserId: actor.userId });
      return { appointments: (await this.appointments.byIds(manager, rows.map((r) => r.id))).map(toListedAppointment) };
    });
  }

  /**
   * Books under the caller's transaction, which must hold the clinic's row: staff bookings,
   * accepted requests and self-scheduling all go through these same rules (closed day,
   * capacity, disabled client, active type and animal). A caller that has loaded the clinic's
   * setup in this transaction passes it as `loaded` rather than have it read again.
   */
  async bookWithin(manager: EntityManager, clinic: ClinicEntity, order: BookingOrder, loaded?: SetupRows): Promise<AppointmentEntity[]> {
    const client = await this.directory.findClient(order.organizationId, order.clientId, manager);
    if (!client) throw AppError.notFound('Client');
    if (client.status === 'disabled') {
      const message = `${client.displayName} is disabled: enable the client before booking`;
      throw new AppError(ERROR_CODES.CONFLICT, message, { issues: [{ path: 'clientId', message }] });
    }
    const setup = loaded ?? (await this.setup.load(clinic.id, manager));
    const type = setup.appointmentTypes.find((t) => t.id === order.appointmentTypeId);
    if (!type?.active) {
      const message = type ? 'This appointment type is inactive' : 'No such appointment type at this clinic';
      throw AppError.validation([{ path: 'appointmentTypeId', message }]);
    }
    const volume = client.kind === 'volume';
    const surgery = type.category === 'surgery';
    const byStaff = order.source === 'staff';
    const issues = [];
    // Staff book an individual client's visit for one of its animals. A pet owner asking or
    // booking in the portal need not name one (the portal may not know the animals yet, or the
    // visit is for a new pet): staff set the animal at the clinic.
    if (byStaff && !volume && !order.animalId) issues.push({ path: 'animalId', message: 'Choose the animal this appointment is for' });
    if (order.places !== undefined && !(volume && surgery)) {
      issues.push({ path: 'places', message: "Places are booked only for volume clients' surgery appointments" });
    }
    // Portal bookings are released to their own client by nature; staff release only volume clients'.
    if (byStaff && order.released && !volume) issues.push({ path: 'release', message: "Only volume clients' appointments are released to the portal" });
    if (issues.length > 0) throw AppError.validation(issues);

    let animal: AppointmentAnimalData | null = null;
    if (order.animalId) {
      const found = await this.directory.findAnimal(manager, order.organizationId, client.id, order.animalId);
      if (found?.status !== 'active') throw AppError.validation([{ path: 'animalId', message: 'No such active animal of this client' }]);
      animal = { name: found.name, species: found.species, sex: found.sex, weightKg: found.weightKg, arrivingInTrap: found.arrivingInTrap };
    }
    requireOpen(clinic, setup, order.date);
    if (surgery && !animal && !byStaff && setup.capacityRules.length > 0) {
      throw AppError.validation([{ path: 'animalId', message: 'Choose the animal: surgery places are counted by animal' }]);
    }
    const places = surgery ? await this.newPlaces(manager, clinic.id, setup, order, animal) : [null];

    const startsAt = localInstant(clinic.timeZone, order.date, order.startTime);
    const durationMinutes = order.durationMinutes ?? type.defaultDurationMinutes;
    const rows = await this.appointments.insert(
      manager,
      places.map((capacityRuleId) => ({
        organizationId: order.organizationId,
        clinicId: clinic.id,
        clientId: client.id,
        appointmentTypeId: type.id,
        category: type.category,
        localDate: order.date,
        startTime: order.startTime,
        durationMinutes,
        startsAt: startsAt.toJSDate(),
        endsAt: startsAt.plus({ minutes: durationMinutes }).toJSDate(),
        status: 'scheduled',
        released: order.released,
        capacityRuleId,
        ...(animal ? animalColumns(order.animalId ?? null, animal) : NO_ANIMAL),
        notes: order.notes,
        source: order.source,
        checkedInAt: null,
        checkedOutAt: null,
        revision: 1,
        createdByUserId: order.createdByUserId,
      })),
    );
    for (const row of rows) await enqueueEvent(manager, SCHEDULING_EVENTS.appointmentBooked, toSnapshot(row));
    return rows;
  }

  /**
   * The capacity rule of each new surgery appointment. An animal goes where it matches; places
   * with no animal yet go in the chosen rule. A clinic with no rules has no surgery limit.
   */
  private async newPlaces(
    manager: EntityManager,
    clinicId: string,
    setup: SetupRows,
    input: Pick<BookingOrder, 'places' | 'capacityRuleId' | 'date'>,
    animal: AppointmentAnimalData | null,
  ): Promise<(string | null)[]> {
    const count = input.places ?? 1;
    const rules = setup.capacityRules.map(toCapacityRule);
    if (rules.length === 0) {
      if (input.capacityRuleId) throw AppError.validation([{ path: 'capacityRuleId', message: 'This clinic has no surgery categories' }]);
      return Array<null>(count).fill(null);
    }
    const held = await this.appointments.placesHeldOn(manager, clinicId, input.date, null);
    if (animal) {
      const placement = placeAnimal(rules, held, { ruleId: null }, capacityAnimal(animal));
      if (!placement.ok) throw conflict(placement.reason, 'animalId');
      return [placement.ruleId];
    }
    const rule = rules.find((r) => r.id === input.capacityRuleId);
    if (!rule) {
      const message = input.capacityRuleId ? 'No such surgery category at this clinic' : 'Choose the surgery category of this place';
      throw AppError.validation([{ path: 'capacityRuleId', message }]);
    }
    const left = Math.max(0, remainingPlaces(rules, held).get(rule.id) ?? 0);
    if (left < count) {
      const message = left === 0 ? `“${rule.label}” has no places left on ${input.date}` : `Only ${left} place(s) left in “${rule.label}” on ${input.date}`;
      throw conflict(message, input.places === undefined ? 'capacityRuleId' : 'places');
    }
    return Array<string>(count).fill(rule.id);
  }

  // ---------------------------------------------------------------- changes

  /** To another date or time; a surgery place must fit the new day's capacity. */
  move(actor: StaffActor, clinicId: string, appointmentId: string, move: { date: string; startTime: string; durationMinutes?: number }): Promise<Appointment> {
    return this.write(actor, clinicId, async (manager, clinic) => {
      const row = await this.requireAppointment(manager, clinic.id, appointmentId);
      const refusal = notScheduledReason(row.status, 'it cannot be moved');
      if (refusal) throw conflict(refusal, 'date');
      const setup = await this.setup.load(clinic.id, manager);
      requireOpen(clinic, setup, move.date);
      if (row.category === 'surgery' && move.date !== row.localDate) {
        row.capacityRuleId = await this.placeOnNewDay(manager, setup.capacityRules.map(toCapacityRule), row, move.date);
      }
      const startsAt = localInstant(clinic.timeZone, move.date, move.startTime);
      row.localDate = move.date;
      row.startTime = move.startTime;
      row.durationMinutes = move.durationMinutes ?? row.durationMinutes;
      row.startsAt = startsAt.toJSDate();
      row.endsAt = startsAt.plus({ minutes: row.durationMinutes }).toJSDate();
      return this.commit(manager, row, SCHEDULING_EVENTS.appointmentMoved);
    });
  }

  /** The appointment's place on another day (its own place on the old day is not counted there). */
  private async placeOnNewDay(manager: EntityManager, rules: CapacityRule[], row: AppointmentEntity, date: string): Promise<string | null> {
    if (rules.length === 0) return null;
    const held = await this.appointments.placesHeldOn(manager, row.clinicId, date, row.id);
    const rule = rules.find((r) => r.id === row.capacityRuleId);
    if (rule) {
      if ((remainingPlaces(rules, held).get(rule.id) ?? 0) > 0) return rule.id;
      throw conflict(`“${rule.label}” has no places left on ${date}`, 'date');
    }
    const animal = toAnimal(row);
    // A place whose rule was removed, with no animal yet, has nothing to hold until one is set.
    if (!animal) return null;
    const placement = placeAnimal(rules, held, { ruleId: null }, capacityAnimal(animal));
    if (!placement.ok) throw conflict(placement.reason, 'date');
    return placement.ruleId;
  }

  act(actor: StaffActor, clinicId: string, appointmentId: string, action: AppointmentAction): Promise<Appointment> {
    return this.write(actor, clinicId, async (manager, clinic) => {
      const row = await this.requireAppointment(manager, clinic.id, appointmentId);
      const next = transition(row.status, action);
      if (!next.ok) throw new AppError(ERROR_CODES.CONFLICT, next.reason, { reason: 'status', status: row.status });
      row.status = next.status;
      if (action === 'check-in') row.checkedInAt = new Date();
      if (action === 'check-out') row.checkedOutAt = new Date();
      return this.commit(manager, row, ACTION_EVENTS[action]);
    });
  }

  /** Shows volume clients' appointments in their portal. Releasing one already released changes nothing. */
  release(actor: StaffActor, clinicId: string, appointmentIds: string[]): Promise<BookedAppointments> {
    return this.write(actor, clinicId, async (manager, clinic) => {
      const ids = [...new Set(appointmentIds)];
      const rows = await this.appointments.findMany(manager, clinic.id, ids);
      if (rows.length < ids.length) throw appointmentNotFound();
      const clients = new Map((await this.directory.findClients(rows.map((r) => r.clientId), manager)).map((c) => [c.id, c]));
      const issues = [];
      if (rows.some((r) => clients.get(r.clientId)?.kind !== 'volume')) {
        issues.push({ path: 'appointmentIds', message: "Only volume clients' appointments are released to the portal" });
      }
      if (rows.some((r) => r.status === 'cancelled')) issues.push({ path: 'appointmentIds', message: 'A cancelled appointment cannot be released' });
      if (issues.length > 0) throw AppError.validation(issues);
      for (const row of rows.filter((r) => !r.released)) {
        row.released = true;
        row.revision += 1;
        await this.appointments.save(manager, row);
        await enqueueEvent(manager, SCHEDULING_EVENTS.appointmentReleased, toSnapshot(row));
      }
      return { appointments: (await this.appointments.byIds(manager, ids)).map(toListedAppointment) };
    });
  }

  setAnimal(actor: StaffActor, clinicId: string, appointmentId: string, animal: AppointmentAnimalData): Promise<Appointment> {
    return this.write(actor, clinicId, async (manager, clinic) => {
      const row = await this.requireAppointment(manager, clinic.id, appointmentId);
      const refusal = notScheduledReason(row.status, 'its animal can no longer be changed');
      if (refusal) throw conflict(refusal, 'animal');
      await this.assignAnimal(manager, row, animal);
      return this.describe(manager, row);
    });
  }

  /**
   * Sets the animal of a scheduled appointment (the caller holds the clinic's row). A surgery
   * appointment keeps its place when the animal fits its category, moves to the category the
   * animal fits when that has room, and is otherwise refused: never left without a place.
   */
  async assignAnimal(manager: EntityManager, row: AppointmentEntity, animal: AppointmentAnimalData): Promise<void> {
    if (row.category === 'surgery') {
      const rules = (await this.setup.listRules(manager, row.clinicId)).map(toCapacityRule);
      if (rules.length > 0) {
        const held = await this.appointments.placesHeldOn(manager, row.clinicId, row.localDate, null);
        const placement = placeAnimal(rules, held, { id: row.id, ruleId: row.capacityRuleId }, capacityAnimal(animal));
        if (!placement.ok) throw conflict(placement.reason, 'animal');
        row.capacityRuleId = placement.ruleId;
      }
    }
    // Details given here describe the animal as they are; they no longer follow a directory animal.
    Object.assign(row, animalColumns(null, animal));
    row.revision += 1;
    await this.appointments.save(manager, row);
    await enqueueEvent(manager, SCHEDULING_EVENTS.appointmentAnimalSet, toSnapshot(row));
  }

  // ---------------------------------------------------------------- the common parts

  private async findClinic(actor: StaffActor, clinicId: string): Promise<ClinicEntity> {
    const clinic = await this.clinics.find(actor.organizationId, clinicId);
    if (!clinic) throw clinicNotFound();
    return clinic;
  }

  private async requireAppointment(manager: EntityManager, clinicId: string, id: string): Promise<AppointmentEntity> {
    const row = await this.appointments.find(manager, clinicId, id);
    if (!row) throw appointmentNotFound();
    return row;
  }

  private async commit(manager: EntityManager, row: AppointmentEntity, event: EventDefinition<string, typeof appointmentSnapshotSchema>): Promise<Appointment> {
    row.revision += 1;
    await this.appointments.save(manager, row);
    await enqueueEvent(manager, event, toSnapshot(row));
    return this.describe(manager, row);
  }

  private async describe(manager: EntityManager, row: AppointmentEntity): Promise<Appointment> {
    const [listed] = await this.appointments.byIds(manager, [row.id]);
    return toListedAppointment(listed);
  }

  private async write<T>(actor: StaffActor, clinicId: string, work: (manager: EntityManager, clinic: ClinicEntity) => Promise<T>): Promise<T> {
    requireManageSchedule(actor);
    return this.appointments.transaction(async (manager) => {
      const clinic = await this.clinics.lock(manager, actor.organizationId, clinicId);
      if (!clinic) throw clinicNotFound();
      return work(manager, clinic);
    });
  }
}

/** A client no longer in the directory (deleted in the clients service) keeps its appointments under this name. */
const REMOVED_CLIENT = { name: 'Removed client', kind: 'individual' } as const;

export function toListedAppointment(a: ListedAppointment): Appointment {
  const client = a.client ?? REMOVED_CLIENT;
  return toAppointment(a.row, { typeName: a.typeName, clientName: client.name, clientKind: client.kind, capacityLabel: a.capacityLabel });
}

/** Refused (409) on a closed day, with the reason in words. */
export function requireOpen(clinic: ClinicEntity, setup: SetupRows, date: string): void {
  const day = clinicDay(clinic.timeZone, date, weeklyHoursFromDays(toWeek(setup.hours).days), setup.closures);
  const reason = closedDayReason(day);
  if (reason) throw conflict(reason, 'date');
}

export function conflict(message: string, path: string): AppError {
  return new AppError(ERROR_CODES.CONFLICT, message, { issues: [{ path, message }] });
}

export const appointmentNotFound = (): AppError => AppError.notFound('Appointment');
