import { escapeLike, searchText } from './search-text';

describe('searchText', () => {
  it('lower-cases, drops accents and apostrophes, and turns other punctuation into single spaces', () => {
    expect(searchText('José', "O'Brien")).toBe('jose obrien');
    expect(searchText('  Smith-Jones ', null, undefined, 'Ann  Marie')).toBe('smith jones ann marie');
    expect(searchText('Zoë’s  Cat Café')).toBe('zoes cat cafe');
  });

  it('finds the same text whether the apostrophe was typed or not', () => {
    expect(searchText("o'brien")).toBe(searchText('OBrien'));
    expect(searchText('o’brien')).toBe(searchText("O'Brien"));
  });

  it('leaves nothing of a query made only of punctuation or wildcards', () => {
    for (const q of ['%%', '__', '.*', '\\\\', '   ']) expect(searchText(q)).toBe('');
    expect(searchText('%a%')).toBe('a');
  });
});

describe('escapeLike', () => {
  it('makes LIKE wildcards and the escape character literal', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
    expect(escapeLike('plain')).toBe('plain');
  });
});
