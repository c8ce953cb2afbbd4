import type { Client } from '@tailwise/contracts';

export const CLIENT_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const address = { line1: '1200 Larimer St', line2: null, city: 'Denver', region: 'CO', postalCode: '80204', country: 'US' };

/** A volume client whose billing address differs from its physical one. */
export const volume: Client = {
  id: CLIENT_ID,
  kind: 'volume',
  displayName: 'Alley Cat Rescue',
  status: 'active',
  disabledAt: null,
  createdAt: '2030-01-01T10:00:00.000Z',
  updatedAt: '2030-01-01T10:00:00.000Z',
  animalCount: 0,
  lastVisitDate: null,
  nextVisitDate: null,
  details: {
    kind: 'volume',
    organizationName: 'Alley Cat Rescue',
    contactFirstName: 'Dana',
    contactLastName: 'Okafor',
    phones: [{ type: 'work', number: '(303) 555-0100', primary: true }],
    invoiceEmail: 'billing@rescue.test',
    physicalAddress: address,
    mailingUsesPhysical: true,
    mailingAddress: null,
    billingUsesPhysical: false,
    billingAddress: { ...address, line1: 'PO Box 42' },
    emergencyContact: null,
    notes: null,
    assignedStaffUserId: null,
  },
};
