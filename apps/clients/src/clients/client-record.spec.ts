import { individualClientInputSchema, volumeClientInputSchema, type ClientData } from '@tailwise/contracts';
import { deriveClient, primaryPhoneOf } from './client-record';

const address = { line1: '1200 Larimer St', city: 'Denver', region: 'CO', postalCode: '80204' };

const volume = (overrides: Record<string, unknown> = {}): ClientData =>
  volumeClientInputSchema.parse({
    kind: 'volume',
    organizationName: 'Harbour Lights Cat Rescue',
    contactFirstName: 'Nell',
    contactLastName: 'Brandt',
    phones: [
      { type: 'work', number: '(303) 555-0150' },
      { type: 'mobile', number: '+1 720 555 0151', primary: true },
    ],
    invoiceEmail: 'Billing@HarbourLights.example.test',
    physicalAddress: address,
    ...overrides,
  });

const individual = (overrides: Record<string, unknown> = {}): ClientData =>
  individualClientInputSchema.parse({ kind: 'individual', firstName: 'José', lastName: "O'Brien", email: 'Jose@Example.test', ...overrides });

describe('deriveClient', () => {
  it('a volume client: its organization name shown, its contact searchable, its invoice email and primary number summarised', () => {
    const derived = deriveClient(volume());
    expect(derived).toMatchObject({
      displayName: 'Harbour Lights Cat Rescue',
      sortName: 'harbour lights cat rescue',
      searchName: 'harbour lights cat rescue nell brandt',
      email: 'billing@harbourlights.example.test',
      primaryPhone: '+1 720 555 0151',
    });
    expect(derived.phones).toEqual([
      { position: 0, type: 'work', number: '(303) 555-0150', digits: '3035550150' },
      { position: 1, type: 'mobile', number: '+1 720 555 0151', digits: '17205550151' },
    ]);
  });

  it('"use physical address" keeps no second copy; every optional field is present', () => {
    const { details } = deriveClient(volume({ mailingUsesPhysical: true, mailingAddress: { ...address, line1: 'PO Box 9' } }));
    expect(details).toMatchObject({ mailingUsesPhysical: true, mailingAddress: null, billingAddress: null, emergencyContact: null, assignedStaffUserId: null });
    const own = deriveClient(volume({ billingUsesPhysical: false, billingAddress: { ...address, line1: '77 Ledger Way' } })).details;
    expect(own).toMatchObject({ billingAddress: { line1: '77 Ledger Way' } });
  });

  it('an individual: "First Last", accents and apostrophes searchable plainly, the mobile as a phone', () => {
    const derived = deriveClient(individual({ mobile: '(303) 555-0142', otherPhones: [{ type: 'home', number: '303-555-0199' }] }));
    expect(derived).toMatchObject({ displayName: "José O'Brien", searchName: 'jose obrien', email: 'jose@example.test', primaryPhone: '(303) 555-0142' });
    expect(derived.phones.map((p) => [p.type, p.digits])).toEqual([
      ['mobile', '3035550142'],
      ['home', '3035550199'],
    ]);
    expect(derived.details).toMatchObject({ address: null, treatingClinicId: null, emergencyContact: null, numberOfSessions: null });
  });
});

describe('primaryPhoneOf', () => {
  it('an individual: the mobile when primary, else the flagged other number, else any', () => {
    expect(primaryPhoneOf(individual({ mobile: '303-555-0001', mobileIsPrimary: true }))).toBe('303-555-0001');
    expect(primaryPhoneOf(individual({ mobile: '303-555-0001', mobileIsPrimary: false, otherPhones: [{ type: 'home', number: '303-555-0002', primary: true }] }))).toBe('303-555-0002');
    expect(primaryPhoneOf(individual({ mobile: '303-555-0001', mobileIsPrimary: false }))).toBe('303-555-0001');
    expect(primaryPhoneOf(individual({ otherPhones: [{ type: 'work', number: '303-555-0003' }] }))).toBe('303-555-0003');
    expect(primaryPhoneOf(individual())).toBeNull();
  });

  it('a volume client: the flagged number, else the first', () => {
    expect(primaryPhoneOf(volume({ phones: [{ type: 'work', number: '303-555-0004' }, { type: 'work', number: '303-555-0005' }] }))).toBe('303-555-0004');
  });
});
