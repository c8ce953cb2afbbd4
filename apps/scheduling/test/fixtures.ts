import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  ALL_PORTAL_PERMISSIONS,
  ALL_STAFF_PERMISSIONS,
  AppError,
  CLIENTS_EVENTS,
  IDENTITY_EVENTS,
  SCHEDULING_SUBJECTS,
  type Actor,
  type AppointmentType,
  type ClinicCreated,
  type ClinicSetup,
  type ClosureInput,
  type EventDefinition,
  type PortalActor,
  type StaffActor,
  type WeeklyHours,
} from '@tailwise/contracts';
import { startServiceHarness, type ServiceHarness } from '@tailwise/service-testing';
import { waitFor } from '@tailwise/testing';
import type { z } from 'zod';
import { AppModule } from '../src/app.module';
import { loadSchedulingConfig, type SchedulingConfig } from '../src/config';

// What the scheduling integration specs share: the service as it runs (its AppModule on a fresh
// PostgreSQL database and a private nats-server with JetStream), called over NATS request-reply
// the way the gateway calls it, and fed the events of identity and the clients service.

export function staff(organizationId: string, overrides: Partial<StaffActor> = {}): StaffActor {
  return { kind: 'staff', userId: randomUUID(), organizationId, permissions: [...ALL_STAFF_PERMISSIONS], name: 'Robin Vet', ...overrides };
}

export function portalUser(link: { organizationId: string; clientId: string } | undefined, permissions: string[] = [...ALL_PORTAL_PERMISSIONS]): PortalActor {
  return { kind: 'portal', portalUserId: randomUUID(), portalAccountId: randomUUID(), permissions, link };
}

/** Weekly hours: `open` maps a weekday (1 = Monday … 7 = Sunday) to its opening and closing time; other days are closed. */
export const week = (open: Record<number, [string, string]>) => ({
  days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, hours: open[weekday] ? { opens: open[weekday][0], closes: open[weekday][1] } : null })),
});

/** The AppError a call was refused with; anything else (success included) fails the test. */
export async function refused(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/** The fields a refusal names in its issues, none when it names no field. */
export const pathsOf = (e: AppError) => ((e.details as { issues?: { path: string }[] } | undefined)?.issues ?? []).map((i) => i.path);

type ClientKind = 'individual' | 'volume';
interface AnimalData {
  name?: string;
  species?: 'cat' | 'dog' | 'ferret';
  sex?: 'female' | 'male';
  weightKg?: number | null;
  status?: 'active' | 'deceased';
}

/**
 * Boots scheduling before the tests of the describe block that calls it and closes it after them.
 * What it returns works once the tests run (not while the describe block is being collected).
 */
export function schedulingService() {
  let harness: ServiceHarness<SchedulingConfig> | undefined;
  beforeAll(async () => {
    harness = await startServiceHarness({ name: 'scheduling', loadConfig: loadSchedulingConfig, module: (config) => AppModule.forRoot(config) });
  });
  afterAll(() => harness?.close());

  const started = () => {
    if (!harness) throw new Error('scheduling is not running: use it inside a test or a hook');
    return harness;
  };

  const call = <T>(subject: string, actor: Actor, data: unknown) => started().rpc.request<T>(subject, actor, data);

  /** Publishes another service's event the way its outbox relay does. */
  async function publish<T extends z.ZodType>(definition: EventDefinition<string, T>, data: z.input<T>): Promise<void> {
    const envelope = { id: randomUUID(), subject: definition.subject, version: definition.version, occurredAt: new Date().toISOString(), data };
    await started().nc.jetstream().publish(envelope.subject, Buffer.from(JSON.stringify(envelope)), { msgID: envelope.id });
  }

  /** A row of scheduling's copy of the client directory, undefined until the event has been applied. */
  const rowOf = async (table: 'clients' | 'animals', id: string) =>
    ((await started().dataSource.query(`SELECT * FROM ${table} WHERE id = $1`, [id])) as Record<string, unknown>[])[0];

  /** Identity's clinic-created event, once scheduling knows the clinic; with a staff actor of its organization. */
  async function clinicCreated(data: Partial<ClinicCreated> = {}): Promise<ClinicCreated & { admin: StaffActor }> {
    const clinic: ClinicCreated = { clinicId: randomUUID(), organizationId: randomUUID(), name: 'Eastside Clinic', timeZone: 'America/Chicago', ...data };
    await publish(IDENTITY_EVENTS.clinicCreated, clinic);
    const admin = staff(clinic.organizationId);
    await waitFor(() => call<ClinicSetup>(SCHEDULING_SUBJECTS.setupGet, admin, { clinicId: clinic.clinicId }).then(() => true, () => false), {
      description: 'the clinic-created consumer to record the clinic',
    });
    return { ...clinic, admin };
  }

  /** A clinic from identity's event set up for booking: its weekly hours, a closure, and `appointmentType` to add the types a scenario books. */
  async function openClinic(data: Partial<ClinicCreated>, hours: WeeklyHours, closure: ClosureInput) {
    const clinic = await clinicCreated(data);
    const { clinicId, admin } = clinic;
    await call(SCHEDULING_SUBJECTS.hoursSet, admin, { clinicId, hours });
    await call(SCHEDULING_SUBJECTS.closureCreate, admin, { clinicId, closure });
    const appointmentType = (name: string, category: string, defaultDurationMinutes: number) =>
      call<AppointmentType>(SCHEDULING_SUBJECTS.appointmentTypeCreate, admin, { clinicId, appointmentType: { name, category, defaultDurationMinutes } });
    return { ...clinic, appointmentType };
  }

  /** The clients service's client-created event, once the client is in scheduling's directory; its id. */
  async function clientCreated(organizationId: string, kind: ClientKind = 'individual', displayName = kind === 'volume' ? 'Happy Paws Rescue' : 'Jamie Rivera') {
    const clientId = randomUUID();
    await publish(CLIENTS_EVENTS.clientCreated, { clientId, organizationId, kind, displayName, email: null, primaryPhone: null, emergencyContactPhone: null, status: 'active' });
    await waitFor(() => rowOf('clients', clientId), { description: `client ${displayName} in the directory` });
    return clientId;
  }

  /** The clients service's animal-created event (a 3.5 kg female cat unless `data` says otherwise), once it is in the directory; its id. */
  async function animalCreated(organizationId: string, clientId: string, data: AnimalData = {}) {
    const animalId = randomUUID();
    await publish(CLIENTS_EVENTS.animalCreated, { organizationId, clientId, animalId, name: 'Mittens', species: 'cat', sex: 'female', weightKg: 3.5, arrivingInTrap: false, status: 'active', ...data });
    await waitFor(() => rowOf('animals', animalId), { description: 'the animal in the directory' });
    return animalId;
  }

  /** The clients service's client-disabled event, once the directory has it. */
  async function clientDisabled(organizationId: string, clientId: string) {
    await publish(CLIENTS_EVENTS.clientDisabled, { clientId, organizationId, at: new Date().toISOString() });
    await waitFor(async () => (await rowOf('clients', clientId)).status === 'disabled', { description: 'the client disabled' });
  }

  return {
    get dataSource(): DataSource {
      return started().dataSource;
    },
    call,
    publish,
    rowOf,
    clinicCreated,
    openClinic,
    clientCreated,
    animalCreated,
    clientDisabled,
  };
}
