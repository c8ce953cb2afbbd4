import { searchKeys } from './search-keys';

describe('searchKeys', () => {
  it('a name is normalised; fewer than 3 characters match word starts only', () => {
    expect(searchKeys('  Bartholomew QUIXLEY ')).toMatchObject({ name: 'bartholomew quixley', namePrefixOnly: false, phoneDigits: [], microchip: null });
    expect(searchKeys('Jo')).toMatchObject({ name: 'jo', namePrefixOnly: true });
    expect(searchKeys('%a%').name).toBeNull();
  });

  it('a phone number in any format is its digits, with 4 digits at least', () => {
    for (const q of ['(303) 555-0142', '303.555.0142', '303 555 0142', '3035550142']) {
      expect(searchKeys(q).phoneDigits).toEqual(['3035550142']);
    }
    expect(searchKeys('555-0142').phoneDigits).toEqual(['5550142']);
    expect(searchKeys('123').phoneDigits).toEqual([]);
    // Letters make it not a phone number.
    expect(searchKeys('Unit 4567').phoneDigits).toEqual([]);
  });

  it('a number typed with a country code also looks for its last ten digits', () => {
    expect(searchKeys('+1 (303) 555-0142').phoneDigits).toEqual(['13035550142', '3035550142']);
  });

  it('an email: whole addresses exactly, fragments with @ anywhere, words as a start', () => {
    expect(searchKeys('Bart.Quixley@Example.TEST')).toMatchObject({ email: { value: 'bart.quixley@example.test', match: 'exact' }, name: null, microchip: null });
    expect(searchKeys('quixley@')).toMatchObject({ email: { value: 'quixley@', match: 'contains' }, name: null });
    expect(searchKeys('@harbourlights.org').email).toEqual({ value: '@harbourlights.org', match: 'contains' });
    expect(searchKeys('bart.q').email).toEqual({ value: 'bart.q', match: 'prefix' });
    expect(searchKeys('ab').email).toBeNull();
    expect(searchKeys('two words').email).toBeNull();
  });

  it('a microchip is upper-cased; a full 15-character chip can only be itself', () => {
    expect(searchKeys(' abc123DEF45 ').microchip).toEqual({ value: 'ABC123DEF45', exactOnly: false });
    expect(searchKeys('985141000123456').microchip).toEqual({ value: '985141000123456', exactOnly: true });
    expect(searchKeys('985 1410').microchip).toEqual({ value: '9851410', exactOnly: false });
    // A word without a digit is a name, not a chip.
    expect(searchKeys('bella').microchip).toBeNull();
    expect(searchKeys('a1').microchip).toBeNull();
  });
});
