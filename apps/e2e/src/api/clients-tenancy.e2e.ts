import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import type { Animal, Client, ErrorBody } from '@tailwise/contracts';
import { animalInput, expectStatus, hqClients, individualClientInput, volumeClientInput, type HqClients } from '../support/clients';
import { expectError, issuePaths } from '../support/http';
import { newOrganization, signUp } from '../support/organizations';
import { claimsLike, inspectToken, serverSigningKey, signToken } from '../support/tokens';

// Clients and animals belong to one organization. Another organization's admin gets 404 for
// every id of them, on every route (never 403, which would confirm the id exists, and
// never data), and changes nothing.

async function admin(request: APIRequestContext) {
  const signedUp = await signUp(request, newOrganization());
  return { ...signedUp, userId: String(inspectToken(signedUp.accessToken).payload.sub), api: hqClients(request, signedUp.accessToken) };
}

interface OrgA {
  individual: Client;
  volume: Client;
  /** No animals: a delete that crossed organizations would succeed. */
  bareIndividual: Client;
  /** No animals, and disabled: an enable that crossed organizations would show. */
  bareVolume: Client;
  animals: Animal[];
  secrets: string[];
}

async function seedA(api: HqClients): Promise<OrgA> {
  const individual = await api.createOk(
    individualClientInput({ firstName: 'Winifred', lastName: 'Secretsson', email: 'winifred@a.example.test', mobile: '(303) 555-0111' }),
  );
  const volume = await api.createOk(
    volumeClientInput({ organizationName: 'Secret Harbour Rescue', invoiceEmail: 'books@secret-harbour.example.test', phones: [{ type: 'work', number: '(303) 555-0122', primary: true }] }),
  );
  const bareIndividual = await api.createOk(individualClientInput({ firstName: 'Barnaby', lastName: 'Hiddenfield' }));
  const bareVolume = await api.createOk(volumeClientInput({ organizationName: 'Quiet Paws Collective' }));
  await api.disableOk(bareVolume.id);
  const animals = [
    await api.createAnimalOk(individual.id, animalInput({ name: 'Privatepaws', microchip: '985000111222333' })),
    await api.createAnimalOk(volume.id, animalInput({ name: 'Confidentail', species: 'dog', microchip: 'SECRET12345' })),
  ];
  return {
    individual,
    volume,
    bareIndividual,
    bareVolume,
    animals,
    secrets: ['Winifred', 'Secretsson', 'winifred@a.example.test', '555-0111', 'Secret Harbour', 'Hiddenfield', 'Quiet Paws', 'Privatepaws', 'Confidentail', '985000111222333', 'SECRET12345'],
  };
}

/** Everything A can see of its records, to compare before and after B's attempts. */
async function snapshot(api: HqClients, seeded: OrgA) {
  const clients = [seeded.individual, seeded.volume, seeded.bareIndividual, seeded.bareVolume];
  return {
    clients: await Promise.all(clients.map((c) => api.getOk(c.id))),
    histories: await Promise.all(clients.map((c) => api.historyOk(c.id))),
    animalLists: await Promise.all(clients.map((c) => api.animalsOk(c.id))),
    animals: await Promise.all(seeded.animals.map((a) => api.getAnimalOk(a.id))),
    list: (await api.listOk({ pageSize: 100 })).items,
  };
}

/** A 404 NOT_FOUND that shows none of A's data and reads like the one for an id nobody has. */
async function expectNotFound(res: APIResponse, id: string, unknown: APIResponse, label: string, secrets: string[]): Promise<ErrorBody> {
  const body = await expectError(res, 404, 'NOT_FOUND');
  const text = JSON.stringify(body);
  for (const secret of secrets) expect(text, `${label} leaks "${secret}"`).not.toContain(secret);
  const nobodys = await expectError(unknown, 404, 'NOT_FOUND');
  expect(body.message.replaceAll(id, ':id'), `${label}: answers differently from an unknown id`).toBe(nobodys.message.replace(/[0-9a-f-]{36}/g, ':id'));
  return body;
}

test.describe("another organization's clients and animals", () => {
  test("B's admin gets 404 for every one of A's client ids, on every route, and A's records are unchanged", async ({ request }) => {
    const a = await admin(request);
    const b = await admin(request);
    const seeded = await seedA(a.api);
    const before = await snapshot(a.api, seeded);

    const clients = [seeded.individual, seeded.volume, seeded.bareIndividual, seeded.bareVolume];
    for (const client of clients) {
      const body = client.kind === 'volume' ? volumeClientInput({ organizationName: 'Taken Over' }) : individualClientInput({ firstName: 'Taken', lastName: 'Over' });
      const nobody = randomUUID();
      const routes: [string, (id: string) => Promise<APIResponse>][] = [
        ['GET', (id) => b.api.get(id)],
        ['PUT', (id) => b.api.update(id, body)],
        ['disable', (id) => b.api.disable(id)],
        ['enable', (id) => b.api.enable(id)],
        ['DELETE', (id) => b.api.remove(id)],
        ['history', (id) => b.api.history(id)],
        ['animals list', (id) => b.api.animals(id)],
        ['animals create', (id) => b.api.createAnimal(id, animalInput({ name: 'Smuggled' }))],
      ];
      for (const [label, call] of routes) {
        await expectNotFound(await call(client.id), client.id, await call(nobody), `${label} ${client.kind} ${client.id}`, seeded.secrets);
      }
    }

    for (const animal of seeded.animals) {
      const nobody = randomUUID();
      const body = animalInput({ name: 'Taken Over', microchip: null, status: 'deceased' });
      await expectNotFound(await b.api.getAnimal(animal.id), animal.id, await b.api.getAnimal(nobody), `GET animal ${animal.id}`, seeded.secrets);
      await expectNotFound(await b.api.updateAnimal(animal.id, body), animal.id, await b.api.updateAnimal(nobody, body), `PUT animal ${animal.id}`, seeded.secrets);
    }

    // Nothing of A changed: not a field, not a status, no history entry, no animal.
    expect(await snapshot(a.api, seeded)).toEqual(before);
    expect(before.clients.map((c) => c.status)).toEqual(['active', 'active', 'active', 'disabled']);
    // And B was left with nothing either.
    expect((await b.api.listOk()).total).toBe(0);
  });

  test("B's lists and searches never include A's clients or animals", async ({ request }) => {
    const a = await admin(request);
    const b = await admin(request);
    const seeded = await seedA(a.api);
    const own = await b.api.createOk(individualClientInput({ assignedStaffUserId: b.userId }));
    const aIds = new Set([seeded.individual.id, seeded.volume.id, seeded.bareIndividual.id, seeded.bareVolume.id, ...seeded.animals.map((x) => x.id)]);

    for (const query of [{}, { assigned: 'me' }, { assigned: 'anyone' }, { kind: 'volume' }, { kind: 'individual' }, { status: 'disabled' }, { status: 'active' }] as const) {
      const page = await b.api.listOk({ ...query, pageSize: 100 });
      expect(page.items.filter((c) => aIds.has(c.id)), JSON.stringify(query)).toEqual([]);
      expect(page.items.every((c) => c.id === own.id), JSON.stringify(query)).toBe(true);
    }
    for (const q of ['Winifred', 'secretsson', '3035550111', 'winifred@a.example.test', 'Secret Harbour', 'privatepaws', 'confidentail', '985000111222333', 'secret12345', 'quiet paws']) {
      for (const type of ['all', 'clients', 'volume-clients', 'animals']) {
        expect(await b.api.searchOk({ q, type }), `${type} "${q}"`).toMatchObject({ items: [], total: 0 });
      }
    }
  });

  test("a client of A assigned to B's staff id never reaches B's My Clients", async ({ request }) => {
    const a = await admin(request);
    const b = await admin(request);
    const res = await a.api.create(individualClientInput({ firstName: 'Crossed', lastName: 'Wires', assignedStaffUserId: b.userId }));
    // Refusing the unknown staff member is best; if it is accepted, B must still not see it.
    if (res.status() !== 201) {
      expect(res.status(), await res.text()).toBeGreaterThanOrEqual(400);
      expect(res.status()).toBeLessThan(500);
      expect((await a.api.listOk()).total).toBe(0);
    }
    expect((await b.api.listOk({ assigned: 'me' })).items).toEqual([]);
    expect((await b.api.searchOk({ q: 'crossed wires' })).items).toEqual([]);
  });
});

test.describe('malformed ids', () => {
  test('every route answers 400 naming the id for an id that is not a UUID', async ({ request }) => {
    const { api } = await admin(request);
    const client = await api.createOk(individualClientInput());
    for (const bad of ['not-a-uuid', '123', `${client.id}x`, client.id.slice(0, 35), '00000000-0000-0000-0000-00000000000g']) {
      const id = encodeURIComponent(bad);
      const calls: [string, () => Promise<APIResponse>][] = [
        ['GET', () => api.get(id)],
        ['PUT', () => api.update(id, individualClientInput())],
        ['disable', () => api.disable(id)],
        ['enable', () => api.enable(id)],
        ['DELETE', () => api.remove(id)],
        ['history', () => api.history(id)],
        ['animals', () => api.animals(id)],
        ['animal create', () => api.createAnimal(id, animalInput())],
        ['GET animal', () => api.getAnimal(id)],
        ['PUT animal', () => api.updateAnimal(id, animalInput())],
      ];
      for (const [label, call] of calls) {
        const res = await call();
        const body = await expectError(res, 400, 'VALIDATION');
        expect(issuePaths(body), `${label} ${bad}: ${JSON.stringify(body)}`).toEqual(['id']);
      }
    }
    // None of that touched the real client.
    expect((await api.historyOk(client.id)).filter((h) => h.action !== 'client.created')).toEqual([]);
  });

  test("an id that is a UUID but nobody's is 404 on every route", async ({ request }) => {
    const { api } = await admin(request);
    const id = randomUUID();
    for (const res of [
      await api.get(id),
      await api.update(id, individualClientInput()),
      await api.disable(id),
      await api.enable(id),
      await api.remove(id),
      await api.history(id),
      await api.animals(id),
      await api.createAnimal(id, animalInput()),
      await api.getAnimal(id),
      await api.updateAnimal(id, animalInput()),
    ]) {
      await expectError(res, 404, 'NOT_FOUND');
    }
    expect((await api.listOk()).total).toBe(0);
  });

  test("a client id is not an animal id and an animal id is not a client id", async ({ request }) => {
    const { api } = await admin(request);
    const client = await api.createOk(individualClientInput());
    const animal = await api.createAnimalOk(client.id, animalInput());
    await expectError(await api.getAnimal(client.id), 404, 'NOT_FOUND');
    await expectError(await api.get(animal.id), 404, 'NOT_FOUND');
    await expectError(await api.createAnimal(animal.id, animalInput()), 404, 'NOT_FOUND');
  });
});

test.describe('My Clients and All Clients', () => {
  test('My Clients holds the clients assigned to me; All Clients holds every client of the organization', async ({ request }) => {
    const a = await admin(request);
    const mine = await a.api.createOk(individualClientInput({ firstName: 'Mine', lastName: 'Assigned', assignedStaffUserId: a.userId }));
    const mineVolume = await a.api.createOk(volumeClientInput({ organizationName: 'Mine Volume Rescue', assignedStaffUserId: a.userId }));
    const unassigned = await a.api.createOk(individualClientInput({ firstName: 'Nobody', lastName: 'Assigned', assignedStaffUserId: null }));
    expect(mine.kind === 'individual' && mine.details.assignedStaffUserId).toBe(a.userId);

    const myIds = (await a.api.listOk({ assigned: 'me', pageSize: 100 })).items.map((c) => c.id);
    expect(myIds).toEqual(expect.arrayContaining([mine.id, mineVolume.id]));
    expect(myIds).not.toContain(unassigned.id);
    expect((await a.api.listOk({ assigned: 'me', kind: 'volume', pageSize: 100 })).items.map((c) => c.id)).toEqual([mineVolume.id]);

    const all = await a.api.listOk({ assigned: 'anyone', pageSize: 100 });
    expect(new Set(all.items.map((c) => c.id))).toEqual(new Set([mine.id, mineVolume.id, unassigned.id]));
    expect(all.total).toBe(3);
    // `anyone` is the default.
    expect((await a.api.listOk({ pageSize: 100 })).total).toBe(3);

    // A colleague in the same organization (a token for another staff member of A) sees the
    // same All Clients, but none of these in their My Clients.
    const { header } = inspectToken(a.accessToken);
    const colleagueToken = await signToken(serverSigningKey(), { alg: 'EdDSA', kid: header.kid, typ: 'at+jwt' }, claimsLike(a.accessToken, { sub: randomUUID(), name: 'Casey Colleague' }));
    const colleague = hqClients(request, colleagueToken);
    expect((await colleague.listOk({ assigned: 'me', pageSize: 100 })).items).toEqual([]);
    expect(new Set((await colleague.listOk({ assigned: 'anyone', pageSize: 100 })).items.map((c) => c.id))).toEqual(new Set(all.items.map((c) => c.id)));

    // Reassigning moves a client into My Clients.
    const input = unassigned.kind === 'individual' ? { ...unassigned.details, assignedStaffUserId: a.userId } : null;
    expect(input).not.toBeNull();
    const res = await a.api.update(unassigned.id, input);
    await expectStatus(res, 200);
    expect((await a.api.listOk({ assigned: 'me', pageSize: 100 })).items.map((c) => c.id)).toContain(unassigned.id);
  });
});
