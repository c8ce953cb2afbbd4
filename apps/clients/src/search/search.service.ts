import { Injectable } from '@nestjs/common';
import type { SearchPage, SearchQuery, SearchResult, StaffActor } from '@tailwise/contracts';
import { pageOffset } from '../common/access';
import { searchKeys } from './search-keys';
import type { SearchRow } from './search-statement';
import { SearchRepository } from './search.repository';

/**
 * How many matches each kind of key (client names, emails, phones, animal names, microchips)
 * contributes at most. It bounds the work of a query that matches thousands (two letters, a
 * common surname) so every search stays fast; the page then says its total is a lower bound.
 */
export const SEARCH_MATCH_CAP = 1000;

@Injectable()
export class SearchService {
  constructor(private readonly search: SearchRepository) {}

  async find(actor: StaffActor, query: SearchQuery): Promise<SearchPage> {
    const { rows, total, capped } = await this.search.search({
      organizationId: actor.organizationId,
      keys: searchKeys(query.q),
      type: query.type,
      offset: pageOffset(query.page, query.pageSize),
      limit: query.pageSize,
      cap: SEARCH_MATCH_CAP,
    });
    return { items: rows.map(toSearchResult), total, page: query.page, pageSize: query.pageSize, totalIsLowerBound: capped };
  }
}

export function toSearchResult(row: SearchRow): SearchResult {
  if (row.kind === 'animal') {
    return {
      kind: 'animal',
      id: row.id,
      clientId: row.client_id,
      clientKind: row.client_kind,
      title: row.animal_name ?? '',
      subtitle: row.client_name,
      status: row.animal_status ?? 'active',
      matchedOn: row.matched,
    };
  }
  return {
    kind: 'client',
    id: row.id,
    clientId: row.client_id,
    clientKind: row.client_kind,
    title: row.client_name,
    subtitle: clientSubtitle(row),
    status: row.client_status,
    matchedOn: row.matched,
  };
}

/** What tells two same-named clients apart: the number or email that matched, else contact details. */
function clientSubtitle(row: SearchRow): string | null {
  if (row.matched === 'phone') return row.detail;
  if (row.matched === 'email') return row.client_email;
  if (row.client_kind === 'volume') return row.contact_name || row.client_primary_phone || row.client_email;
  return row.client_email ?? row.client_primary_phone;
}
