import { AppError, CLIENTS_EVENTS, animalInputSchema, individualClientInputSchema, type AnimalData } from '@tailwise/contracts';
import { FakeStore, ORG_B, staff } from '../../test/fakes';
import { ClientsService } from '../clients/clients.service';
import type { HistoryService } from '../history/history.service';
import { AnimalsService } from './animals.service';

const animal = (overrides: Record<string, unknown> = {}): AnimalData =>
  animalInputSchema.parse({ name: 'Juniper', species: 'cat', sex: 'female', altered: 'intact', microchip: '985112233445566', weightKg: 3.6, ...overrides });

async function setUp() {
  const store = new FakeStore();
  const history = store.historyService() as HistoryService;
  const clients = new ClientsService(store.clientsRepository(), store.animalsRepository(), history, store.visitsRepository());
  const service = new AnimalsService(store.animalsRepository(), store.clientsRepository(), history);
  const owner = await clients.create(staff(), individualClientInputSchema.parse({ kind: 'individual', firstName: 'Ada', lastName: 'Aames' }));
  store.events = [];
  store.history = [];
  return { store, service, clients, owner };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('AnimalsService', () => {
  it('adds an animal to a client of the organization, with history and animalCreated', async () => {
    const { store, service, clients, owner } = await setUp();
    const created = await service.create(staff(), owner.id, animal());
    expect(created).toMatchObject({ clientId: owner.id, name: 'Juniper', microchip: '985112233445566', dateOfBirth: null, estimatedAgeMonths: null, weightKg: 3.6 });
    expect(store.history).toEqual([expect.objectContaining({ clientId: owner.id, animalId: created.id, action: 'animal.created', actorName: 'Robin Vet' })]);
    expect(store.events.map((e) => [e.subject, e.data])).toEqual([
      [
        CLIENTS_EVENTS.animalCreated.subject,
        { clientId: owner.id, organizationId: expect.any(String), animalId: created.id, name: 'Juniper', species: 'cat', sex: 'female', weightKg: 3.6, arrivingInTrap: false, status: 'active' },
      ],
    ]);
    expect((await clients.get(staff(), owner.id)).animalCount).toBe(1);
  });

  it("refuses another organization's client as NOT_FOUND, and writes without permission as FORBIDDEN", async () => {
    const { store, service, owner } = await setUp();
    expect((await rejection(service.create(staff({ organizationId: ORG_B }), owner.id, animal()))).code).toBe('NOT_FOUND');
    expect((await rejection(service.create(staff({ permissions: [] }), owner.id, animal()))).code).toBe('FORBIDDEN');
    expect(store.animals.size).toBe(0);
    expect(store.events).toEqual([]);
  });

  it('a microchip another animal has is a 409 naming microchip, and nothing is kept', async () => {
    const { store, service, owner } = await setUp();
    const first = await service.create(staff(), owner.id, animal());
    const taken = await rejection(service.create(staff(), owner.id, animal({ name: 'Copycat' })));
    expect(taken.code).toBe('CONFLICT');
    expect(taken.details).toEqual({ issues: [{ path: 'microchip', message: expect.stringMatching(/microchip/) }] });
    // Keeping its own chip is no conflict.
    await expect(service.update(staff(), first.id, animal({ name: 'Juniper Jr' }))).resolves.toMatchObject({ name: 'Juniper Jr' });
    expect(store.animals.size).toBe(1);
    expect(store.history.map((h) => h.action)).toEqual(['animal.created', 'animal.updated']);
  });

  it('two animals racing for one chip: the index refuses the second, also as a 409 naming microchip', async () => {
    const { store, service, owner } = await setUp();
    store.failNextChip = true;
    const error = await rejection(service.create(staff(), owner.id, animal()));
    expect(error).toMatchObject({ code: 'CONFLICT', details: { issues: [{ path: 'microchip', message: expect.any(String) }] } });
    expect(store.animals.size).toBe(0);
    expect(store.history).toEqual([]);
    expect(store.events).toEqual([]);
  });

  it('an edit records its field changes and publishes animalUpdated; saving unchanged does neither', async () => {
    const { store, service, owner } = await setUp();
    const created = await service.create(staff(), owner.id, animal());
    const updated = await service.update(staff(), created.id, animal({ status: 'deceased', altered: 'altered', weightKg: 3.9 }));
    expect(updated).toMatchObject({ id: created.id, status: 'deceased', altered: 'altered', weightKg: 3.9 });
    await service.update(staff(), created.id, animal({ status: 'deceased', altered: 'altered', weightKg: 3.9 }));
    expect(store.history.map((h) => [h.action, h.changes ?? null])).toEqual([
      ['animal.created', null],
      ['animal.updated', { altered: { from: 'intact', to: 'altered' }, weightKg: { from: 3.6, to: 3.9 }, status: { from: 'active', to: 'deceased' } }],
    ]);
    expect(store.eventsOf(CLIENTS_EVENTS.animalUpdated.subject).map((e) => e.data)).toEqual([
      expect.objectContaining({ animalId: created.id, sex: 'female', weightKg: 3.9, arrivingInTrap: false, status: 'deceased' }),
    ]);
    expect((await rejection(service.update(staff({ organizationId: ORG_B }), created.id, animal()))).code).toBe('NOT_FOUND');
  });
});
