import { randomUUID } from 'node:crypto';
import type { JetStreamManager, NatsConnection } from 'nats';
import type { DataSource } from 'typeorm';
import {
  ALL_STAFF_PERMISSIONS,
  AppError,
  CLIENTS_EVENTS,
  CLIENTS_SUBJECTS,
  EVENTS_STREAM,
  deleteRefusalSchema,
  type Activity,
  type Animal,
  type AnimalInput,
  type Client,
  type ClientInput,
  type ClientPage,
  type EventEnvelope,
  type SearchPage,
  type SearchQuery,
  type StaffActor,
} from '@tailwise/contracts';
import { OutboxRelay, type RpcClient } from '@tailwise/messaging';
import { pendingSchemaChanges, type TestDatabase } from '@tailwise/persistence';
import { startServiceHarness, type ServiceHarness } from '@tailwise/service-testing';
import { waitFor } from '@tailwise/testing';
import { AppModule } from '../src/app.module';
import { loadClientsConfig, type ClientsConfig } from '../src/config';
import { searchKeys } from '../src/search/search-keys';
import { SearchRepository } from '../src/search/search.repository';

// The clients service as it runs: its AppModule on a fresh PostgreSQL database and a private
// nats-server with JetStream, called over NATS request-reply the way the gateway calls it.

const address = { line1: '1200 Larimer St', city: 'Denver', region: 'CO', postalCode: '80204' };

function staff(organizationId: string, overrides: Partial<StaffActor> = {}): StaffActor {
  return { kind: 'staff', userId: randomUUID(), organizationId, permissions: [...ALL_STAFF_PERMISSIONS], name: 'Robin Vet', ...overrides };
}

function individual(overrides: Record<string, unknown> = {}): ClientInput {
  return { kind: 'individual', firstName: 'Jamie', lastName: `Rivera${randomUUID().slice(0, 6)}`, ...overrides } as ClientInput;
}

function volume(overrides: Record<string, unknown> = {}): ClientInput {
  return {
    kind: 'volume',
    organizationName: `Alley Cat Rescue ${randomUUID().slice(0, 6)}`,
    contactFirstName: 'Dana',
    contactLastName: 'Okafor',
    phones: [{ type: 'work', number: '(970) 555-0100', primary: true }],
    physicalAddress: address,
    ...overrides,
  } as ClientInput;
}

const animal = (overrides: Partial<AnimalInput> = {}): AnimalInput => ({ name: 'Whiskers', species: 'cat', ...overrides });

describe('clients service (PostgreSQL + NATS)', () => {
  let harness: ServiceHarness<ClientsConfig>;
  let db: TestDatabase;
  let dataSource: DataSource;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let rpc: RpcClient;

  beforeAll(async () => {
    harness = await startServiceHarness({ name: 'clients', loadConfig: loadClientsConfig, module: (config) => AppModule.forRoot(config) });
    ({ db, dataSource, nc, jsm, rpc } = harness);
  });

  afterAll(() => harness?.close());

  const call = <T>(subject: string, actor: StaffActor, data: unknown) => rpc.request<T>(subject, actor, data);

  async function refused(promise: Promise<unknown>): Promise<AppError> {
    const error = await promise.then(() => null, (e: unknown) => e);
    if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
    return error;
  }

  const create = (actor: StaffActor, input: ClientInput) => call<Client>(CLIENTS_SUBJECTS.create, actor, input);
  const addAnimal = (actor: StaffActor, clientId: string, input: AnimalInput) =>
    call<Animal>(CLIENTS_SUBJECTS.animalCreate, actor, { clientId, animal: input });
  const search = (actor: StaffActor, query: Partial<SearchQuery>) => call<SearchPage>(CLIENTS_SUBJECTS.search, actor, query);
  const history = async (actor: StaffActor, clientId: string) =>
    (await call<{ items: Activity[] }>(CLIENTS_SUBJECTS.history, actor, { clientId, pageSize: 100 })).items;

  it('migrates its database to exactly what the entities describe, trigram indexes included', async () => {
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
    const indexes: { indexname: string; indexdef: string }[] = await dataSource.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%trgm%' ORDER BY indexname`,
    );
    expect(indexes.map((i) => i.indexname)).toEqual([
      'animals_microchip_trgm_idx',
      'animals_search_name_trgm_idx',
      'client_phones_digits_trgm_idx',
      'clients_email_trgm_idx',
      'clients_search_name_trgm_idx',
    ]);
    for (const index of indexes) expect(index.indexdef).toMatch(/USING gin \(organization_id, \w+ gin_trgm_ops\) WITH \(fastupdate='?off'?\)/);
  });

  describe('events: every change reaches JetStream exactly once', () => {
    interface OutboxRow {
      id: string;
      subject: string;
      published_at: Date | null;
    }

    const outboxRows = (ids: string[]): Promise<OutboxRow[]> =>
      dataSource.query(`SELECT id, subject, published_at FROM outbox WHERE id = ANY($1::uuid[]) ORDER BY created_at`, [ids]);

    /** How many messages on the EVENTS stream carry each event id (as Nats-Msg-Id and in the envelope). */
    async function streamCounts(): Promise<Map<string, number>> {
      const info = await jsm.streams.info(EVENTS_STREAM.name);
      const counts = new Map<string, number>();
      for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
        const message = await jsm.streams.getMessage(EVENTS_STREAM.name, { seq }).catch(() => null);
        if (!message) continue;
        const envelope = message.json<EventEnvelope>();
        expect(message.header?.get('Nats-Msg-Id')).toBe(envelope.id);
        counts.set(envelope.id, (counts.get(envelope.id) ?? 0) + 1);
      }
      return counts;
    }

    it('create, update, login allowed, disable, enable, animals and delete: one message per event, and a re-run relay adds none', async () => {
      const actor = staff(randomUUID());
      const before = new Set((await dataSource.query(`SELECT id FROM outbox`)).map((r: { id: string }) => r.id));
      const client = await create(actor, individual({ email: 'lena@example.test' }));
      await call(CLIENTS_SUBJECTS.update, actor, { clientId: client.id, client: { ...client.details, allowLogin: true } });
      await call(CLIENTS_SUBJECTS.disable, actor, { clientId: client.id });
      await call(CLIENTS_SUBJECTS.enable, actor, { clientId: client.id });
      const pet = await addAnimal(actor, client.id, animal({ microchip: '985000000000001' }));
      await call(CLIENTS_SUBJECTS.animalUpdate, actor, { animalId: pet.id, animal: animal({ microchip: '985000000000001', status: 'deceased' }) });
      const bare = await create(actor, volume());
      await call(CLIENTS_SUBJECTS.delete, actor, { clientId: bare.id });

      const ours = (await dataSource.query(`SELECT id FROM outbox`)).map((r: { id: string }) => r.id).filter((id: string) => !before.has(id));
      await waitFor(async () => (await outboxRows(ours)).every((r) => r.published_at), { description: 'the relay to publish every event' });
      const rows = await outboxRows(ours);
      expect(rows.map((r) => r.subject)).toEqual([
        CLIENTS_EVENTS.clientCreated.subject,
        CLIENTS_EVENTS.clientUpdated.subject,
        CLIENTS_EVENTS.clientLoginAllowed.subject,
        CLIENTS_EVENTS.clientDisabled.subject,
        CLIENTS_EVENTS.clientEnabled.subject,
        CLIENTS_EVENTS.animalCreated.subject,
        CLIENTS_EVENTS.animalUpdated.subject,
        CLIENTS_EVENTS.clientCreated.subject,
        CLIENTS_EVENTS.clientDeleted.subject,
      ]);
      const counts = await streamCounts();
      for (const row of rows) expect([row.subject, counts.get(row.id)]).toEqual([row.subject, 1]);

      // A relay that crashed before marking its batch publishes it again: JetStream drops the
      // repeats by Nats-Msg-Id, so every event is still on the stream once.
      await dataSource.query(`UPDATE outbox SET published_at = NULL WHERE id = ANY($1::uuid[])`, [ours]);
      const logger = { warn: jest.fn(), error: jest.fn() };
      const relay = new OutboxRelay(dataSource, nc.jetstream(), logger, { listenUrl: db.url, pollIntervalMs: 100 });
      await relay.start();
      try {
        await waitFor(async () => (await outboxRows(ours)).every((r) => r.published_at), { description: 'the re-run to mark every event' });
      } finally {
        await relay.stop();
      }
      const again = await streamCounts();
      for (const row of rows) expect([row.subject, again.get(row.id)]).toEqual([row.subject, 1]);
      expect(logger.warn).not.toHaveBeenCalled();

      // The snapshot carries what other services keep of the client.
      const created = await jsm.streams.getMessage(EVENTS_STREAM.name, { last_by_subj: CLIENTS_EVENTS.clientCreated.subject });
      expect(created.json<EventEnvelope>().data).toMatchObject({ clientId: bare.id, kind: 'volume', primaryPhone: '(970) 555-0100', status: 'active' });
    });

    it('a refused change publishes nothing', async () => {
      const actor = staff(randomUUID());
      const owner = await create(actor, individual());
      await addAnimal(actor, owner.id, animal({ microchip: '985000000000777' }));
      const [{ count: before }] = await dataSource.query(`SELECT count(*)::int AS count FROM outbox`);
      await refused(addAnimal(actor, owner.id, animal({ microchip: '985000000000777' })));
      await refused(call(CLIENTS_SUBJECTS.delete, actor, { clientId: owner.id }));
      await refused(call(CLIENTS_SUBJECTS.update, actor, { clientId: owner.id, client: volume() }));
      await refused(create(staff(actor.organizationId, { permissions: [] }), individual()));
      const [{ count: after }] = await dataSource.query(`SELECT count(*)::int AS count FROM outbox`);
      expect(after).toBe(before);
    });
  });

  describe('tenancy', () => {
    it("another organization's client and animal ids are NOT_FOUND on every subject, and nothing of them changes", async () => {
      const a = staff(randomUUID());
      const b = staff(randomUUID());
      const client = await create(a, individual({ email: 'winifred@a.example.test', mobile: '(303) 555-0111' }));
      const bare = await create(a, volume());
      const pet = await addAnimal(a, client.id, animal({ name: 'Privatepaws', microchip: '985000111222333' }));
      const historyBefore = await history(a, client.id);

      const attempts: [string, unknown][] = [
        [CLIENTS_SUBJECTS.get, { clientId: client.id }],
        [CLIENTS_SUBJECTS.update, { clientId: client.id, client: individual({ firstName: 'Taken' }) }],
        [CLIENTS_SUBJECTS.disable, { clientId: client.id }],
        [CLIENTS_SUBJECTS.enable, { clientId: client.id }],
        [CLIENTS_SUBJECTS.delete, { clientId: bare.id }],
        [CLIENTS_SUBJECTS.history, { clientId: client.id }],
        [CLIENTS_SUBJECTS.animalList, { clientId: client.id }],
        [CLIENTS_SUBJECTS.animalCreate, { clientId: client.id, animal: animal({ name: 'Smuggled' }) }],
        [CLIENTS_SUBJECTS.animalGet, { animalId: pet.id }],
        [CLIENTS_SUBJECTS.animalUpdate, { animalId: pet.id, animal: animal({ name: 'Taken', status: 'deceased' }) }],
      ];
      for (const [subject, data] of attempts) {
        const error = await refused(call(subject, b, data));
        expect([subject, error.code, error.message]).toEqual([subject, 'NOT_FOUND', expect.not.stringContaining('Privatepaws')]);
      }
      expect(await call<Client>(CLIENTS_SUBJECTS.get, a, { clientId: client.id })).toEqual({ ...client, animalCount: 1 });
      expect(await call<Client>(CLIENTS_SUBJECTS.get, a, { clientId: bare.id })).toEqual(bare);
      expect(await call<Animal>(CLIENTS_SUBJECTS.animalGet, a, { animalId: pet.id })).toEqual(pet);
      expect(await history(a, client.id)).toEqual(historyBefore);
      expect((await call<ClientPage>(CLIENTS_SUBJECTS.list, b, {})).total).toBe(0);
      for (const q of ['winifred', '3035550111', 'winifred@a.example.test', 'privatepaws', '985000111222333']) {
        expect(await search(b, { q })).toMatchObject({ items: [], total: 0 });
        expect((await search(a, { q })).total).toBeGreaterThan(0);
      }
    });
  });

  describe('animals', () => {
    it('a microchip is unique per organization (409 naming microchip), free in another, and animalCount follows', async () => {
      const a = staff(randomUUID());
      const owner = await create(a, individual());
      const other = await create(a, volume());
      const first = await addAnimal(a, owner.id, animal({ microchip: 'ab123456789' }));
      expect(first.microchip).toBe('AB123456789');
      for (const [clientId, microchip] of [
        [owner.id, 'AB123456789'],
        [other.id, ' ab123456789 '],
      ]) {
        const error = await refused(addAnimal(a, clientId, animal({ microchip })));
        expect(error.code).toBe('CONFLICT');
        expect(error.details).toEqual({ issues: [{ path: 'microchip', message: expect.any(String) }] });
      }
      const second = await addAnimal(a, owner.id, animal({ name: 'Salt', microchip: '985000000000002' }));
      const taken = await refused(call(CLIENTS_SUBJECTS.animalUpdate, a, { animalId: second.id, animal: animal({ name: 'Salt', microchip: 'AB123456789' }) }));
      expect(taken.code).toBe('CONFLICT');
      // Animals without chips never collide.
      await addAnimal(a, owner.id, animal({ microchip: null }));
      await addAnimal(a, owner.id, animal({ microchip: '' }));

      const b = staff(randomUUID());
      expect((await addAnimal(b, (await create(b, individual())).id, animal({ microchip: 'AB123456789' }))).microchip).toBe('AB123456789');

      // Two staff adding the same chip at once: the unique index lets exactly one through.
      const race = await Promise.allSettled([1, 2].map(() => addAnimal(a, other.id, animal({ microchip: '985000000000099' }))));
      expect(race.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(race.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });

      expect((await call<Client>(CLIENTS_SUBJECTS.get, a, { clientId: owner.id })).animalCount).toBe(4);
      expect((await call<Client>(CLIENTS_SUBJECTS.get, a, { clientId: other.id })).animalCount).toBe(1);
      const listed = await call<Animal[]>(CLIENTS_SUBJECTS.animalList, a, { clientId: owner.id });
      expect(listed.map((x) => x.name)).toEqual(['Salt', 'Whiskers', 'Whiskers', 'Whiskers']);
      const summary = (await call<ClientPage>(CLIENTS_SUBJECTS.list, a, { pageSize: 100 })).items.find((c) => c.id === owner.id);
      expect(summary?.animalCount).toBe(4);
    });
  });

  describe('delete', () => {
    it('is refused with what the client has, as deleteRefusalSchema, and offers Disable; a client without records goes with its phones and history', async () => {
      const a = staff(randomUUID());
      const owner = await create(a, volume());
      await addAnimal(a, owner.id, animal());
      await addAnimal(a, owner.id, animal({ species: 'dog' }));
      const error = await refused(call(CLIENTS_SUBJECTS.delete, a, { clientId: owner.id }));
      expect(error.code).toBe('CONFLICT');
      expect(deleteRefusalSchema.parse(error.details)).toEqual({ reason: 'has-records', records: { animals: 2, appointments: 0 }, suggestion: 'disable' });
      expect(error.message).toMatch(/Disable/);

      const bare = await create(a, individual({ mobile: '(303) 555-0170' }));
      await call(CLIENTS_SUBJECTS.update, a, { clientId: bare.id, client: { ...bare.details, notes: 'Moved away' } });
      expect(await call(CLIENTS_SUBJECTS.delete, a, { clientId: bare.id })).toBeNull();
      for (const table of ['clients', 'client_phones', 'client_activity']) {
        const column = table === 'clients' ? 'id' : 'client_id';
        expect([table, await dataSource.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [bare.id])]).toEqual([table, []]);
      }
      expect((await refused(call(CLIENTS_SUBJECTS.get, a, { clientId: bare.id }))).code).toBe('NOT_FOUND');
    });
  });

  describe('history', () => {
    it('records who did what and when, with field changes, newest first, animals included', async () => {
      const a = staff(randomUUID(), { name: 'Casey Colleague' });
      const client = await create(a, volume({ organizationName: 'Mesa Cat Alliance' }));
      const edited = { ...client.details, organizationName: 'Mesa Cat Alliance West', physicalAddress: { ...address, city: 'Golden' } };
      await call(CLIENTS_SUBJECTS.update, a, { clientId: client.id, client: edited });
      const pet = await addAnimal(a, client.id, animal({ name: 'Juniper', weightKg: 3.6 }));
      await call(CLIENTS_SUBJECTS.animalUpdate, a, { animalId: pet.id, animal: animal({ name: 'Juniper', weightKg: 3.9, status: 'deceased' }) });
      await call(CLIENTS_SUBJECTS.disable, a, { clientId: client.id });

      const entries = await history(a, client.id);
      expect(entries.map((e) => e.action)).toEqual(['client.disabled', 'animal.updated', 'animal.created', 'client.updated', 'client.created']);
      for (const entry of entries) expect(entry).toMatchObject({ actorUserId: a.userId, actorName: 'Casey Colleague', at: expect.any(String) });
      expect(entries.find((e) => e.action === 'client.updated')?.changes).toEqual({
        organizationName: { from: 'Mesa Cat Alliance', to: 'Mesa Cat Alliance West' },
        'physicalAddress.city': { from: 'Denver', to: 'Golden' },
      });
      expect(entries.find((e) => e.action === 'animal.updated')?.changes).toEqual({
        weightKg: { from: 3.6, to: 3.9 },
        status: { from: 'active', to: 'deceased' },
      });
      const page = await call<{ items: Activity[]; total: number }>(CLIENTS_SUBJECTS.history, a, { clientId: client.id, page: 2, pageSize: 2 });
      expect(page.total).toBe(5);
      expect(page.items.map((e) => e.action)).toEqual(['animal.created', 'client.updated']);
    });
  });

  describe('lists', () => {
    it('All Clients in display-name order (any case), My Clients assigned to me, paged with a total', async () => {
      const a = staff(randomUUID());
      const names = ['banjo Rescue', 'Alder Rescue', 'Cedar Rescue', 'aspen Rescue'];
      for (const [i, name] of names.entries()) await create(a, volume({ organizationName: name, assignedStaffUserId: i % 2 ? a.userId : null }));
      const all = await call<ClientPage>(CLIENTS_SUBJECTS.list, a, { pageSize: 3 });
      expect(all).toMatchObject({ total: 4, page: 1, pageSize: 3 });
      expect(all.items.map((c) => c.displayName)).toEqual(['Alder Rescue', 'aspen Rescue', 'banjo Rescue']);
      const mine = await call<ClientPage>(CLIENTS_SUBJECTS.list, a, { assigned: 'me' });
      expect(mine.items.map((c) => c.displayName)).toEqual(['Alder Rescue', 'aspen Rescue']);
      const colleague = staff(a.organizationId);
      expect((await call<ClientPage>(CLIENTS_SUBJECTS.list, colleague, { assigned: 'me' })).total).toBe(0);
    });
  });

  describe('search', () => {
    let a: StaffActor;
    let bart: Client;
    let harbour: Client;
    let mortimer: Animal;

    beforeAll(async () => {
      a = staff(randomUUID());
      bart = await create(a, individual({ firstName: 'Bartholomew', lastName: 'Quixley', email: 'Bart.Quixley@Example.test', mobile: '(303) 555-0142' }));
      harbour = await create(
        a,
        volume({ organizationName: 'Harbour Lights Cat Rescue', contactFirstName: 'Nell', contactLastName: 'Brandt', phones: [{ type: 'work', number: '720-555-0188' }], invoiceEmail: 'billing@harbourlights.example.test' }),
      );
      mortimer = await addAnimal(a, bart.id, animal({ name: 'Mortimer', species: 'dog', microchip: '985141000123456' }));
      await addAnimal(a, harbour.id, animal({ name: 'Clementine', microchip: 'ABC123DEF45' }));
    });

    const found = (page: SearchPage) => page.items.map((r) => `${r.kind}:${r.title}:${r.matchedOn}`);

    it('finds by each kind of key: a name fragment, a phone in another format, an email, an animal name, a microchip', async () => {
      expect(found(await search(a, { q: 'OLOME' }))).toEqual(['client:Bartholomew Quixley:name']);
      expect(found(await search(a, { q: 'nell brandt' }))).toEqual(['client:Harbour Lights Cat Rescue:name']);
      expect(found(await search(a, { q: '303.555.0142' }))).toEqual(['client:Bartholomew Quixley:phone']);
      expect(found(await search(a, { q: '5550188' }))).toEqual(['client:Harbour Lights Cat Rescue:phone']);
      expect(found(await search(a, { q: 'BART.QUIXLEY@example.test' }))).toEqual(['client:Bartholomew Quixley:email']);
      expect(found(await search(a, { q: 'bart.q' }))).toEqual(['client:Bartholomew Quixley:email']);
      expect(found(await search(a, { q: '@harbourlights' }))).toEqual(['client:Harbour Lights Cat Rescue:email']);
      expect(found(await search(a, { q: 'ortim' }))).toEqual(['animal:Mortimer:animal-name']);
      expect(found(await search(a, { q: 'abc123def45' }))).toEqual(['animal:Clementine:microchip']);
      const chip = await search(a, { q: '985141000123456' });
      expect(chip.items).toEqual([
        { kind: 'animal', id: mortimer.id, clientId: bart.id, clientKind: 'individual', title: 'Mortimer', subtitle: 'Bartholomew Quixley', status: 'active', matchedOn: 'microchip' },
      ]);
      expect(await search(a, { q: '%a%' })).toMatchObject({ items: [], total: 0 });
    });

    it('filters by type: Clients (individual), Volume Clients, Animals', async () => {
      const q = 'r';
      expect((await search(a, { q: 'quixley', type: 'volume-clients' })).items).toEqual([]);
      expect(found(await search(a, { q: 'quixley', type: 'clients' }))).toEqual(['client:Bartholomew Quixley:name']);
      expect(found(await search(a, { q: 'harbour', type: 'volume-clients' }))).toContain('client:Harbour Lights Cat Rescue:name');
      expect(found(await search(a, { q: 'mortimer', type: 'animals' }))).toEqual(['animal:Mortimer:animal-name']);
      expect((await search(a, { q: '3035550142', type: 'animals' })).items).toEqual([]);
      expect(q).toBe('r');
    });

    it('ranks an exact phone, email or microchip first, then names starting with the query, then the rest', async () => {
      const r = staff(randomUUID());
      await create(r, volume({ organizationName: 'Aardvark 3035550142 Rescue' }));
      await create(r, individual({ firstName: 'Aaron', lastName: 'Line3035550142' }));
      await create(r, individual({ firstName: 'Abe', lastName: 'Longnumber', mobile: '+1 (303) 555-01429' }));
      const exact = await create(r, individual({ firstName: 'Zed', lastName: 'Zimmer', mobile: '303-555-0142' }));
      const ranked = await search(r, { q: '(303) 555-0142' });
      expect(ranked.items[0]).toMatchObject({ id: exact.id, matchedOn: 'phone', subtitle: '303-555-0142' });
      expect(ranked.items.map((i) => i.matchedOn)).toEqual(['phone', 'phone']);

      const owner = await create(r, individual({ firstName: 'Ada', lastName: 'Aames' }));
      await addAnimal(r, owner.id, animal({ name: 'Abby', microchip: '900123456789' }));
      const zulu = await addAnimal(r, owner.id, animal({ name: 'Zulu', microchip: '900123456' }));
      expect((await search(r, { q: '900123456' })).items.map((i) => [i.title, i.matchedOn])).toEqual([
        ['Zulu', 'microchip'],
        ['Abby', 'microchip'],
      ]);
      expect((await search(r, { q: '900123456' })).items[0].id).toBe(zulu.id);

      // Names: a word starting with the query before the query inside a word; within each, the
      // key the query covers more of (a volume client's key includes its contact's name).
      for (const name of ['Annabel Lee', 'Bel Air Rescue', 'Isabel Ortiz', 'Belinda Bellamy']) {
        await create(r, name.endsWith('Rescue') ? volume({ organizationName: name }) : individual({ firstName: name.split(' ')[0], lastName: name.split(' ')[1] }));
      }
      expect((await search(r, { q: 'bel' })).items.map((i) => i.title)).toEqual(['Belinda Bellamy', 'Bel Air Rescue', 'Annabel Lee', 'Isabel Ortiz']);
    });

    it('pages are disjoint and complete, with the total', async () => {
      const p = staff(randomUUID());
      const ids = new Set<string>();
      for (let n = 1; n <= 7; n++) ids.add((await create(p, individual({ firstName: 'Piper', lastName: `Paginated${n}` }))).id);
      const seen: string[] = [];
      for (let page = 1; page <= 3; page++) {
        const result = await search(p, { q: 'paginated', page, pageSize: 3 });
        expect(result).toMatchObject({ total: 7, page, pageSize: 3, totalIsLowerBound: false });
        seen.push(...result.items.map((i) => i.id));
      }
      expect(seen).toHaveLength(7);
      expect(new Set(seen)).toEqual(ids);
      expect(await search(p, { q: 'paginated', page: 4, pageSize: 3 })).toMatchObject({ items: [], total: 7 });
    });

    it('past the cap, the total is a lower bound, and exact matches are still found and first', async () => {
      const c = staff(randomUUID());
      for (const area of ['303', '720', '970', '719', '505', '212']) await create(c, individual({ firstName: 'Cappy', mobile: `(${area}) 555-0142` }));
      const exact = await create(c, individual({ firstName: 'Exact', mobile: '555-0142' }));
      const repository = new SearchRepository(dataSource);
      const request = { organizationId: c.organizationId, keys: searchKeys('555 0142'), type: 'all' as const, offset: 0, limit: 10 };
      const capped = await repository.search({ ...request, cap: 3 });
      expect(capped.capped).toBe(true);
      expect(capped.total).toBeGreaterThanOrEqual(4);
      expect(capped.total).toBeLessThan(7);
      expect(capped.rows[0]).toMatchObject({ id: exact.id, matched: 'phone' });
      expect(await repository.search({ ...request, cap: 100 })).toMatchObject({ total: 7, capped: false });
    });
  });
});
