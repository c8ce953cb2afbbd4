import { randomUUID } from 'node:crypto';
import {
  AppError,
  CLIENTS_EVENTS,
  deleteRefusalSchema,
  individualClientInputSchema,
  volumeClientInputSchema,
  type ClientData,
} from '@tailwise/contracts';
import { FakeStore, ORG_A, ORG_B, staff } from '../../test/fakes';
import { HistoryService } from '../history/history.service';
import type { ClientAppointmentEntity } from '../visits/client-appointment.entity';
import { ClientsService } from './clients.service';

const address = { line1: '1200 Larimer St', city: 'Denver', region: 'CO', postalCode: '80204' };
const individual = (overrides: Record<string, unknown> = {}): ClientData =>
  individualClientInputSchema.parse({ kind: 'individual', firstName: 'Theo', lastName: 'Marsh', email: 'theo@example.test', mobile: '(303) 555-0160', ...overrides });
const volume = (overrides: Record<string, unknown> = {}): ClientData =>
  volumeClientInputSchema.parse({
    kind: 'volume',
    organizationName: 'Mesa Cat Alliance',
    contactFirstName: 'Dana',
    contactLastName: 'Okafor',
    phones: [{ type: 'work', number: '(303) 555-0150' }],
    physicalAddress: address,
    ...overrides,
  });

function setUp() {
  const store = new FakeStore();
  const service = new ClientsService(store.clientsRepository(), store.animalsRepository(), store.historyService() as HistoryService, store.visitsRepository());
  return { store, service };
}

/** An appointment as scheduling's events left it in the clients service. */
function book(store: FakeStore, clientId: string, fields: Partial<ClientAppointmentEntity> = {}): void {
  const appointmentId = randomUUID();
  store.appointments.set(appointmentId, { appointmentId, organizationId: ORG_A, clientId, localDate: '2030-01-01', status: 'scheduled', deleted: false, revision: 1, ...fields });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('ClientsService', () => {
  describe('permissions', () => {
    it('refuses every write without "manage clients", writing nothing (the gateway checks first; this is the second check)', async () => {
      const { store, service } = setUp();
      const admin = staff();
      const created = await service.create(admin, individual());
      const reader = staff({ permissions: ['chats.read'] });
      for (const write of [
        () => service.create(reader, individual()),
        () => service.update(reader, created.id, individual({ lastName: 'Changed' })),
        () => service.disable(reader, created.id),
        () => service.enable(reader, created.id),
        () => service.delete(reader, created.id),
      ]) {
        expect((await rejection(write())).code).toBe('FORBIDDEN');
      }
      expect(store.clients.size).toBe(1);
      expect(store.events).toHaveLength(1);
      // Reading needs no permission beyond being staff of the organization.
      await expect(service.get(reader, created.id)).resolves.toMatchObject({ id: created.id });
    });
  });

  describe('create', () => {
    it('records who created it and tells other services, in the same transaction', async () => {
      const { store, service } = setUp();
      const actor = staff();
      const client = await service.create(actor, volume());
      expect(client).toMatchObject({ kind: 'volume', displayName: 'Mesa Cat Alliance', status: 'active', animalCount: 0, lastVisitDate: null, nextVisitDate: null });
      expect(store.history).toEqual([expect.objectContaining({ clientId: client.id, action: 'client.created', actorUserId: actor.userId, actorName: 'Robin Vet' })]);
      expect(store.events.map((e) => e.subject)).toEqual([CLIENTS_EVENTS.clientCreated.subject]);
      expect(store.events[0].data).toEqual({
        clientId: client.id,
        organizationId: actor.organizationId,
        kind: 'volume',
        displayName: 'Mesa Cat Alliance',
        email: null,
        primaryPhone: '(303) 555-0150',
        emergencyContactPhone: null,
        status: 'active',
      });
    });

    it('"Allow login?" is published for identity to send the claim email', async () => {
      const { store, service } = setUp();
      const client = await service.create(staff(), individual({ allowLogin: true }));
      expect(store.eventsOf(CLIENTS_EVENTS.clientLoginAllowed.subject).map((e) => e.data)).toEqual([
        { clientId: client.id, organizationId: expect.any(String), email: 'theo@example.test', firstName: 'Theo', lastName: 'Marsh' },
      ]);
    });
  });

  describe('update', () => {
    it('replaces the record and records the field changes', async () => {
      const { store, service } = setUp();
      const actor = staff();
      const created = await service.create(actor, individual({ alert: null }));
      const updated = await service.update(actor, created.id, individual({ lastName: 'Marsh-Holloway', mobile: '(303) 555-0161', alert: 'Anxious dog' }));
      expect(updated).toMatchObject({ displayName: 'Theo Marsh-Holloway', details: { lastName: 'Marsh-Holloway', alert: 'Anxious dog' } });
      const entry = store.history.find((h) => h.action === 'client.updated');
      expect(entry?.changes).toEqual({
        lastName: { from: 'Marsh', to: 'Marsh-Holloway' },
        mobile: { from: '(303) 555-0160', to: '(303) 555-0161' },
        alert: { from: null, to: 'Anxious dog' },
      });
      expect(store.eventsOf(CLIENTS_EVENTS.clientUpdated.subject).map((e) => (e.data as { displayName: string }).displayName)).toEqual(['Theo Marsh-Holloway']);
    });

    it('saving the same values is no change: no history, no event', async () => {
      const { store, service } = setUp();
      const created = await service.create(staff(), volume());
      await service.update(staff(), created.id, volume());
      expect(store.history.map((h) => h.action)).toEqual(['client.created']);
      expect(store.events).toHaveLength(1);
    });

    it('refuses to change the kind, naming `kind`', async () => {
      const { store, service } = setUp();
      const created = await service.create(staff(), volume());
      const error = await rejection(service.update(staff(), created.id, individual()));
      expect(error.code).toBe('VALIDATION');
      expect(error.details).toEqual({ issues: [{ path: 'kind', message: expect.stringContaining('volume') }] });
      expect(store.clients.get(created.id)?.kind).toBe('volume');
    });

    it("another organization's client is not found, and is left alone", async () => {
      const { store, service } = setUp();
      const created = await service.create(staff(), individual());
      const other = staff({ organizationId: ORG_B });
      for (const call of [
        () => service.get(other, created.id),
        () => service.update(other, created.id, individual({ firstName: 'Taken' })),
        () => service.disable(other, created.id),
        () => service.enable(other, created.id),
        () => service.delete(other, created.id),
      ]) {
        expect((await rejection(call())).code).toBe('NOT_FOUND');
      }
      expect(store.clients.get(created.id)).toMatchObject({ displayName: 'Theo Marsh', status: 'active' });
      expect(store.events).toHaveLength(1);
    });

    it('publishes "login allowed" when login becomes allowed or its email changes, not on other edits', async () => {
      const { store, service } = setUp();
      const created = await service.create(staff(), individual());
      await service.update(staff(), created.id, individual({ allowLogin: true }));
      await service.update(staff(), created.id, individual({ allowLogin: true, notes: 'Prefers mornings' }));
      await service.update(staff(), created.id, individual({ allowLogin: true, notes: 'Prefers mornings', email: 'theo.m@example.test' }));
      expect(store.eventsOf(CLIENTS_EVENTS.clientLoginAllowed.subject).map((e) => (e.data as { email: string }).email)).toEqual([
        'theo@example.test',
        'theo.m@example.test',
      ]);
    });
  });

  describe('disable and enable', () => {
    it('disable marks it with when, enable reverses it; each once, with history and an event', async () => {
      const { store, service } = setUp();
      const created = await service.create(staff(), individual());
      const disabled = await service.disable(staff(), created.id);
      expect(disabled).toMatchObject({ status: 'disabled', disabledAt: expect.any(String) });
      expect((await service.disable(staff(), created.id)).disabledAt).toBe(disabled.disabledAt);
      const enabled = await service.enable(staff(), created.id);
      expect(enabled).toMatchObject({ status: 'active', disabledAt: null });
      expect(store.history.map((h) => [h.action, h.changes])).toEqual([
        ['client.created', undefined],
        ['client.disabled', { status: { from: 'active', to: 'disabled' } }],
        ['client.enabled', { status: { from: 'disabled', to: 'active' } }],
      ]);
      expect(store.events.map((e) => e.subject)).toEqual([
        CLIENTS_EVENTS.clientCreated.subject,
        CLIENTS_EVENTS.clientDisabled.subject,
        CLIENTS_EVENTS.clientEnabled.subject,
      ]);
      expect(store.events[1].data).toEqual({ clientId: created.id, organizationId: expect.any(String), at: disabled.disabledAt });
    });
  });

  describe('visit dates', () => {
    it('the last checked-out appointment and the next booked or under way one, on every client returned', async () => {
      const { store, service } = setUp();
      const actor = staff();
      const created = await service.create(actor, individual());
      expect(created).toMatchObject({ lastVisitDate: null, nextVisitDate: null });
      const today = new Date().toISOString().slice(0, 10);
      book(store, created.id, { localDate: '2020-02-03', status: 'checked-out' });
      book(store, created.id, { localDate: '2020-05-06', status: 'checked-out', deleted: true });
      book(store, created.id, { localDate: '2020-04-01', status: 'no-show' });
      book(store, created.id, { localDate: '2020-04-02', status: 'scheduled' });
      book(store, created.id, { localDate: today, status: 'checked-in' });
      book(store, created.id, { localDate: '2999-01-01', status: 'scheduled' });
      const visits = { lastVisitDate: '2020-02-03', nextVisitDate: today };
      expect(await service.get(actor, created.id)).toMatchObject(visits);
      expect(await service.update(actor, created.id, individual({ notes: 'Prefers mornings' }))).toMatchObject(visits);
      expect(await service.disable(actor, created.id)).toMatchObject(visits);
    });
  });

  describe('delete', () => {
    it('is refused while the client has animals, saying what it has and offering Disable', async () => {
      const { store, service } = setUp();
      const created = await service.create(staff(), volume());
      for (const name of ['Juniper', 'Pickle']) {
        const id = `${name}-id`;
        store.animals.set(id, { id, clientId: created.id, organizationId: ORG_A, name } as never);
      }
      const error = await rejection(service.delete(staff(), created.id));
      expect(error.code).toBe('CONFLICT');
      expect(deleteRefusalSchema.parse(error.details)).toEqual({ reason: 'has-records', records: { animals: 2, appointments: 0 }, suggestion: 'disable' });
      expect(error.message).toMatch(/2 animals.*Disable/);
      expect(store.clients.has(created.id)).toBe(true);
      expect(store.eventsOf(CLIENTS_EVENTS.clientDeleted.subject)).toEqual([]);
    });

    it('is refused while the client has appointments, cancelled ones included; deleted ones no longer exist', async () => {
      const { store, service } = setUp();
      const kept = await service.create(staff(), individual());
      const gone = await service.create(staff(), individual({ lastName: 'Gone' }));
      book(store, kept.id, { status: 'cancelled' });
      book(store, gone.id, { deleted: true });
      const error = await rejection(service.delete(staff(), kept.id));
      expect(error.code).toBe('CONFLICT');
      expect(deleteRefusalSchema.parse(error.details).records).toEqual({ animals: 0, appointments: 1 });
      expect(error.message).toMatch(/\(1 appointment\).*Disable/);
      expect(store.clients.has(kept.id)).toBe(true);
      await service.delete(staff(), gone.id);
      expect(store.clients.has(gone.id)).toBe(false);
    });

    it('removes a client without records and publishes clientDeleted', async () => {
      const { store, service } = setUp();
      const created = await service.create(staff(), individual());
      await service.delete(staff(), created.id);
      expect(store.clients.has(created.id)).toBe(false);
      expect(store.eventsOf(CLIENTS_EVENTS.clientDeleted.subject).map((e) => e.data)).toEqual([{ clientId: created.id, organizationId: expect.any(String) }]);
      expect((await rejection(service.get(staff(), created.id))).code).toBe('NOT_FOUND');
    });
  });
});
