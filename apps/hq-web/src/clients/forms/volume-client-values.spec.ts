import { volumeClientInputSchema } from '@tailwise/contracts';
import { describe, expect, it } from 'vitest';
import { type AddressValues, emptyAddress } from './form-values';
import { volumeClientDefaults, volumeClientFieldOf, type VolumeClientFormValues, volumeClientToBody, volumeClientValues } from './volume-client-values';

const denver: AddressValues = { line1: ' 1200 Larimer St ', line2: '', city: 'Denver', region: 'CO', postalCode: '80204', country: 'US' };
const poBox: AddressValues = { line1: 'PO Box 42', line2: 'Attn: Billing', city: 'Boulder', region: 'CO', postalCode: '80301', country: 'us' };

function filled(overrides: Partial<VolumeClientFormValues> = {}): VolumeClientFormValues {
  return {
    ...volumeClientDefaults(),
    organizationName: ' Alley Cat Rescue ',
    contactFirstName: 'Dana',
    contactLastName: 'Okafor',
    phones: [{ type: 'work', number: ' (303) 555-0100 ', primary: true }],
    invoiceEmail: 'Billing@Rescue.test',
    physicalAddress: denver,
    ...overrides,
  };
}

describe('volumeClientToBody', () => {
  it('leaves the mailing and billing addresses out when they use the physical address', () => {
    const body = volumeClientToBody(filled({ mailingAddress: poBox, billingAddress: poBox }));

    expect(body).toEqual({
      kind: 'volume',
      organizationName: 'Alley Cat Rescue',
      contactFirstName: 'Dana',
      contactLastName: 'Okafor',
      phones: [{ type: 'work', number: '(303) 555-0100', primary: true }],
      invoiceEmail: 'Billing@Rescue.test',
      physicalAddress: { line1: '1200 Larimer St', line2: null, city: 'Denver', region: 'CO', postalCode: '80204', country: 'US' },
      mailingUsesPhysical: true,
      billingUsesPhysical: true,
      emergencyContact: null,
      notes: null,
      assignedStaffUserId: null,
    });
    expect('mailingAddress' in body).toBe(false);
    expect('billingAddress' in body).toBe(false);
    expect(volumeClientInputSchema.safeParse(body).success).toBe(true);
  });

  it('sends an address that does not use the physical one', () => {
    const body = volumeClientToBody(filled({ mailingUsesPhysical: false, mailingAddress: poBox }));
    expect(body.mailingAddress).toEqual({ line1: 'PO Box 42', line2: 'Attn: Billing', city: 'Boulder', region: 'CO', postalCode: '80301', country: 'us' });
    expect('billingAddress' in body).toBe(false);
  });

  it('sends a blank separate address as typed, so each missing part is named', () => {
    const body = volumeClientToBody(filled({ billingUsesPhysical: false, billingAddress: emptyAddress() }));
    const result = volumeClientInputSchema.safeParse(body);
    const paths = result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(['billingAddress.line1', 'billingAddress.city', 'billingAddress.region', 'billingAddress.postalCode']);
  });

  it('turns blank optional fields into null, and an emergency contact with anything typed into one', () => {
    expect(volumeClientToBody(filled({ invoiceEmail: '  ', notes: ' \n ' }))).toMatchObject({ invoiceEmail: null, notes: null, emergencyContact: null });
    expect(volumeClientToBody(filled({ emergencyContact: { name: 'Sam', phone: ' 303 555 0199 ', relationship: '' } })).emergencyContact).toEqual({
      name: 'Sam',
      phone: '303 555 0199',
      relationship: null,
    });
  });

  it('keeps the assigned staff member of the record it edits', () => {
    expect(volumeClientToBody(filled({ assignedStaffUserId: '4b0f7c1e-8f5a-4d8e-9a43-1d3c0f6a7b21' })).assignedStaffUserId).toBe(
      '4b0f7c1e-8f5a-4d8e-9a43-1d3c0f6a7b21',
    );
  });

  it('round-trips a saved client through the edit form', () => {
    const body = volumeClientToBody(filled({ mailingUsesPhysical: false, mailingAddress: poBox }));
    const saved = volumeClientInputSchema.parse(body);
    expect(volumeClientToBody(volumeClientValues(saved))).toEqual({ ...body, mailingAddress: { ...body.mailingAddress, country: 'US' }, invoiceEmail: 'billing@rescue.test' });
  });
});

describe('volume client defaults', () => {
  it('start with one primary work number and both addresses using the physical address', () => {
    const values = volumeClientDefaults();
    expect(values.phones).toEqual([{ type: 'work', number: '', primary: true }]);
    expect(values.mailingUsesPhysical).toBe(true);
    expect(values.billingUsesPhysical).toBe(true);
  });
});

describe('volumeClientFieldOf', () => {
  it.each([
    ['organizationName', 'organizationName'],
    ['phones.0.number', 'phones.0.number'],
    ['phones.3.type', 'phones.3.type'],
    ['physicalAddress.city', 'physicalAddress.city'],
    ['billingAddress.postalCode', 'billingAddress.postalCode'],
    ['emergencyContact.phone', 'emergencyContact.phone'],
    // Whole groups: shown on the field that stands for them.
    ['mailingAddress', 'mailingUsesPhysical'],
    ['billingAddress', 'billingUsesPhysical'],
    ['phones', 'phones'],
    ['physicalAddress', 'physicalAddress.line1'],
  ])('%s is shown on %s', (path, field) => {
    expect(volumeClientFieldOf(path)).toBe(field);
  });

  it.each(['kind', 'assignedStaffUserId', 'physicalAddress.planet', 'phones.x.number', ''])('%s has no field (shown above the form)', (path) => {
    expect(volumeClientFieldOf(path)).toBeNull();
  });
});
