import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import type { ErrorBody } from '@tailwise/contracts';
import {
  addressInput,
  animalInput,
  hqClients,
  individualClientInput,
  uniqueMicrochip,
  volumeClientInput,
  type HqClients,
} from '../support/clients';
import { expectError, issuePaths } from '../support/http';
import { newOrganization, signUp } from '../support/organizations';

// Every field rule of Create Volume Client, Create Client and animals, through the gateway:
// each refusal is a 4xx naming the field, and leaves nothing half-written behind.

async function organization(request: APIRequestContext): Promise<HqClients> {
  const admin = await signUp(request, newOrganization());
  return hqClients(request, admin.accessToken);
}

function issueMessage(body: ErrorBody, path: string): string | undefined {
  return (body.details as { issues?: { path: string; message: string }[] } | undefined)?.issues?.find((i) => i.path === path)?.message;
}

/** A 400 VALIDATION naming exactly these fields. */
async function expectFieldErrors(res: APIResponse, paths: string[], label: string): Promise<ErrorBody> {
  const body = await expectError(res, 400, 'VALIDATION');
  expect(new Set(issuePaths(body)), `${label}: ${JSON.stringify(body.details)}`).toEqual(new Set(paths));
  return body;
}

/** Creating this body is refused naming exactly these fields, and no client is added. */
async function expectCreateRefused(api: HqClients, body: unknown, paths: string[], label: string): Promise<ErrorBody> {
  const before = await api.count();
  const refused = await expectFieldErrors(await api.create(body), paths, label);
  expect(await api.count(), `${label}: a refused create added a client`).toBe(before);
  return refused;
}

/** A 409 CONFLICT naming the microchip as a field issue, so the form shows it on that field. */
async function expectMicrochipConflict(res: APIResponse): Promise<ErrorBody> {
  const body = await expectError(res, 409, 'CONFLICT');
  expect(issuePaths(body), `the conflict does not name the microchip: ${JSON.stringify(body)}`).toEqual(['microchip']);
  expect(issueMessage(body, 'microchip')).toMatch(/microchip/i);
  return body;
}

test.describe('Create Volume Client: field rules', () => {
  test('at least one phone number: none, or no phones field at all, is refused naming phones', async ({ request }) => {
    const api = await organization(request);
    const body = await expectCreateRefused(api, volumeClientInput({ phones: [] }), ['phones'], 'phones: []');
    expect(issueMessage(body, 'phones')).toMatch(/at least one phone/i);
    const { phones: _phones, ...withoutPhones } = volumeClientInput();
    await expectCreateRefused(api, withoutPhones, ['phones'], 'no phones field');
  });

  test('a bad phone number is named by its position', async ({ request }) => {
    const api = await organization(request);
    for (const number of ['not a phone', '12345', '555-CALL-NOW', '+1 (303) 555-0142 ext 9', '1234567890123456', '']) {
      await expectCreateRefused(api, volumeClientInput({ phones: [{ type: 'work', number, primary: true }] }), ['phones.0.number'], `phone "${number}"`);
    }
    // The second of two numbers is named as the second.
    await expectCreateRefused(
      api,
      volumeClientInput({ phones: [{ type: 'work', number: '(303) 555-0142', primary: true }, { type: 'mobile', number: 'abc', primary: false }] }),
      ['phones.1.number'],
      'second phone bad',
    );
    await expectCreateRefused(api, volumeClientInput({ phones: [{ type: 'pager', number: '(303) 555-0142', primary: true }] }), ['phones.0.type'], 'phone type');
  });

  test('every common phone format is accepted and kept as typed', async ({ request }) => {
    const api = await organization(request);
    for (const number of ['(303) 555-0142', '+1 303.555.0142', '3035550142', '303-555-0142', '+44 20 7946 0958']) {
      const created = await api.createOk(volumeClientInput({ phones: [{ type: 'work', number, primary: true }] }));
      expect(created.kind === 'volume' && created.details.phones[0].number).toBe(number);
    }
  });

  test('the physical address is required, and each of its required parts is named', async ({ request }) => {
    const api = await organization(request);
    const { physicalAddress: _address, ...withoutAddress } = volumeClientInput();
    await expectCreateRefused(api, withoutAddress, ['physicalAddress'], 'no physical address');
    await expectCreateRefused(api, volumeClientInput({ physicalAddress: null }), ['physicalAddress'], 'null physical address');
    for (const part of ['line1', 'city', 'region', 'postalCode'] as const) {
      await expectCreateRefused(api, volumeClientInput({ physicalAddress: addressInput({ [part]: '  ' }) }), [`physicalAddress.${part}`], `blank ${part}`);
    }
    await expectCreateRefused(api, volumeClientInput({ physicalAddress: addressInput({ country: 'USA' }) }), ['physicalAddress.country'], 'country USA');
  });

  test('a bad invoice email is named', async ({ request }) => {
    const api = await organization(request);
    for (const invoiceEmail of ['billing', 'billing@', '@rescue.example.test', 'a b@rescue.example.test', 'two@@rescue.example.test']) {
      await expectCreateRefused(api, volumeClientInput({ invoiceEmail }), ['invoiceEmail'], `invoice email "${invoiceEmail}"`);
    }
  });

  test('mailing or billing not using the physical address needs its own address', async ({ request }) => {
    const api = await organization(request);
    await expectCreateRefused(api, volumeClientInput({ mailingUsesPhysical: false }), ['mailingAddress'], 'mailing');
    await expectCreateRefused(api, volumeClientInput({ mailingUsesPhysical: false, mailingAddress: null }), ['mailingAddress'], 'mailing null');
    await expectCreateRefused(api, volumeClientInput({ billingUsesPhysical: false }), ['billingAddress'], 'billing');
    await expectCreateRefused(api, volumeClientInput({ mailingUsesPhysical: false, billingUsesPhysical: false }), ['mailingAddress', 'billingAddress'], 'both');

    // With their own addresses they are accepted and kept.
    const mailing = addressInput({ line1: 'PO Box 42', city: 'Aurora', postalCode: '80010' });
    const created = await api.createOk(volumeClientInput({ mailingUsesPhysical: false, mailingAddress: mailing }));
    expect(created.kind).toBe('volume');
    if (created.kind === 'volume') {
      expect(created.details.mailingUsesPhysical).toBe(false);
      expect(created.details.mailingAddress).toMatchObject({ line1: 'PO Box 42', city: 'Aurora', postalCode: '80010' });
      expect(created.details.billingUsesPhysical).toBe(true);
    }
  });

  test('the organization name and the primary contact are required', async ({ request }) => {
    const api = await organization(request);
    await expectCreateRefused(api, volumeClientInput({ organizationName: '   ' }), ['organizationName'], 'blank organization');
    await expectCreateRefused(api, volumeClientInput({ contactFirstName: '', contactLastName: undefined }), ['contactFirstName', 'contactLastName'], 'no contact');
  });

  test('unknown fields are refused, each named as an unknown field, at the top and inside an address', async ({ request }) => {
    const api = await organization(request);
    const top = await expectCreateRefused(api, { ...volumeClientInput(), favouriteColour: 'blue', organizationId: '00000000-0000-4000-8000-000000000000' }, ['favouriteColour', 'organizationId'], 'unknown top-level');
    expect(issueMessage(top, 'favouriteColour')).toBe('Unknown field');
    await expectCreateRefused(api, volumeClientInput({ physicalAddress: { ...addressInput(), county: 'Denver' } }), ['physicalAddress.county'], 'unknown in address');
    // A field of the other kind of client is unknown here.
    await expectCreateRefused(api, { ...volumeClientInput(), firstName: 'Dana' }, ['firstName'], 'individual field on a volume client');
    // Server-owned fields cannot be written.
    await expectCreateRefused(api, { ...volumeClientInput(), status: 'disabled', animalCount: 7 }, ['status', 'animalCount'], 'server-owned fields');
  });

  test('a missing or unknown kind is named', async ({ request }) => {
    const api = await organization(request);
    const { kind: _kind, ...withoutKind } = volumeClientInput();
    await expectCreateRefused(api, withoutKind, ['kind'], 'no kind');
    await expectCreateRefused(api, { ...volumeClientInput(), kind: 'corporate' }, ['kind'], 'kind corporate');
  });

  test('wrong types and non-object bodies are 400, never a 5xx', async ({ request }) => {
    const api = await organization(request);
    await expectCreateRefused(api, volumeClientInput({ phones: 'none', mailingUsesPhysical: 'yes' }), ['phones', 'mailingUsesPhysical'], 'wrong types');
    for (const json of ['[]', '"text"', '42', 'null', '{"kind":"volume",']) {
      const before = await api.count();
      await expectError(await api.createRaw(json), 400, 'VALIDATION');
      expect(await api.count()).toBe(before);
    }
  });
});

test.describe('Create Client (individual): field rules', () => {
  test('a bad email is named', async ({ request }) => {
    const api = await organization(request);
    for (const email of ['jamie', 'jamie@', '@owner.example.test', 'jamie@@owner.example.test', `${'j'.repeat(250)}@owner.example.test`]) {
      await expectCreateRefused(api, individualClientInput({ email }), ['email'], `email "${email}"`);
    }
  });

  test('SMS consent without a mobile number is refused naming mobile', async ({ request }) => {
    const api = await organization(request);
    for (const mobile of [undefined, null, '']) {
      const body = await expectCreateRefused(api, individualClientInput({ smsConsent: true, mobile }), ['mobile'], `mobile ${JSON.stringify(mobile)}`);
      expect(issueMessage(body, 'mobile')).toMatch(/mobile/i);
    }
    // A bad mobile is named too; with one, SMS consent is accepted.
    await expectCreateRefused(api, individualClientInput({ mobile: 'call me' }), ['mobile'], 'bad mobile');
    const ok = await api.createOk(individualClientInput({ smsConsent: true, mobile: '(720) 555-0199' }));
    expect(ok.kind === 'individual' && ok.details).toMatchObject({ smsConsent: true, mobile: '(720) 555-0199' });
  });

  test('allow login without an email is refused naming email', async ({ request }) => {
    const api = await organization(request);
    for (const email of [undefined, null]) {
      const body = await expectCreateRefused(api, individualClientInput({ allowLogin: true, email }), ['email'], `email ${JSON.stringify(email)}`);
      expect(issueMessage(body, 'email')).toMatch(/email/i);
    }
  });

  test('first and last names are required; names of only spaces are missing', async ({ request }) => {
    const api = await organization(request);
    await expectCreateRefused(api, individualClientInput({ firstName: '  ', lastName: undefined }), ['firstName', 'lastName'], 'names');
  });

  test('blank optional strings are accepted and stored as null; email consent is on by default', async ({ request }) => {
    const api = await organization(request);
    const created = await api.createOk(
      individualClientInput({
        email: null,
        mobile: '',
        salutation: '   ',
        pronouns: '',
        veteranId: ' ',
        referringProvider: '',
        alert: '',
        billingNotes: '  ',
        notes: '',
        timeZone: '',
      }),
    );
    expect(created.kind).toBe('individual');
    if (created.kind !== 'individual') return;
    expect(created.details).toMatchObject({
      email: null,
      mobile: null,
      salutation: null,
      pronouns: null,
      veteranId: null,
      referringProvider: null,
      alert: null,
      billingNotes: null,
      notes: null,
      timeZone: null,
      emailConsent: true,
      smsConsent: false,
      allowLogin: false,
    });
    // And as read back.
    const read = await api.getOk(created.id);
    expect(read.kind === 'individual' && read.details).toMatchObject({ salutation: null, pronouns: null, mobile: null, emailConsent: true });
  });

  test('advanced fields: bad values are named (date of birth, sessions, coverage, treating clinic, phones)', async ({ request }) => {
    const api = await organization(request);
    await expectCreateRefused(api, individualClientInput({ dateOfBirth: '1990-02-30x' }), ['dateOfBirth'], 'date of birth');
    await expectCreateRefused(api, individualClientInput({ numberOfSessions: -1 }), ['numberOfSessions'], 'sessions');
    await expectCreateRefused(api, individualClientInput({ coverageType: 'lottery' }), ['coverageType'], 'coverage');
    await expectCreateRefused(api, individualClientInput({ treatingClinicId: 'clinic-1' }), ['treatingClinicId'], 'treating clinic');
    await expectCreateRefused(api, individualClientInput({ otherPhones: [{ type: 'home', number: 'x', primary: false }] }), ['otherPhones.0.number'], 'other phone');
    await expectCreateRefused(api, individualClientInput({ emergencyContact: { name: 'Pat', phone: 'nope' } }), ['emergencyContact.phone'], 'emergency phone');
    await expectCreateRefused(api, individualClientInput({ address: { ...addressInput(), city: '' } }), ['address.city'], 'address city');
  });

  test('an edit (PUT) is held to the same rules and a refused edit changes nothing', async ({ request }) => {
    const api = await organization(request);
    const created = await api.createOk(individualClientInput({ mobile: '(303) 555-0142' }));
    const client = await api.getOk(created.id);
    const historyBefore = await api.historyOk(client.id);
    const base = client.kind === 'individual' ? client.details : individualClientInput();
    const edit = { ...individualClientInput(), firstName: base.firstName, lastName: base.lastName };

    await expectFieldErrors(await api.update(client.id, { ...edit, smsConsent: true, mobile: '' }), ['mobile'], 'edit sms without mobile');
    await expectFieldErrors(await api.update(client.id, { ...edit, allowLogin: true, email: null }), ['email'], 'edit login without email');
    await expectFieldErrors(await api.update(client.id, { ...edit, email: 'not-an-email' }), ['email'], 'edit bad email');
    await expectFieldErrors(await api.update(client.id, { ...edit, lastName: '' }), ['lastName'], 'edit blank last name');
    await expectFieldErrors(await api.update(client.id, { ...edit, nickname: 'J' }), ['nickname'], 'edit unknown field');

    expect(await api.getOk(client.id)).toEqual(client);
    expect(await api.historyOk(client.id)).toEqual(historyBefore);
  });

  test("an edit cannot change a client's kind", async ({ request }) => {
    const api = await organization(request);
    for (const [input, other] of [
      [individualClientInput(), volumeClientInput()],
      [volumeClientInput(), individualClientInput()],
    ] as const) {
      const created = await api.createOk(input);
      const before = await api.getOk(created.id);
      await expectFieldErrors(await api.update(created.id, other), ['kind'], `${input.kind} to ${other.kind}`);
      expect(await api.getOk(created.id)).toEqual(before);
    }
  });
});

test.describe('animals: field rules', () => {
  test('a duplicate microchip in the organization is 409 naming microchip, whatever its case or spacing', async ({ request }) => {
    const api = await organization(request);
    const owner = await api.createOk(individualClientInput());
    const otherOwner = await api.createOk(volumeClientInput());
    const chip = `AB${uniqueMicrochip().slice(0, 11)}`;
    const first = await api.createAnimalOk(owner.id, animalInput({ microchip: chip.toLowerCase() }));
    expect(first.microchip).toBe(chip);

    for (const [clientId, microchip] of [
      [owner.id, chip],
      [owner.id, chip.toLowerCase()],
      [otherOwner.id, ` ${chip} `],
    ] as const) {
      await expectMicrochipConflict(await api.createAnimal(clientId, animalInput({ microchip })));
    }
    // Nothing half-written: no extra animal anywhere, counts unchanged.
    expect((await api.animalsOk(owner.id)).map((a) => a.id)).toEqual([first.id]);
    expect(await api.animalsOk(otherOwner.id)).toEqual([]);
    expect((await api.getOk(owner.id)).animalCount).toBe(1);
    expect((await api.getOk(otherOwner.id)).animalCount).toBe(0);
  });

  test('the same new microchip sent several times at once is taken once; the others are 409, never a 5xx', async ({ request }) => {
    const api = await organization(request);
    const owner = await api.createOk(individualClientInput());
    const chip = uniqueMicrochip();
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => api.createAnimal(owner.id, animalInput({ name: `Racer ${i}`, microchip: chip }))));
    const statuses = answers.map((r) => r.status()).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    for (const res of answers.filter((r) => r.status() === 409)) await expectMicrochipConflict(res);
    const animals = await api.animalsOk(owner.id);
    expect(animals.map((a) => a.microchip)).toEqual([chip]);
    expect((await api.getOk(owner.id)).animalCount).toBe(1);
  });

  test('an edit may not take another animal’s microchip, and may keep its own', async ({ request }) => {
    const api = await organization(request);
    const owner = await api.createOk(individualClientInput());
    const chipA = uniqueMicrochip();
    const chipB = uniqueMicrochip();
    const a = await api.createAnimalOk(owner.id, animalInput({ name: 'Pepper', microchip: chipA }));
    const b = await api.getAnimalOk((await api.createAnimalOk(owner.id, animalInput({ name: 'Salt', microchip: chipB }))).id);

    await expectMicrochipConflict(await api.updateAnimal(b.id, animalInput({ name: 'Salt', microchip: chipA })));
    expect(await api.getAnimalOk(b.id)).toEqual(b);

    // Saving an animal with its own chip unchanged is no conflict.
    const renamed = await api.updateAnimalOk(a.id, animalInput({ name: 'Pepper Jr', microchip: chipA }));
    expect(renamed).toMatchObject({ name: 'Pepper Jr', microchip: chipA });
  });

  test('the same microchip in another organization is allowed', async ({ request }) => {
    const a = await organization(request);
    const b = await organization(request);
    const chip = uniqueMicrochip();
    const inA = await a.createAnimalOk((await a.createOk(individualClientInput())).id, animalInput({ microchip: chip }));
    const inB = await b.createAnimalOk((await b.createOk(volumeClientInput())).id, animalInput({ microchip: chip }));
    expect(inA.microchip).toBe(chip);
    expect(inB.microchip).toBe(chip);
    expect(inB.id).not.toBe(inA.id);
  });

  test('animals without a microchip never conflict: blank and missing chips are null', async ({ request }) => {
    const api = await organization(request);
    const owner = await api.createOk(individualClientInput());
    const blank = await api.createAnimalOk(owner.id, animalInput({ microchip: '' }));
    const none = await api.createAnimalOk(owner.id, animalInput({ microchip: null }));
    const omitted = await api.createAnimalOk(owner.id, animalInput());
    for (const animal of [blank, none, omitted]) expect(animal.microchip).toBeNull();
    const blanks = await api.createAnimalOk(owner.id, animalInput({ breed: '  ', colour: '' }));
    expect(blanks).toMatchObject({ breed: null, colour: null });
    expect((await api.getOk(owner.id)).animalCount).toBe(4);
  });

  test('a microchip must be 9 to 15 letters or digits', async ({ request }) => {
    const api = await organization(request);
    const owner = await api.createOk(individualClientInput());
    for (const microchip of ['12345678', '1234567890123456', '985-1123-4567', 'chip!chip!']) {
      await expectFieldErrors(await api.createAnimal(owner.id, animalInput({ microchip })), ['microchip'], `microchip "${microchip}"`);
    }
    expect(await api.animalsOk(owner.id)).toEqual([]);
  });

  test('a date of birth and an estimated age together are refused naming estimatedAgeMonths', async ({ request }) => {
    const api = await organization(request);
    const owner = await api.createOk(individualClientInput());
    await expectFieldErrors(
      await api.createAnimal(owner.id, animalInput({ dateOfBirth: '2023-04-01', estimatedAgeMonths: 14 })),
      ['estimatedAgeMonths'],
      'both ages',
    );
    expect(await api.animalsOk(owner.id)).toEqual([]);
    // Either one alone is fine.
    expect(await api.createAnimalOk(owner.id, animalInput({ dateOfBirth: '2023-04-01' }))).toMatchObject({ dateOfBirth: '2023-04-01', estimatedAgeMonths: null });
    expect(await api.createAnimalOk(owner.id, animalInput({ estimatedAgeMonths: 14 }))).toMatchObject({ dateOfBirth: null, estimatedAgeMonths: 14 });
    // And an edit is held to the same rule.
    const [animal] = await api.animalsOk(owner.id);
    await expectFieldErrors(
      await api.updateAnimal(animal.id, animalInput({ name: animal.name, dateOfBirth: '2023-04-01', estimatedAgeMonths: 3 })),
      ['estimatedAgeMonths'],
      'edit both ages',
    );
    expect(await api.getAnimalOk(animal.id)).toEqual(animal);
  });

  test('a bad weight is named', async ({ request }) => {
    const api = await organization(request);
    const owner = await api.createOk(individualClientInput());
    for (const weightKg of [0, -3.5, 250, '4kg', '4.2']) {
      await expectFieldErrors(await api.createAnimal(owner.id, animalInput({ weightKg })), ['weightKg'], `weight ${JSON.stringify(weightKg)}`);
    }
    expect(await api.animalsOk(owner.id)).toEqual([]);
    expect(await api.createAnimalOk(owner.id, animalInput({ weightKg: 4.2 }))).toMatchObject({ weightKg: 4.2 });
  });

  test('other animal fields: name, species, sex, altered, status, age, unknown fields', async ({ request }) => {
    const api = await organization(request);
    const owner = await api.createOk(individualClientInput());
    const cases: [Record<string, unknown>, string[]][] = [
      [{ name: '  ' }, ['name']],
      [{ species: 'dragon' }, ['species']],
      [{ species: undefined }, ['species']],
      [{ sex: 'f' }, ['sex']],
      [{ altered: 'yes' }, ['altered']],
      [{ status: 'lost' }, ['status']],
      [{ estimatedAgeMonths: -1 }, ['estimatedAgeMonths']],
      [{ estimatedAgeMonths: 2.5 }, ['estimatedAgeMonths']],
      [{ dateOfBirth: '31/05/2024' }, ['dateOfBirth']],
      [{ arrivingInTrap: 'yes' }, ['arrivingInTrap']],
      [{ ownerId: owner.id }, ['ownerId']],
      [{ clientId: owner.id }, ['clientId']],
    ];
    for (const [overrides, paths] of cases) {
      await expectFieldErrors(await api.createAnimal(owner.id, animalInput(overrides)), paths, JSON.stringify(overrides));
    }
    expect(await api.animalsOk(owner.id)).toEqual([]);
    expect((await api.getOk(owner.id)).animalCount).toBe(0);
    // A trapped community cat with only the essentials is accepted, with the defaults.
    expect(await api.createAnimalOk(owner.id, { name: 'Trap 7', species: 'cat', arrivingInTrap: true })).toMatchObject({
      sex: 'unknown',
      altered: 'unknown',
      status: 'active',
      arrivingInTrap: true,
      microchip: null,
    });
  });
});
