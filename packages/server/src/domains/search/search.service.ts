import { Injectable } from '@nestjs/common';
import {
  SEARCH_DEFAULT_LIMIT,
  SEARCH_MAX_LIMIT,
  type SearchGroup,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type SearchType,
} from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import type { RowOf, Rows, RowSpec } from '../../infra/database/typed-query';
import {
  cohortHit,
  cohortHitRows,
  investorHit,
  investorHitRows,
  mentorHit,
  mentorHitRows,
  startupHit,
  startupHitRows,
} from './search-hits';
import {
  cohortSearchSql,
  investorSearchSql,
  mentorSearchSql,
  type SearchSql,
  startupSearchSql,
} from './search-query';

/** The toolbar search: the best few startups, mentors, investors and cohorts for some words. */
@Injectable()
export class SearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: SearchQuery): Promise<SearchResult> {
    const q = query.q.trim();
    const limit = Math.min(
      Math.max(Math.trunc(query.limit ?? SEARCH_DEFAULT_LIMIT), 1),
      SEARCH_MAX_LIMIT,
    );
    // One statement per type, side by side on the pool: each is an index lookup and a small sort.
    const groups = await Promise.all([
      this.group('startup', startupHitRows, startupSearchSql(q, limit), (row) =>
        startupHit(q, row),
      ),
      this.group('mentor', mentorHitRows, mentorSearchSql(q, limit), (row) => mentorHit(q, row)),
      this.group('investor', investorHitRows, investorSearchSql(q, limit), (row) =>
        investorHit(q, row),
      ),
      this.group('cohort', cohortHitRows, cohortSearchSql(q, limit), cohortHit),
    ]);

    return { q, groups: groups.filter((group) => group.hits.length > 0) };
  }

  private async group<S extends RowSpec>(
    type: SearchType,
    rowsOf: Rows<S>,
    { sql, params }: SearchSql,
    toHit: (row: RowOf<S>) => SearchHit,
  ): Promise<SearchGroup> {
    const found = await rowsOf.all(this.dataSource, sql, params);
    return { type, hits: found.map(toHit) };
  }
}
