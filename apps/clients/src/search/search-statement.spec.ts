import type { SearchQuery } from '@tailwise/contracts';
import { searchKeys } from './search-keys';
import { searchStatement, type SearchRequest } from './search-statement';

const ORG = '2b8f0a3e-4c55-4f0e-9a53-6f1d2d0c9e11';

function statement(q: string, type: SearchQuery['type'] = 'all', overrides: Partial<SearchRequest> = {}) {
  return searchStatement({ organizationId: ORG, keys: searchKeys(q), type, offset: 0, limit: 25, cap: 1000, ...overrides });
}

/** The tables each source of the statement reads, in order. */
function sourcesOf(sql: string): string[] {
  return [...sql.matchAll(/AS kind, .*?FROM (\w+)/gs)].map((m) => m[1]);
}

describe('searchStatement', () => {
  it('never puts the query into the SQL text: every value is a parameter', () => {
    const hostile = "x'; DROP TABLE clients; --";
    const built = statement(hostile);
    expect(built?.sql).not.toContain('DROP TABLE');
    expect(built?.params).toEqual(expect.arrayContaining([ORG, expect.stringContaining('drop table clients')]));
  });

  it('scopes every source, and the page join, to the organization', () => {
    const built = statement('985141000123456');
    const sources = built?.sql.match(/organization_id = \$1/g) ?? [];
    // name (clients), name (animals), phone, phone exact, chip exact, and the page join.
    expect(sources.length).toBeGreaterThanOrEqual(6);
    expect(built?.params[0]).toBe(ORG);
  });

  it('reads only the sources the type filter allows', () => {
    expect(sourcesOf(statement('marigold', 'animals')?.sql ?? '')).toEqual(['animals']);
    expect(sourcesOf(statement('marigold', 'clients')?.sql ?? '')).toEqual(['clients', 'clients', 'clients']);
    expect(statement('marigold', 'clients')?.sql).toContain(`c.kind = 'individual'`);
    expect(statement('marigold', 'volume-clients')?.sql).toContain(`c.kind = 'volume'`);
    expect(sourcesOf(statement('7195550101', 'animals')?.sql ?? '')).not.toContain('client_phones');
  });

  it('caps each open-ended source one past the cap (to tell a cut from an exact count), never the exact ones', () => {
    // Client names, animal names and emails starting with "bella"; the exact email is not cut.
    const sql = statement('Bella', 'all', { cap: 50 })?.sql ?? '';
    expect(sql.match(/LIMIT 51/g)).toHaveLength(3);
    expect(sql).toMatch(/c\.email = \$\d+\)/);
    const chip = statement('985141000123456')?.sql ?? '';
    expect(chip).toMatch(/a\.microchip = \$\d+\)/);
  });

  it('has nothing to run for a query no key can match', () => {
    expect(statement('%%')).toBeNull();
    expect(statement('.*')).toBeNull();
  });
});
