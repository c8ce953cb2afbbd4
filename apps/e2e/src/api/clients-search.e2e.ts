import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Animal, Client, SearchResult } from '@tailwise/contracts';
import { animalInput, hqClients, individualClientInput, volumeClientInput, type HqClients } from '../support/clients';
import { expectError, issuePaths } from '../support/http';
import { newOrganization, signUp } from '../support/organizations';

// Search Clients and Animals: one box matching names, phone numbers, emails, animal names
// and microchips, a type filter, ranking and pages; never another organization's records.

async function organization(request: APIRequestContext): Promise<HqClients> {
  const admin = await signUp(request, newOrganization());
  return hqClients(request, admin.accessToken);
}

const STORED_PHONE = '(303) 555-0142';
const VOLUME_PHONE = '720-555-0188';
const CHIP_NUMERIC = '985141000123456';
const CHIP_LETTERS = 'ABC123DEF45';

interface Seeded {
  bart: Client;
  harbour: Client;
  mortimer: Animal;
  clementine: Animal;
}

/** One individual client with a dog, one volume client with a cat, and a bystander. */
async function seed(api: HqClients): Promise<Seeded> {
  const bart = await api.createOk(
    individualClientInput({ firstName: 'Bartholomew', lastName: 'Quixley', email: 'Bart.Quixley@Example.test', mobile: STORED_PHONE }),
  );
  const harbour = await api.createOk(
    volumeClientInput({
      organizationName: 'Harbour Lights Cat Rescue',
      contactFirstName: 'Nell',
      contactLastName: 'Brandt',
      phones: [{ type: 'work', number: VOLUME_PHONE, primary: true }],
      invoiceEmail: 'billing@harbourlights.example.test',
    }),
  );
  // Someone who matches none of the searches below.
  await api.createOk(individualClientInput({ firstName: 'Una', lastName: 'Bystander', email: 'una@elsewhere.example.test', mobile: '(970) 222-3344' }));
  const mortimer = await api.createAnimalOk(bart.id, animalInput({ name: 'Mortimer', species: 'dog', microchip: CHIP_NUMERIC }));
  const clementine = await api.createAnimalOk(harbour.id, animalInput({ name: 'Clementine', species: 'cat', microchip: CHIP_LETTERS }));
  return { bart, harbour, mortimer, clementine };
}

const key = (r: Pick<SearchResult, 'kind' | 'id'>) => `${r.kind}:${r.id}`;
const keys = (items: SearchResult[]) => items.map(key).sort();

function expectFound(items: SearchResult[], kind: SearchResult['kind'], id: string, label: string): SearchResult {
  const found = items.find((r) => r.kind === kind && r.id === id);
  expect(found, `${label}: ${kind} ${id} not in ${JSON.stringify(items.map((r) => [r.kind, r.title, r.matchedOn]))}`).toBeDefined();
  return found as SearchResult;
}

test.describe('what a search matches', () => {
  test('a name fragment from the middle of a word, in any case, finds the client', async ({ request }) => {
    const api = await organization(request);
    const { bart, harbour } = await seed(api);
    for (const q of ['OLOME', 'olome', 'quixl', 'IXLE', 'bartholomew quixley', 'Bartholomew']) {
      const { items } = await api.searchOk({ q });
      const hit = expectFound(items, 'client', bart.id, q);
      expect(hit).toMatchObject({ clientId: bart.id, clientKind: 'individual', title: 'Bartholomew Quixley', matchedOn: 'name', status: 'active' });
      expect(items.some((r) => r.id === harbour.id), q).toBe(false);
    }
    for (const q of ['bour LIGHTS', 'ARBOUR', 'cat rescue']) {
      const { items } = await api.searchOk({ q });
      expect(expectFound(items, 'client', harbour.id, q)).toMatchObject({ clientKind: 'volume', title: 'Harbour Lights Cat Rescue', matchedOn: 'name' });
      expect(items.some((r) => r.id === bart.id), q).toBe(false);
    }
  });

  test('a phone number typed in another format than stored finds the client', async ({ request }) => {
    const api = await organization(request);
    const { bart, harbour } = await seed(api);
    for (const q of ['303.555.0142', '5550142', '555-0142', '3035550142', '(303) 555-0142', '303 555 0142', '+1 303 555 0142', '+13035550142']) {
      const { items } = await api.searchOk({ q });
      expect(expectFound(items, 'client', bart.id, q).matchedOn, q).toBe('phone');
      expect(items.some((r) => r.id === harbour.id), q).toBe(false);
    }
    for (const q of ['(720) 555 0188', '7205550188', '720.555.0188']) {
      const { items } = await api.searchOk({ q });
      expect(expectFound(items, 'client', harbour.id, q).matchedOn, q).toBe('phone');
      expect(items.some((r) => r.id === bart.id), q).toBe(false);
    }
  });

  test('an email finds the client, in any case; a volume client by its invoice email', async ({ request }) => {
    const api = await organization(request);
    const { bart, harbour } = await seed(api);
    for (const q of ['bart.quixley@example.test', 'BART.QUIXLEY@EXAMPLE.TEST', 'Bart.Quixley@Example.test']) {
      const { items } = await api.searchOk({ q });
      expect(expectFound(items, 'client', bart.id, q).matchedOn, q).toBe('email');
      expect(items.some((r) => r.id === harbour.id), q).toBe(false);
    }
    const { items } = await api.searchOk({ q: 'Billing@HarbourLights.example.test' });
    expect(expectFound(items, 'client', harbour.id, 'invoice email').matchedOn).toBe('email');
    // Part of an address, as people type it.
    for (const q of ['quixley@example', '@harbourlights.example.test']) {
      const found = await api.searchOk({ q });
      expect(found.items.filter((r) => r.matchedOn === 'email').length, q).toBe(1);
    }
  });

  test('names match without their accents and apostrophes', async ({ request }) => {
    const api = await organization(request);
    const jose = await api.createOk(individualClientInput({ firstName: 'José', lastName: "O'Brien-Núñez" }));
    for (const q of ['jose', 'JOSÉ', 'obrien', "O'Brien", 'o’brien', 'nunez', 'jose obrien']) {
      expect(expectFound((await api.searchOk({ q })).items, 'client', jose.id, q).title, q).toBe("José O'Brien-Núñez");
    }
  });

  test("an animal's name finds the animal, with its owner", async ({ request }) => {
    const api = await organization(request);
    const { bart, harbour, mortimer, clementine } = await seed(api);
    for (const q of ['mortimer', 'ORTIM']) {
      const { items } = await api.searchOk({ q });
      expect(expectFound(items, 'animal', mortimer.id, q)).toMatchObject({
        clientId: bart.id,
        clientKind: 'individual',
        title: 'Mortimer',
        matchedOn: 'animal-name',
        status: 'active',
      });
      expect(expectFound(items, 'animal', mortimer.id, q).subtitle ?? '').toContain('Quixley');
    }
    const { items } = await api.searchOk({ q: 'Clementine' });
    expect(expectFound(items, 'animal', clementine.id, 'clementine')).toMatchObject({ clientId: harbour.id, clientKind: 'volume', matchedOn: 'animal-name' });
  });

  test('a microchip finds the animal exactly, in upper or lower case', async ({ request }) => {
    const api = await organization(request);
    const { bart, harbour, mortimer, clementine } = await seed(api);
    for (const q of [CHIP_NUMERIC, ` ${CHIP_NUMERIC} `]) {
      const { items } = await api.searchOk({ q });
      expect(expectFound(items, 'animal', mortimer.id, q)).toMatchObject({ clientId: bart.id, matchedOn: 'microchip' });
      expect(items.some((r) => r.id === clementine.id), q).toBe(false);
    }
    for (const q of [CHIP_LETTERS, CHIP_LETTERS.toLowerCase(), 'aBc123DeF45']) {
      const { items } = await api.searchOk({ q });
      expect(expectFound(items, 'animal', clementine.id, q)).toMatchObject({ clientId: harbour.id, matchedOn: 'microchip' });
      expect(items.some((r) => r.id === mortimer.id), q).toBe(false);
    }
  });

  test('a search that matches nothing is an empty page, and wildcard characters are literal', async ({ request }) => {
    const api = await organization(request);
    await seed(api);
    for (const q of ['zzzyzx', '%%', '__', '%a%', "'; DROP TABLE clients; --", '\\\\', '.*']) {
      const page = await api.searchOk({ q });
      expect(page, q).toMatchObject({ items: [], total: 0, page: 1 });
    }
  });

  test('a disabled client is still found, shown as disabled', async ({ request }) => {
    const api = await organization(request);
    const { bart } = await seed(api);
    await api.disableOk(bart.id);
    const { items } = await api.searchOk({ q: 'quixley' });
    expect(expectFound(items, 'client', bart.id, 'disabled').status).toBe('disabled');
  });

  test('the query is checked: at least 2 characters, a known type, sane pages, no unknown parameters', async ({ request }) => {
    const api = await organization(request);
    const cases: [Record<string, string | number>, string][] = [
      [{ q: 'a' }, 'q'],
      [{ q: '   a  ' }, 'q'],
      [{ q: '' }, 'q'],
      [{}, 'q'],
      [{ q: 'x'.repeat(101) }, 'q'],
      [{ q: 'rex', type: 'pets' }, 'type'],
      [{ q: 'rex', page: 0 }, 'page'],
      [{ q: 'rex', page: 'two' }, 'page'],
      [{ q: 'rex', pageSize: 101 }, 'pageSize'],
      [{ q: 'rex', pageSize: 0 }, 'pageSize'],
      [{ q: 'rex', page: '1.5' }, 'page'],
      [{ q: 'rex', page: '100000000000000000000' }, 'page'],
      [{ q: 'rex', organizationId: '00000000-0000-4000-8000-000000000000' }, 'organizationId'],
    ];
    for (const [query, path] of cases) {
      const body = await expectError(await api.search(query), 400, 'VALIDATION');
      expect(issuePaths(body), JSON.stringify(query)).toContain(path);
    }
  });
});

test.describe('the type filter', () => {
  test('All, Clients (individual), Volume Clients and Animals each include and exclude the right records', async ({ request }) => {
    const api = await organization(request);
    const person = await api.createOk(individualClientInput({ firstName: 'Marigold', lastName: 'Jones' }));
    const rescue = await api.createOk(volumeClientInput({ organizationName: 'Marigold Rescue League' }));
    const owner = await api.createOk(individualClientInput({ firstName: 'Sam', lastName: 'Smith' }));
    const cat = await api.createAnimalOk(owner.id, animalInput({ name: 'Marigold', species: 'cat' }));
    const kitten = await api.createAnimalOk(rescue.id, animalInput({ name: 'Little Marigold', species: 'cat' }));
    await api.createOk(volumeClientInput({ organizationName: 'Unrelated Paws' }));

    const expected = {
      all: [`client:${person.id}`, `client:${rescue.id}`, `animal:${cat.id}`, `animal:${kitten.id}`],
      clients: [`client:${person.id}`],
      'volume-clients': [`client:${rescue.id}`],
      animals: [`animal:${cat.id}`, `animal:${kitten.id}`],
    };
    for (const [type, want] of Object.entries(expected)) {
      const page = await api.searchOk({ q: 'marigold', type });
      expect(keys(page.items), type).toEqual([...want].sort());
      expect(page.total, type).toBe(want.length);
    }
    // `all` is the default.
    expect(keys((await api.searchOk({ q: 'marigold' })).items)).toEqual([...expected.all].sort());

    // Each filter keeps its kind whatever matched: a phone search under Animals finds no client.
    const owned = await api.createOk(individualClientInput({ firstName: 'Ivy', lastName: 'Nguyen', mobile: '(719) 555-0101' }));
    await api.createAnimalOk(owned.id, animalInput({ name: 'Biscuit' }));
    expect((await api.searchOk({ q: '7195550101', type: 'animals' })).items.filter((r) => r.kind === 'client')).toEqual([]);
    expect((await api.searchOk({ q: '7195550101', type: 'volume-clients' })).items).toEqual([]);
    expect(keys((await api.searchOk({ q: '7195550101', type: 'clients' })).items)).toContain(`client:${owned.id}`);
    for (const r of (await api.searchOk({ q: 'marigold', type: 'clients' })).items) expect(r).toMatchObject({ kind: 'client', clientKind: 'individual' });
    for (const r of (await api.searchOk({ q: 'marigold', type: 'volume-clients' })).items) expect(r).toMatchObject({ kind: 'client', clientKind: 'volume' });
    for (const r of (await api.searchOk({ q: 'marigold', type: 'animals' })).items) expect(r.kind).toBe('animal');
  });
});

test.describe('ranking', () => {
  test('an exact phone match comes first, ahead of earlier and alphabetically earlier matches', async ({ request }) => {
    const api = await organization(request);
    // Weaker matches, created first and sorting first by name.
    await api.createOk(volumeClientInput({ organizationName: 'Aardvark 3035550142 Rescue' }));
    await api.createOk(individualClientInput({ firstName: 'Aaron', lastName: 'Line3035550142' }));
    await api.createOk(individualClientInput({ firstName: 'Abe', lastName: 'Longnumber', mobile: '+1 (303) 555-01429' }));
    const exact = await api.createOk(individualClientInput({ firstName: 'Zed', lastName: 'Zimmer', mobile: '303-555-0142' }));

    for (const q of ['3035550142', '(303) 555-0142', '303.555.0142']) {
      const { items } = await api.searchOk({ q });
      expect(items[0], q).toMatchObject({ kind: 'client', id: exact.id, matchedOn: 'phone' });
    }
  });

  test('an exact microchip match comes first, ahead of animals whose name or longer chip contains it', async ({ request }) => {
    const api = await organization(request);
    const owner = await api.createOk(individualClientInput({ firstName: 'Ada', lastName: 'Aames' }));
    await api.createAnimalOk(owner.id, animalInput({ name: 'Aa 900123456 kitty' }));
    await api.createAnimalOk(owner.id, animalInput({ name: 'Abby', microchip: '900123456789' }));
    await api.createOk(volumeClientInput({ organizationName: 'A 900123456 Society' }));
    const exact = await api.createAnimalOk(owner.id, animalInput({ name: 'Zulu', microchip: '900123456' }));

    for (const q of ['900123456', ' 900123456 ']) {
      const { items } = await api.searchOk({ q });
      expect(items[0], q).toMatchObject({ kind: 'animal', id: exact.id, matchedOn: 'microchip' });
    }
    // The same under the Animals filter.
    expect((await api.searchOk({ q: '900123456', type: 'animals' })).items[0]).toMatchObject({ id: exact.id, matchedOn: 'microchip' });
  });
});

test.describe('pages', () => {
  const COUNT = 12;
  const PAGE_SIZE = 5;

  test('search pages are disjoint, complete and report the right total', async ({ request }) => {
    const api = await organization(request);
    const created = new Set<string>();
    for (let n = 1; n <= COUNT; n++) {
      const kind = n % 3 === 0 ? volumeClientInput({ organizationName: `Paginated Rescue ${n}` }) : individualClientInput({ firstName: 'Piper', lastName: `Paginated${n}` });
      created.add((await api.createOk(kind)).id);
    }
    await api.createOk(individualClientInput({ firstName: 'Not', lastName: 'Matching' }));

    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const result = await api.searchOk({ q: 'paginated', page, pageSize: PAGE_SIZE });
      expect(result, `page ${page}`).toMatchObject({ total: COUNT, page, pageSize: PAGE_SIZE });
      expect(result.items.length, `page ${page}`).toBe(page < 3 ? PAGE_SIZE : COUNT - 2 * PAGE_SIZE);
      seen.push(...result.items.map((r) => r.id));
    }
    expect(new Set(seen).size, 'pages overlap').toBe(seen.length);
    expect(new Set(seen)).toEqual(created);
    // Past the end: an empty page, the total still right.
    expect(await api.searchOk({ q: 'paginated', page: 4, pageSize: PAGE_SIZE })).toMatchObject({ items: [], total: COUNT, page: 4 });
    // The same query asked twice gives the same page.
    const again = await api.searchOk({ q: 'paginated', page: 2, pageSize: PAGE_SIZE });
    expect(again.items.map((r) => r.id)).toEqual(seen.slice(PAGE_SIZE, 2 * PAGE_SIZE));
    // The default page size is 25: all twelve on one page.
    const whole = await api.searchOk({ q: 'paginated' });
    expect(whole).toMatchObject({ total: COUNT, page: 1, pageSize: 25 });
    expect(whole.items).toHaveLength(COUNT);
  });

  test('client list pages are disjoint, complete, and filter by kind and status', async ({ request }) => {
    const api = await organization(request);
    const volume = new Set<string>();
    const individual = new Set<string>();
    for (let n = 1; n <= COUNT; n++) {
      if (n % 2) volume.add((await api.createOk(volumeClientInput())).id);
      else individual.add((await api.createOk(individualClientInput())).id);
    }
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const result = await api.listOk({ page, pageSize: PAGE_SIZE });
      expect(result, `page ${page}`).toMatchObject({ total: COUNT, page, pageSize: PAGE_SIZE });
      seen.push(...result.items.map((c) => c.id));
    }
    expect(seen).toHaveLength(COUNT);
    expect(new Set(seen)).toEqual(new Set([...volume, ...individual]));
    expect(await api.listOk({ page: 4, pageSize: PAGE_SIZE })).toMatchObject({ items: [], total: COUNT });

    const volumes = await api.listOk({ kind: 'volume', pageSize: 100 });
    expect(new Set(volumes.items.map((c) => c.id))).toEqual(volume);
    expect(volumes.total).toBe(volume.size);
    const [someone] = individual;
    await api.disableOk(someone);
    const disabled = await api.listOk({ status: 'disabled', pageSize: 100 });
    expect(disabled.items.map((c) => c.id)).toEqual([someone]);
    expect(disabled.items[0].status).toBe('disabled');
    const active = await api.listOk({ status: 'active', pageSize: 100 });
    expect(active.total).toBe(COUNT - 1);
    expect(active.items.map((c) => c.id)).not.toContain(someone);

    for (const [query, path] of [
      [{ pageSize: 101 }, 'pageSize'],
      [{ page: 0 }, 'page'],
      [{ page: '100000000000000000000' }, 'page'],
      [{ kind: 'corporate' }, 'kind'],
      [{ status: 'deleted' }, 'status'],
      [{ assigned: 'everyone' }, 'assigned'],
    ] as const) {
      const body = await expectError(await api.list(query), 400, 'VALIDATION');
      expect(issuePaths(body), JSON.stringify(query)).toContain(path);
    }
  });
});

test.describe('tenancy', () => {
  test("a search never returns another organization's clients or animals, even identical ones", async ({ request }) => {
    const a = await organization(request);
    const b = await organization(request);
    const inA = await seed(a);
    // B has the very same people, phones, emails, animals and chips (chips are unique per organization only).
    const inB = await seed(b);
    const onlyB = await b.createOk(individualClientInput({ firstName: 'Ophelia', lastName: 'Onlyinb', mobile: '(505) 555-0177' }));
    await b.createAnimalOk(onlyB.id, animalInput({ name: 'Bramblewick', microchip: '985000000777777' }));

    const idsOf = (s: Seeded) => new Set([s.bart.id, s.harbour.id, s.mortimer.id, s.clementine.id]);
    const queries = ['quixley', 'harbour', STORED_PHONE, '5550142', 'bart.quixley@example.test', 'mortimer', 'clementine', CHIP_NUMERIC, CHIP_LETTERS.toLowerCase()];
    for (const [own, ownIds, otherIds] of [
      [a, idsOf(inA), idsOf(inB)],
      [b, idsOf(inB), idsOf(inA)],
    ] as const) {
      for (const type of ['all', 'clients', 'volume-clients', 'animals']) {
        for (const q of queries) {
          const items = await own.searchAll({ q, type });
          for (const r of items) {
            expect(otherIds.has(r.id) || otherIds.has(r.clientId), `${type} "${q}" returned another organization's ${r.kind}`).toBe(false);
          }
          if (type === 'all') expect(items.some((r) => ownIds.has(r.id)), `${type} "${q}" found nothing of its own`).toBe(true);
        }
      }
    }
    for (const q of ['ophelia', 'onlyinb', '5055550177', 'bramblewick', '985000000777777']) {
      expect(await a.searchOk({ q }), q).toMatchObject({ items: [], total: 0 });
      expect((await b.searchOk({ q })).total, q).toBeGreaterThan(0);
    }
  });
});
