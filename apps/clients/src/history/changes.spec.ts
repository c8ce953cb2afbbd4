import { fieldChanges, listFields, sameValue } from './changes';

describe('fieldChanges', () => {
  it('names each changed field with its value before and after', () => {
    const before = { firstName: 'Theo', lastName: 'Marsh', mobile: '(303) 555-0160', alert: null, smsConsent: false };
    const after = { ...before, lastName: 'Marsh-Holloway', mobile: '(303) 555-0161', alert: 'Anxious dog' };
    expect(fieldChanges(before, after)).toEqual({
      lastName: { from: 'Marsh', to: 'Marsh-Holloway' },
      mobile: { from: '(303) 555-0160', to: '(303) 555-0161' },
      alert: { from: null, to: 'Anxious dog' },
    });
  });

  it('treats a missing value as null, so an unchanged form is no change', () => {
    expect(fieldChanges({ a: null, b: 1 }, { b: 1 })).toEqual({});
    expect(fieldChanges({ a: undefined }, { a: null })).toEqual({});
  });

  it('compares nested records field by field, but a record appearing or a list changing as a whole', () => {
    const address = { line1: '1 Main St', city: 'Denver', postalCode: '80204' };
    expect(fieldChanges({ physicalAddress: address }, { physicalAddress: { ...address, city: 'Boulder' } })).toEqual({
      'physicalAddress.city': { from: 'Denver', to: 'Boulder' },
    });
    expect(fieldChanges({ mailingAddress: null }, { mailingAddress: address })).toEqual({ mailingAddress: { from: null, to: address } });
    const phones = [{ type: 'work', number: '1', primary: true }];
    expect(fieldChanges({ phones }, { phones: [...phones, { type: 'mobile', number: '2', primary: false }] })).toEqual({
      phones: { from: phones, to: [...phones, { type: 'mobile', number: '2', primary: false }] },
    });
    expect(fieldChanges({ phones }, { phones: [{ ...phones[0] }] })).toEqual({});
  });

  it('sees numbers and booleans change, and not key order', () => {
    expect(fieldChanges({ weightKg: 3.6, altered: false }, { altered: false, weightKg: 3.9 })).toEqual({ weightKg: { from: 3.6, to: 3.9 } });
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
  });
});

describe('listFields', () => {
  it('reads as a list', () => {
    expect(listFields({})).toBe('');
    expect(listFields({ a: { from: 1, to: 2 } })).toBe('a');
    expect(listFields({ a: { from: 1, to: 2 }, b: { from: 1, to: 2 }, c: { from: 1, to: 2 } })).toBe('a, b and c');
  });
});
