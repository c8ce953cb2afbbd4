import { randomUUID } from 'node:crypto';
import type { JetStreamClient } from 'nats';
import type { DataSource } from 'typeorm';
import {
  ALL_STAFF_PERMISSIONS,
  AppError,
  CLIENTS_SUBJECTS,
  SCHEDULING_EVENTS,
  deleteRefusalSchema,
  type AppointmentSnapshot,
  type Client,
  type ClientInput,
  type EventEnvelope,
  type StaffActor,
} from '@tailwise/contracts';
import { startServiceHarness, type ServiceHarness } from '@tailwise/service-testing';
import { waitFor } from '@tailwise/testing';
import { AppModule } from '../src/app.module';
import { loadClientsConfig, type ClientsConfig } from '../src/config';
import { APPOINTMENT_VISITS_CONSUMER } from '../src/visits/visits.service';

// Scheduling's appointment events, published on JetStream as scheduling's outbox relay
// publishes them, reaching the clients service's copy: visit dates and the delete rule.

type AppointmentEvent = (typeof SCHEDULING_EVENTS)[Exclude<keyof typeof SCHEDULING_EVENTS, 'anyAppointmentChange'>];

function staff(organizationId: string): StaffActor {
  return { kind: 'staff', userId: randomUUID(), organizationId, permissions: [...ALL_STAFF_PERMISSIONS], name: 'Robin Vet' };
}

describe('appointment visits (scheduling events → clients, PostgreSQL + NATS)', () => {
  let harness: ServiceHarness<ClientsConfig>;
  let dataSource: DataSource;
  let js: JetStreamClient;
  let today: string;

  beforeAll(async () => {
    harness = await startServiceHarness({ name: 'clients', loadConfig: loadClientsConfig, module: (config) => AppModule.forRoot(config) });
    ({ dataSource } = harness);
    js = harness.nc.jetstream();
    // "Today" as the database sees it: the visit-date query compares with current_date.
    [{ today }] = await dataSource.query(`SELECT current_date::text AS today`);
  });

  afterAll(() => harness?.close());

  const day = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  const call = <T>(subject: string, actor: StaffActor, data: unknown) => harness.rpc.request<T>(subject, actor, data);
  const get = (actor: StaffActor, clientId: string) => call<Client>(CLIENTS_SUBJECTS.get, actor, { clientId });
  const create = (actor: StaffActor) =>
    call<Client>(CLIENTS_SUBJECTS.create, actor, { kind: 'individual', firstName: 'Noor', lastName: `Haddad${randomUUID().slice(0, 6)}` } satisfies ClientInput);

  async function refused(promise: Promise<unknown>): Promise<AppError> {
    const error = await promise.then(() => null, (e: unknown) => e);
    if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
    return error;
  }

  /** An appointment of the client at revision 1 (booked); `change` makes the later snapshots. */
  function appointment(client: Client, actor: StaffActor, date: string): AppointmentSnapshot {
    return {
      appointmentId: randomUUID(),
      organizationId: actor.organizationId,
      clinicId: randomUUID(),
      clientId: client.id,
      date,
      startsAt: `${date}T15:00:00.000Z`,
      category: 'surgery',
      status: 'scheduled',
      released: false,
      deleted: false,
      revision: 1,
    };
  }

  const change = (before: AppointmentSnapshot, fields: Partial<AppointmentSnapshot>): AppointmentSnapshot => ({
    ...before,
    ...fields,
    revision: before.revision + 1,
  });

  /** Publishes the events in this order and waits until the consumer has taken each of them. */
  async function publish(...events: [AppointmentEvent, AppointmentSnapshot][]): Promise<void> {
    const ids: string[] = [];
    for (const [definition, data] of events) {
      const envelope: EventEnvelope<AppointmentSnapshot> = {
        id: randomUUID(),
        subject: definition.subject,
        version: definition.version,
        occurredAt: new Date().toISOString(),
        data,
      };
      await js.publish(envelope.subject, Buffer.from(JSON.stringify(envelope)), { msgID: envelope.id });
      ids.push(envelope.id);
    }
    await waitFor(
      async () => {
        const [{ count }] = await dataSource.query(
          `SELECT count(*)::int AS count FROM processed_events WHERE consumer = $1 AND event_id = ANY($2::uuid[])`,
          [APPOINTMENT_VISITS_CONSUMER, ids],
        );
        return count === ids.length;
      },
      { description: 'the appointment-visits consumer to take every event' },
    );
  }

  it('the last checked-out visit and the next booked one; cancelled, deleted and past ones are not coming', async () => {
    const actor = staff(randomUUID());
    const client = await create(actor);
    expect(client).toMatchObject({ lastVisitDate: null, nextVisitDate: null });

    const spay = appointment(client, actor, day(-10));
    const spayIn = change(spay, { status: 'checked-in' });
    const spayOut = change(spayIn, { status: 'checked-out' });
    const wellness = appointment(client, actor, day(7));
    const moved = change(wellness, { date: day(5), startsAt: `${day(5)}T16:00:00.000Z` });
    const cancelled = change(appointment(client, actor, day(2)), { status: 'cancelled' });
    const deleted = change(appointment(client, actor, day(1)), { deleted: true });
    const missed = change(appointment(client, actor, day(-3)), { status: 'no-show' });
    await publish(
      [SCHEDULING_EVENTS.appointmentBooked, spay],
      [SCHEDULING_EVENTS.appointmentCheckedIn, spayIn],
      [SCHEDULING_EVENTS.appointmentCheckedOut, spayOut],
      [SCHEDULING_EVENTS.appointmentBooked, wellness],
      [SCHEDULING_EVENTS.appointmentMoved, moved],
      [SCHEDULING_EVENTS.appointmentCancelled, cancelled],
      [SCHEDULING_EVENTS.appointmentDeleted, deleted],
      [SCHEDULING_EVENTS.appointmentNoShow, missed],
    );
    expect(await get(actor, client.id)).toMatchObject({ lastVisitDate: day(-10), nextVisitDate: day(5) });

    // The day's appointment, under way, is the next visit until it is checked out.
    const checkup = appointment(client, actor, day(0));
    const underWay = change(checkup, { status: 'checked-in' });
    await publish([SCHEDULING_EVENTS.appointmentBooked, checkup], [SCHEDULING_EVENTS.appointmentCheckedIn, underWay]);
    expect(await get(actor, client.id)).toMatchObject({ lastVisitDate: day(-10), nextVisitDate: day(0) });
    await publish([SCHEDULING_EVENTS.appointmentCheckedOut, change(underWay, { status: 'checked-out' })]);
    expect(await get(actor, client.id)).toMatchObject({ lastVisitDate: day(0), nextVisitDate: day(5) });

    // Another organization's appointment naming this client id is not this client's.
    await publish([SCHEDULING_EVENTS.appointmentBooked, { ...appointment(client, actor, day(3)), organizationId: randomUUID() }]);
    expect(await get(actor, client.id)).toMatchObject({ nextVisitDate: day(5) });
  });

  it('a redelivered or late event (a lower revision) never undoes a newer state', async () => {
    const actor = staff(randomUUID());
    const client = await create(actor);
    const booked = appointment(client, actor, day(9));
    const moved = change(booked, { date: day(4) });
    const checkedIn = change(moved, { status: 'checked-in' });
    const checkedOut = change(checkedIn, { status: 'checked-out' });
    // The newest first; only then the older ones, each as a fresh message (a replay, not a
    // duplicate id that JetStream or the processed-events table would drop).
    await publish([SCHEDULING_EVENTS.appointmentCheckedOut, checkedOut]);
    await publish(
      [SCHEDULING_EVENTS.appointmentBooked, booked],
      [SCHEDULING_EVENTS.appointmentCheckedIn, checkedIn],
      [SCHEDULING_EVENTS.appointmentMoved, moved],
    );
    expect(await get(actor, client.id)).toMatchObject({ lastVisitDate: day(4), nextVisitDate: null });
    const [row] = await dataSource.query(`SELECT local_date::text AS date, status, revision FROM client_appointments WHERE appointment_id = $1`, [
      booked.appointmentId,
    ]);
    expect(row).toEqual({ date: day(4), status: 'checked-out', revision: 4 });

    // A deleted appointment stays deleted when its booking arrives late.
    const gone = change(appointment(client, actor, day(6)), { deleted: true });
    await publish([SCHEDULING_EVENTS.appointmentDeleted, gone]);
    await publish([SCHEDULING_EVENTS.appointmentBooked, { ...gone, deleted: false, revision: 1 }]);
    expect(await get(actor, client.id)).toMatchObject({ nextVisitDate: null });
  });

  it('deleting a client with appointments is refused, naming them (cancelled ones count); deleted appointments do not', async () => {
    const actor = staff(randomUUID());
    const client = await create(actor);
    const booked = appointment(client, actor, day(3));
    await publish([SCHEDULING_EVENTS.appointmentBooked, booked], [SCHEDULING_EVENTS.appointmentCancelled, change(booked, { status: 'cancelled' })]);
    const error = await refused(call(CLIENTS_SUBJECTS.delete, actor, { clientId: client.id }));
    expect(error.code).toBe('CONFLICT');
    expect(deleteRefusalSchema.parse(error.details)).toEqual({ reason: 'has-records', records: { animals: 0, appointments: 1 }, suggestion: 'disable' });
    expect(error.message).toMatch(/\(1 appointment\).*Disable/);

    const other = await create(actor);
    const removed = change(appointment(other, actor, day(3)), { deleted: true });
    await publish([SCHEDULING_EVENTS.appointmentDeleted, removed]);
    expect(await call(CLIENTS_SUBJECTS.delete, actor, { clientId: other.id })).toBeNull();
    expect((await refused(get(actor, other.id))).code).toBe('NOT_FOUND');
  });
});
