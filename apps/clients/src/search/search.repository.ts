import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { searchStatement, type SearchRequest, type SearchRow } from './search-statement';

export interface SearchRows {
  rows: SearchRow[];
  total: number;
  capped: boolean;
}

@Injectable()
export class SearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  async search(request: SearchRequest): Promise<SearchRows> {
    const statement = searchStatement(request);
    if (!statement) return { rows: [], total: 0, capped: false };
    const result: (SearchRow & { total: number; capped: boolean })[] = await this.dataSource.query(statement.sql, statement.params);
    const first = result[0];
    return {
      // An empty page still has one row: the total, with no result beside it.
      rows: result.filter((r) => r.id !== null),
      total: first?.total ?? 0,
      capped: first?.capped ?? false,
    };
  }
}
