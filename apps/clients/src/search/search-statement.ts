import type { SearchQuery } from '@tailwise/contracts';
import type { SearchKeys } from './search-keys';
import { escapeLike } from './search-text';

export interface SearchRequest {
  organizationId: string;
  keys: SearchKeys;
  type: SearchQuery['type'];
  offset: number;
  limit: number;
  /** The most matches each kind of key contributes; past it the total is a lower bound. */
  cap: number;
}

/** One result of the page, with what the page shows of its client and animal. */
export interface SearchRow {
  kind: 'client' | 'animal';
  id: string;
  client_id: string;
  matched: 'name' | 'phone' | 'email' | 'animal-name' | 'microchip';
  /** The phone number (as typed) or microchip that matched. */
  detail: string | null;
  client_kind: 'volume' | 'individual';
  client_name: string;
  client_status: string;
  client_email: string | null;
  client_primary_phone: string | null;
  contact_name: string | null;
  animal_name: string | null;
  animal_status: string | null;
}

/** Builds one statement's parameters, naming each `$n` as it is added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Search Clients and Animals, in one statement. Each kind of key is a source: names (clients'
 * display and contact names, animals' names), phone digits and fragments of emails and chips
 * are scanned with the trigram GIN index on (organization_id, key) and stopped after `cap` + 1
 * matches; exact phones, emails and chips, and email and chip prefixes, come from b-tree
 * indexes (exact ones are never cut off). Matches are ranked: 0 an exact phone, email or
 * microchip; 1 a key (or a word of a name) starting with the query; 2 the query elsewhere in
 * the key; within a rank, keys the query covers more of first (closeness = query length / key
 * length), then by name and id, so pages are stable. One result per client or animal, its
 * best match; only the page's rows are joined for display. Values are always parameters.
 */
export function searchStatement(request: SearchRequest): { sql: string; params: unknown[] } | null {
  const params = new Params();
  const org = params.add(request.organizationId);
  const sources = sourcesOf(request, org, params);
  if (sources.length === 0) return null;
  const cap = params.add(request.cap);
  const limit = params.add(request.limit);
  const offset = params.add(request.offset);
  const sql = `
    WITH hits AS (${sources.map((s) => `(${s})`).join('\n UNION ALL ')}),
    best AS (
      SELECT DISTINCT ON (kind, id) kind, id, client_id, matched, tier, closeness, sort_name, detail
      FROM hits ORDER BY kind, id, tier, closeness DESC
    ),
    page AS (
      SELECT * FROM best ORDER BY tier, closeness DESC, sort_name, kind, id LIMIT ${limit} OFFSET ${offset}
    )
    SELECT t.total, t.capped, r.*
    FROM (SELECT (SELECT count(*)::int FROM best) AS total,
                 EXISTS (SELECT 1 FROM hits WHERE capped_source GROUP BY source HAVING count(*) > ${cap}::int) AS capped) t
    LEFT JOIN LATERAL (
      SELECT p.kind, p.id, p.client_id, p.matched, p.detail, p.tier, p.closeness, p.sort_name,
             c.kind AS client_kind, c.display_name AS client_name, c.status AS client_status,
             c.email AS client_email, c.primary_phone AS client_primary_phone,
             CASE WHEN c.kind = 'volume'
                  THEN concat_ws(' ', c.details->>'contactFirstName', c.details->>'contactLastName') END AS contact_name,
             a.name AS animal_name, a.status AS animal_status
      FROM page p
      JOIN clients c ON c.id = p.client_id AND c.organization_id = ${org}
      LEFT JOIN animals a ON p.kind = 'animal' AND a.id = p.id
    ) r ON true
    ORDER BY r.tier, r.closeness DESC, r.sort_name, r.kind, r.id`;
  return { sql, params: params.values };
}

function sourcesOf(request: SearchRequest, org: string, params: Params): string[] {
  const { keys, type } = request;
  const capPlusOne = String(request.cap + 1);
  const sources: string[] = [];
  let n = 0;
  const source = (body: { kind: 'client' | 'animal'; capped: boolean; select: string }) => {
    n++;
    sources.push(
      `SELECT ${n} AS source, ${body.capped} AS capped_source, '${body.kind}'::text AS kind, ${body.select}` +
        (body.capped ? ` LIMIT ${capPlusOne}` : ''),
    );
  };
  const clientKind =
    type === 'clients' ? ` AND c.kind = 'individual'` : type === 'volume-clients' ? ` AND c.kind = 'volume'` : '';
  const clients = type !== 'animals';
  const animals = type === 'all' || type === 'animals';

  if (keys.name) {
    const prefix = params.add(`${escapeLike(keys.name)}%`);
    const wordPrefix = params.add(`% ${escapeLike(keys.name)}%`);
    // Too short for a trigram: only word starts, which the index can still find.
    const contains = keys.namePrefixOnly ? null : params.add(`%${escapeLike(keys.name)}%`);
    const length = params.add(keys.name.length);
    const matches = (column: string) =>
      contains ? `${column} LIKE ${contains}` : `(${column} LIKE ${prefix} OR ${column} LIKE ${wordPrefix})`;
    const tier = (column: string) => `CASE WHEN ${column} LIKE ${prefix} OR ${column} LIKE ${wordPrefix} THEN 1 ELSE 2 END`;
    if (clients) {
      source({
        kind: 'client',
        capped: true,
        select: `c.id, c.id AS client_id, 'name'::text AS matched, ${tier('c.search_name')} AS tier,
          ${length}::float8 / greatest(length(c.search_name), 1) AS closeness, c.sort_name, NULL::text AS detail
          FROM clients c WHERE c.organization_id = ${org} AND ${matches('c.search_name')}${clientKind}`,
      });
    }
    if (animals) {
      source({
        kind: 'animal',
        capped: true,
        select: `a.id, a.client_id, 'animal-name'::text AS matched, ${tier('a.search_name')} AS tier,
          ${length}::float8 / greatest(length(a.search_name), 1) AS closeness, a.sort_name, NULL::text AS detail
          FROM animals a WHERE a.organization_id = ${org} AND ${matches('a.search_name')}`,
      });
    }
  }

  if (keys.email && clients) {
    const email = keys.email.value;
    const exact = params.add(email);
    const prefix = params.add(`${escapeLike(email)}%`);
    const length = params.add(email.length);
    const select = (where: string) => `c.id, c.id AS client_id, 'email'::text AS matched,
      CASE WHEN c.email = ${exact} THEN 0 WHEN c.email LIKE ${prefix} THEN 1 ELSE 2 END AS tier,
      ${length}::float8 / greatest(length(c.email), 1) AS closeness, c.sort_name, c.email AS detail
      FROM clients c WHERE c.organization_id = ${org} AND ${where}${clientKind}`;
    source({ kind: 'client', capped: false, select: select(`c.email = ${exact}`) });
    // The b-tree on (organization_id, email) in byte order reads a prefix as a range.
    if (keys.email.match === 'prefix') source({ kind: 'client', capped: true, select: select(`c.email LIKE ${prefix}`) });
    if (keys.email.match === 'contains') {
      source({ kind: 'client', capped: true, select: select(`c.email LIKE ${params.add(`%${escapeLike(email)}%`)}`) });
    }
  }

  if (keys.phoneDigits.length && clients) {
    const exact = keys.phoneDigits.map((d) => params.add(d));
    const prefixes = keys.phoneDigits.map((d) => params.add(`${d}%`));
    const contains = keys.phoneDigits.map((d) => params.add(`%${d}%`));
    const length = params.add(keys.phoneDigits[keys.phoneDigits.length - 1].length);
    const any = (patterns: string[]) => `(${patterns.map((p) => `p.digits LIKE ${p}`).join(' OR ')})`;
    const select = (where: string) => `c.id, c.id AS client_id, 'phone'::text AS matched,
      CASE WHEN p.digits IN (${exact.join(', ')}) THEN 0 WHEN ${any(prefixes)} THEN 1 ELSE 2 END AS tier,
      ${length}::float8 / greatest(length(p.digits), 1) AS closeness, c.sort_name, p.number AS detail
      FROM client_phones p JOIN clients c ON c.id = p.client_id
      WHERE p.organization_id = ${org} AND ${where}${clientKind}`;
    source({ kind: 'client', capped: true, select: select(any(contains)) });
    source({ kind: 'client', capped: false, select: select(`p.digits IN (${exact.join(', ')})`) });
  }

  if (keys.microchip && animals) {
    const chip = keys.microchip.value;
    const exact = params.add(chip);
    const prefix = params.add(`${escapeLike(chip)}%`);
    const length = params.add(chip.length);
    const select = (where: string) => `a.id, a.client_id, 'microchip'::text AS matched,
      CASE WHEN a.microchip = ${exact} THEN 0 WHEN a.microchip LIKE ${prefix} THEN 1 ELSE 2 END AS tier,
      ${length}::float8 / greatest(length(a.microchip), 1) AS closeness, a.sort_name, a.microchip AS detail
      FROM animals a WHERE a.organization_id = ${org} AND ${where}`;
    source({ kind: 'animal', capped: false, select: select(`a.microchip = ${exact}`) });
    if (!keys.microchip.exactOnly) {
      source({ kind: 'animal', capped: true, select: select(`a.microchip LIKE ${prefix}`) });
      source({ kind: 'animal', capped: true, select: select(`a.microchip LIKE ${params.add(`%${escapeLike(chip)}%`)}`) });
    }
  }
  return sources;
}
