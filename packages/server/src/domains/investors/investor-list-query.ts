import {
  INVESTOR_TYPES,
  type InvestorSortField,
  type ListInvestorsQuery,
} from '@kohorte/contracts';
import {
  allRowsSql,
  escapeLike,
  type ListSql,
  searchWords,
  type SortColumn,
  SqlParams,
  type TableList,
} from '../../infra/list-pages/list-sql';
import { type KeysetPageSql, tableListPageSql } from '../../infra/list-pages/keyset-page';
import { INVESTOR_FINDER_EXPRESSION } from '../search/index';

// Types sort in their list order (angel → public), as the UI lists them.
const TYPE_POSITION = `array_position(ARRAY[${INVESTOR_TYPES.map((type) => `'${type}'`).join(', ')}]::text[], type::text)`;

// Sort keys over the `investors` table; nullable ones put empty values last in both directions.
const SORT_COLUMNS: Record<InvestorSortField, SortColumn> = {
  // Case-insensitive, whatever the database's collation.
  name: { expression: 'lower(name)', nullable: false, type: 'text' },
  type: { expression: TYPE_POSITION, nullable: false, type: 'integer' },
  ticketMinEur: { expression: 'ticket_min_eur', nullable: true, type: 'bigint' },
  ticketMaxEur: { expression: 'ticket_max_eur', nullable: true, type: 'bigint' },
  createdAt: { expression: 'created_at', nullable: false, type: 'timestamptz' },
  updatedAt: { expression: 'updated_at', nullable: false, type: 'timestamptz' },
};

export type InvestorFilter = Omit<ListInvestorsQuery, 'cursor' | 'page' | 'pageSize'>;

/**
 * The region, the regions it lies in and the regions within it: an investor in "Europe" invests in
 * Saxony, and so does one in Leipzig. Uncorrelated, so PostgreSQL computes it once per query and
 * the GIN index on `regions` serves the overlap.
 */
function regionFamily(region: string): string {
  return `ARRAY(
    WITH RECURSIVE wider(key, parent) AS (
      SELECT key, parent FROM vocabulary_terms WHERE kind = 'regions' AND key = ${region}
      UNION SELECT t.key, t.parent FROM vocabulary_terms t
        JOIN wider ON t.kind = 'regions' AND t.key = wider.parent
    ), narrower(key) AS (
      SELECT ${region}::text
      UNION SELECT t.key FROM vocabulary_terms t
        JOIN narrower ON t.kind = 'regions' AND t.parent = narrower.key
    )
    SELECT key FROM wider UNION SELECT key FROM narrower
  )::text[]`;
}

/** The WHERE conditions of an investor list over the unaliased `investors` table. */
function investorConditions(query: InvestorFilter, params: SqlParams): string[] {
  const where = [query.archived ? 'archived_at IS NOT NULL' : 'archived_at IS NULL'];
  if (query.type !== undefined) where.push(`type = ${params.add(query.type)}`);
  if (query.status !== undefined) where.push(`status = ${params.add(query.status)}`);
  if (query.sector !== undefined)
    where.push(`sectors @> ARRAY[${params.add(query.sector)}]::text[]`);
  if (query.stage !== undefined) where.push(`stages @> ARRAY[${params.add(query.stage)}]::text[]`);
  if (query.region !== undefined)
    where.push(`regions && ${regionFamily(params.add(query.region))}`);
  // Exact, as stored (the UI offers the stored spellings), so that the GIN index serves it.
  if (query.tag !== undefined) where.push(`tags @> ARRAY[${params.add(query.tag.trim())}]::text[]`);
  if (query.ticketEur !== undefined) {
    // An open end of the range takes any amount on that side.
    const amount = params.add(query.ticketEur);
    where.push(`(ticket_min_eur IS NULL OR ticket_min_eur <= ${amount})`);
    where.push(`(ticket_max_eur IS NULL OR ticket_max_eur >= ${amount})`);
  }
  for (const word of searchWords(query.q)) {
    // The trigram index is on exactly this expression; the words are lower-cased already.
    where.push(`${INVESTOR_FINDER_EXPRESSION} LIKE '%' || ${params.add(escapeLike(word))} || '%'`);
  }
  return where;
}

function investorList(query: InvestorFilter): TableList {
  const params = new SqlParams();
  return {
    table: 'investors',
    where: investorConditions(query, params),
    params,
    sort: SORT_COLUMNS[query.sort ?? 'name'],
    sortId: `${query.sort ?? 'name'}:${query.order ?? 'asc'}`,
    descending: query.order === 'desc',
    searching: searchWords(query.q).length > 0,
  };
}

/** The ids of the requested page, in order, and the count when `countSql` is given; see `keysetPageSql`. */
export function buildInvestorListSql(
  query: ListInvestorsQuery,
  countSql: string | null,
): KeysetPageSql {
  return tableListPageSql(
    investorList(query),
    'id, name, type, ticket_min_eur, ticket_max_eur, created_at, updated_at',
    query,
    countSql,
  );
}

/** Every investor matching the filter, in list order, with the given columns. */
export function buildInvestorListAllSql(query: InvestorFilter, columns: string): ListSql {
  return allRowsSql(investorList(query), columns);
}
