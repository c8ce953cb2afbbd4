import { expect, test, type APIRequestContext } from '@playwright/test';
import { clientSchema, type Activity, type Client, type IndividualClientInput, type VolumeClientInput } from '@tailwise/contracts';
import { addressInput, animalInput, expectStatus, hqClients, individualClientInput, volumeClientInput } from '../support/clients';
import { expectError } from '../support/http';
import { newOrganization, signUp } from '../support/organizations';

// A client's life: created, read, edited (with history naming who changed what), disabled
// and enabled, and deleted only while it has no records.

async function admin(request: APIRequestContext) {
  const signedUp = await signUp(request, newOrganization());
  return { ...signedUp, name: `${signedUp.firstName} ${signedUp.lastName}`, api: hqClients(request, signedUp.accessToken) };
}

const ISO_NOW_WINDOW_MS = 5 * 60_000;
function expectRecent(iso: string | null | undefined, label: string) {
  expect(iso, label).toEqual(expect.any(String));
  expect(Math.abs(Date.parse(iso as string) - Date.now()), `${label} ${iso}`).toBeLessThan(ISO_NOW_WINDOW_MS);
}

function actions(history: Activity[]): string[] {
  return history.map((h) => h.action);
}

test.describe('create and read', () => {
  test('an individual client is created with every field kept, and reads back the same', async ({ request }) => {
    const { api } = await admin(request);
    const input = individualClientInput({
      firstName: '  Maria ',
      lastName: 'Delgado',
      preferredLanguage: 'es',
      timeZone: 'America/Denver',
      email: 'Maria.Delgado@Example.TEST',
      emailConsent: false,
      mobile: '(303) 555-0142',
      smsConsent: true,
      mobileIsPrimary: true,
      salutation: 'Ms.',
      pronouns: 'she/her',
      dateOfBirth: '1984-07-19',
      voiceConsent: true,
      address: addressInput({ line2: 'Apt 4B' }),
      referringProvider: 'Dr. Chen',
      qualified: true,
      veteranId: 'VA-1234',
      alert: 'Cat bites: use gloves',
      otherPhones: [{ type: 'home', number: '303-555-0199', primary: false }],
      emergencyContact: { name: 'Luis Delgado', phone: '720.555.0100', relationship: 'Brother' },
      coverageType: 'fee-program',
      coverageProvider: 'Denver Spay Fund',
      authorizationNumber: 'AUTH-77',
      caseNumber: 'C-9',
      numberOfSessions: 3,
      billingNotes: 'Bill the fund',
      notes: 'Prefers mornings',
    });
    const created = await api.createOk(input);
    expect(created).toMatchObject({ kind: 'individual', displayName: 'Maria Delgado', status: 'active', disabledAt: null, animalCount: 0, lastVisitDate: null, nextVisitDate: null });
    expectRecent(created.createdAt, 'createdAt');
    expectRecent(created.updatedAt, 'updatedAt');
    expect(created.details).toMatchObject({
      ...input,
      firstName: 'Maria',
      email: 'maria.delgado@example.test',
      address: { ...addressInput({ line2: 'Apt 4B' }) },
      emergencyContact: { name: 'Luis Delgado', phone: '720.555.0100', relationship: 'Brother' },
    });
    expect(await api.getOk(created.id)).toEqual(created);
    const listed = (await api.listOk()).items.find((c) => c.id === created.id);
    expect(listed).toMatchObject({ kind: 'individual', displayName: 'Maria Delgado', status: 'active', email: 'maria.delgado@example.test', animalCount: 0 });
    expect(listed?.primaryPhone).toBe('(303) 555-0142');
  });

  test('a volume client is created with its addresses, phones and contact, and reads back the same', async ({ request }) => {
    const { api } = await admin(request);
    const billing = addressInput({ line1: '77 Ledger Way', city: 'Boulder', postalCode: '80301' });
    const input = volumeClientInput({
      organizationName: 'Front Range TNR',
      contactFirstName: 'Ola',
      contactLastName: 'Svensson',
      phones: [
        { type: 'work', number: '(303) 555-0150', primary: false },
        { type: 'mobile', number: '+1 720 555 0151', primary: true },
      ],
      invoiceEmail: 'Invoices@FrontRangeTNR.example.test',
      billingUsesPhysical: false,
      billingAddress: billing,
      emergencyContact: { name: 'Kit Svensson', phone: '720-555-0152' },
      notes: 'Traps on Tuesdays',
    });
    const created = await api.createOk(input);
    expect(created).toMatchObject({ kind: 'volume', displayName: 'Front Range TNR', status: 'active', animalCount: 0 });
    expect(created.details).toMatchObject({
      organizationName: 'Front Range TNR',
      contactFirstName: 'Ola',
      contactLastName: 'Svensson',
      phones: input.phones,
      invoiceEmail: 'invoices@frontrangetnr.example.test',
      mailingUsesPhysical: true,
      billingUsesPhysical: false,
      billingAddress: billing,
      physicalAddress: addressInput(),
      emergencyContact: { name: 'Kit Svensson', phone: '720-555-0152', relationship: null },
      notes: 'Traps on Tuesdays',
    });
    expect(await api.getOk(created.id)).toEqual(created);
    // The summary shows the primary phone and the invoice email.
    const listed = (await api.listOk({ kind: 'volume' })).items.find((c) => c.id === created.id);
    expect(listed).toMatchObject({ displayName: 'Front Range TNR', primaryPhone: '+1 720 555 0151', email: 'invoices@frontrangetnr.example.test' });
  });
});

test.describe('edit and history', () => {
  test('an edit (PUT) replaces the record and shows in history with the field changes and my name', async ({ request }) => {
    const { api, name } = await admin(request);
    const input = individualClientInput({ firstName: 'Theo', lastName: 'Marsh', mobile: '(303) 555-0160', alert: null }) as IndividualClientInput;
    const created = await api.createOk(input);

    const edit: IndividualClientInput = { ...input, lastName: 'Marsh-Holloway', mobile: '(303) 555-0161', alert: 'Anxious dog' };
    const updated = await api.updateOk(created.id, edit);
    expect(updated).toMatchObject({ id: created.id, kind: 'individual', displayName: 'Theo Marsh-Holloway', createdAt: created.createdAt });
    expect(updated.details).toMatchObject({ lastName: 'Marsh-Holloway', mobile: '(303) 555-0161', alert: 'Anxious dog', firstName: 'Theo' });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));
    expect(await api.getOk(created.id)).toEqual(updated);

    const history = await api.historyOk(created.id);
    expect(actions(history)).toEqual(expect.arrayContaining(['client.created', 'client.updated']));
    const change = history.find((h) => h.action === 'client.updated') as Activity;
    expect(change.actorName).toBe(name);
    expect(change.actorUserId).toEqual(expect.any(String));
    expectRecent(change.at, 'history at');
    expect(change.changes).toEqual({
      lastName: { from: 'Marsh', to: 'Marsh-Holloway' },
      mobile: { from: '(303) 555-0160', to: '(303) 555-0161' },
      alert: { from: null, to: 'Anxious dog' },
    });
    expect(change.summary.length).toBeGreaterThan(0);
    const creation = history.find((h) => h.action === 'client.created') as Activity;
    expect(creation.actorName).toBe(name);

    // Saving the same values again changes nothing worth a field change.
    await api.updateOk(created.id, edit);
    const after = await api.historyOk(created.id);
    for (const entry of after.filter((h) => h.action === 'client.updated' && h.id !== change.id)) {
      expect(entry.changes ?? {}).toEqual({});
    }
  });

  test('a volume client edit records nested changes and keeps its kind', async ({ request }) => {
    const { api, name } = await admin(request);
    const input = volumeClientInput({ organizationName: 'Mesa Cat Alliance' }) as VolumeClientInput;
    const created = await api.createOk(input);
    const mailing = addressInput({ line1: 'PO Box 9', city: 'Golden', postalCode: '80401' });
    const updated = await api.updateOk(created.id, { ...input, organizationName: 'Mesa Cat Alliance West', mailingUsesPhysical: false, mailingAddress: mailing });
    expect(updated).toMatchObject({ kind: 'volume', displayName: 'Mesa Cat Alliance West' });
    expect(updated.kind === 'volume' && updated.details.mailingAddress).toMatchObject({ line1: 'PO Box 9', city: 'Golden' });

    const change = (await api.historyOk(created.id)).find((h) => h.action === 'client.updated');
    expect(change?.actorName).toBe(name);
    expect(Object.keys(change?.changes ?? {})).toEqual(expect.arrayContaining(['organizationName', 'mailingUsesPhysical']));
    expect(change?.changes?.['organizationName']).toEqual({ from: 'Mesa Cat Alliance', to: 'Mesa Cat Alliance West' });
  });

  test('the edit form round trip: PUT with exactly what GET returned changes nothing', async ({ request }) => {
    const { api } = await admin(request);
    for (const input of [individualClientInput({ address: addressInput() }), volumeClientInput()]) {
      const created = await api.createOk(input);
      const read = await api.getOk(created.id);
      // What the web client holds after parsing the answer with the contract.
      const saved = await api.updateOk(created.id, clientSchema.parse(read).details as IndividualClientInput | VolumeClientInput);
      expect(saved.details).toEqual(read.details);
      expect(saved.displayName).toBe(read.displayName);
    }
  });
});

test.describe('disable and enable', () => {
  test('disable shows as disabled (with when), enable restores it; both are in history', async ({ request }) => {
    const { api, name } = await admin(request);
    const client = await api.createOk(individualClientInput({ firstName: 'Dora', lastName: 'Disabled' }));

    const disabled = await api.disableOk(client.id);
    expect(disabled.status).toBe('disabled');
    expectRecent(disabled.disabledAt, 'disabledAt');
    expect((await api.listOk({ status: 'disabled' })).items.map((c) => c.id)).toEqual([client.id]);
    expect((await api.listOk()).items.find((c) => c.id === client.id)?.status).toBe('disabled');

    const enabled = await api.enableOk(client.id);
    expect(enabled).toMatchObject({ status: 'active', disabledAt: null });
    expect((await api.listOk({ status: 'disabled' })).items).toEqual([]);
    // The details are untouched by either.
    expect(enabled.details).toEqual(client.details);

    const history = await api.historyOk(client.id);
    expect(actions(history)).toEqual(expect.arrayContaining(['client.created', 'client.disabled', 'client.enabled']));
    for (const entry of history.filter((h) => h.action === 'client.disabled' || h.action === 'client.enabled')) expect(entry.actorName).toBe(name);
  });

  test('a disabled client can still be edited and read, and keeps its status through an edit', async ({ request }) => {
    const { api } = await admin(request);
    const input = individualClientInput() as IndividualClientInput;
    const client = await api.createOk(input);
    await api.disableOk(client.id);
    const edited = await api.updateOk(client.id, { ...input, notes: 'Moved away' });
    expect(edited.status).toBe('disabled');
    expect(edited.details.notes).toBe('Moved away');
  });
});

test.describe('delete', () => {
  test('delete is refused while the client has animals (409 with what it has, suggesting Disable), and nothing is lost', async ({ request }) => {
    const { api } = await admin(request);
    const client = await api.createOk(volumeClientInput());
    const first = await api.createAnimalOk(client.id, animalInput());
    const second = await api.createAnimalOk(client.id, animalInput({ species: 'dog' }));

    const refused = await expectError(await api.remove(client.id), 409, 'CONFLICT');
    expect(refused.details).toEqual({ reason: 'has-records', records: expect.objectContaining({ animals: 2 }), suggestion: 'disable' });
    expect(Object.values((refused.details as { records: Record<string, number> }).records).every((n) => Number.isInteger(n))).toBe(true);

    const still = await api.getOk(client.id);
    expect(still).toMatchObject({ status: 'active', animalCount: 2 });
    expect((await api.animalsOk(client.id)).map((a) => a.id).sort()).toEqual([first.id, second.id].sort());
    await api.getAnimalOk(first.id);

    // A disabled client with animals is still not deletable.
    await api.disableOk(client.id);
    await expectError(await api.remove(client.id), 409, 'CONFLICT');
    expect((await api.getOk(client.id)).status).toBe('disabled');
  });

  test('a client with no records is deleted (204), and is then gone everywhere (404)', async ({ request }) => {
    const { api } = await admin(request);
    const keep = await api.createOk(individualClientInput({ firstName: 'Keeper', lastName: 'Stays' }));
    const client = await api.createOk(individualClientInput({ firstName: 'Gone', lastName: 'Soonerly', mobile: '(303) 555-0170' }));
    expect(await api.count()).toBe(2);

    const res = await api.remove(client.id);
    await expectStatus(res, 204);
    expect(await res.text()).toBe('');

    await expectError(await api.get(client.id), 404, 'NOT_FOUND');
    await expectError(await api.history(client.id), 404, 'NOT_FOUND');
    await expectError(await api.animals(client.id), 404, 'NOT_FOUND');
    await expectError(await api.createAnimal(client.id, animalInput()), 404, 'NOT_FOUND');
    await expectError(await api.update(client.id, individualClientInput()), 404, 'NOT_FOUND');
    await expectError(await api.disable(client.id), 404, 'NOT_FOUND');
    await expectError(await api.remove(client.id), 404, 'NOT_FOUND');
    expect(await api.count()).toBe(1);
    expect((await api.listOk()).items.map((c) => c.id)).toEqual([keep.id]);
    for (const q of ['soonerly', '3035550170']) expect((await api.searchOk({ q })).total, q).toBe(0);
    // The other client is untouched.
    await api.getOk(keep.id);
  });

  test('a delete racing a new animal never leaves both done: either the animal exists and the client stays, or both are gone', async ({ request }) => {
    const { api } = await admin(request);
    for (let round = 0; round < 6; round++) {
      const client = await api.createOk(individualClientInput());
      const [deleted, added] = await Promise.all([api.remove(client.id), api.createAnimal(client.id, animalInput())]);
      const outcome = `round ${round}: delete ${deleted.status()}, animal ${added.status()}`;
      if (deleted.status() === 204) {
        expect(added.status(), outcome).toBe(404);
        await expectError(await api.get(client.id), 404, 'NOT_FOUND');
      } else {
        expect([deleted.status(), added.status()], outcome).toEqual([409, 201]);
        const animal = (await added.json()) as { id: string };
        expect((await api.getOk(client.id)).animalCount, outcome).toBe(1);
        expect((await api.getAnimalOk(animal.id)).clientId, outcome).toBe(client.id);
      }
    }
  });

  test('a disabled client with no records can be deleted', async ({ request }) => {
    const { api } = await admin(request);
    const client = await api.createOk(volumeClientInput());
    await api.disableOk(client.id);
    await expectStatus(await api.remove(client.id), 204);
    await expectError(await api.get(client.id), 404, 'NOT_FOUND');
  });
});

test.describe('animals', () => {
  test('animalCount follows the animals a client has, in the profile and in the list', async ({ request }) => {
    const { api } = await admin(request);
    const client: Client = await api.createOk(individualClientInput());
    const other = await api.createOk(volumeClientInput());
    expect(client.animalCount).toBe(0);

    const names = ['Biscuit', 'Pickle', 'Noodle'];
    for (const [i, n] of names.entries()) {
      await api.createAnimalOk(client.id, animalInput({ name: n }));
      expect((await api.getOk(client.id)).animalCount).toBe(i + 1);
    }
    const summary = (await api.listOk({ pageSize: 100 })).items;
    expect(summary.find((c) => c.id === client.id)?.animalCount).toBe(3);
    expect(summary.find((c) => c.id === other.id)?.animalCount).toBe(0);
    expect((await api.getOk(other.id)).animalCount).toBe(0);
    expect((await api.animalsOk(client.id)).map((a) => a.name).sort()).toEqual([...names].sort());

    // Animals added at the same moment are all counted.
    await Promise.all(Array.from({ length: 5 }, (_, i) => api.createAnimalOk(other.id, animalInput({ name: `Litter ${i}` }))));
    expect((await api.getOk(other.id)).animalCount).toBe(5);
    expect(await api.animalsOk(other.id)).toHaveLength(5);
  });

  test('an animal is created, read, listed and edited (e.g. marked deceased), and the history says so', async ({ request }) => {
    const { api, name } = await admin(request);
    const client = await api.createOk(volumeClientInput());
    const input = animalInput({
      name: 'Juniper',
      species: 'cat',
      sex: 'female',
      altered: 'intact',
      breed: 'Domestic Shorthair',
      colour: 'Tabby',
      estimatedAgeMonths: 18,
      weightKg: 3.6,
      microchip: '985112233445566',
      arrivingInTrap: true,
    });
    const created = await api.createAnimalOk(client.id, input);
    expect(created).toMatchObject({ ...input, clientId: client.id, status: 'active', dateOfBirth: null });
    expectRecent(created.createdAt, 'animal createdAt');
    expect(await api.getAnimalOk(created.id)).toEqual(created);
    expect(await api.animalsOk(client.id)).toEqual([created]);

    const deceased = await api.updateAnimalOk(created.id, { ...input, status: 'deceased', altered: 'altered', weightKg: 3.9 });
    expect(deceased).toMatchObject({ id: created.id, clientId: client.id, status: 'deceased', altered: 'altered', weightKg: 3.9, microchip: '985112233445566', createdAt: created.createdAt });
    expect(await api.getAnimalOk(created.id)).toEqual(deceased);
    // A deceased animal is still the client's record.
    expect((await api.getOk(client.id)).animalCount).toBe(1);
    await expectError(await api.remove(client.id), 409, 'CONFLICT');

    const history = await api.historyOk(client.id);
    expect(actions(history)).toEqual(expect.arrayContaining(['client.created', 'animal.created']));
    for (const entry of history) expect(entry.actorName, entry.action).toBe(name);
  });
});
