import {
  DEFAULT_PAGE_SIZE,
  INVESTOR_TYPES,
  type InvestorSortField,
  type ListInvestorsQuery,
  MAX_PAGE_SIZE,
} from '@kohorte/contracts';
import { type ListSql, type PagedListSql, SqlParams } from '../mentors/mentor-list-query';
import { INVESTOR_FINDER_EXPRESSION } from '../search/finder-expressions';
import { escapeLike, searchWords } from '../startups/startup-list-query';

// Types sort in their list order (angel → public), as the UI lists them.
const TYPE_POSITION = `array_position(ARRAY[${INVESTOR_TYPES.map((type) => `'${type}'`).join(', ')}]::text[], type::text)`;

// Sort keys over the `investors` table; nullable ones put empty values last in both directions.
const SORT_COLUMNS: Record<InvestorSortField, { expression: string; nullable: boolean }> = {
  // Case-insensitive, whatever the database's collation.
  name: { expression: 'lower(name)', nullable: false },
  type: { expression: TYPE_POSITION, nullable: false },
  ticketMinEur: { expression: 'ticket_min_eur', nullable: true },
  ticketMaxEur: { expression: 'ticket_max_eur', nullable: true },
  createdAt: { expression: 'created_at', nullable: false },
  updatedAt: { expression: 'updated_at', nullable: false },
};

export type InvestorFilter = Omit<ListInvestorsQuery, 'page' | 'pageSize'>;

/** The WHERE conditions of an investor list over the unaliased `investors` table. */
function investorConditions(query: InvestorFilter, params: SqlParams): string[] {
  const where = [query.archived ? 'archived_at IS NOT NULL' : 'archived_at IS NULL'];
  if (query.type !== undefined) where.push(`type = ${params.add(query.type)}`);
  if (query.status !== undefined) where.push(`status = ${params.add(query.status)}`);
  if (query.sector !== undefined)
    where.push(`sectors @> ARRAY[${params.add(query.sector)}]::text[]`);
  if (query.stage !== undefined) where.push(`stages @> ARRAY[${params.add(query.stage)}]::text[]`);
  if (query.region !== undefined) {
    // Regions are free text: "Sachsen" finds "sachsen" too.
    where.push(
      `EXISTS (SELECT 1 FROM unnest(regions) AS r(region) WHERE lower(r.region) = lower(${params.add(query.region.trim())}))`,
    );
  }
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

function orderBy(query: InvestorFilter): string {
  const sort = SORT_COLUMNS[query.sort ?? 'name'];
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  const nulls = sort.nullable ? ' NULLS LAST' : '';
  return `${sort.expression} ${direction}${nulls}, id ${direction}`;
}

/** `total` and the `ids` of the requested page, in order; see `buildMentorListSql`. */
export function buildInvestorListSql(query: ListInvestorsQuery): PagedListSql {
  const params = new SqlParams();
  const where = investorConditions(query, params);
  const pageSize = Math.min(
    Math.max(Math.trunc(query.pageSize ?? DEFAULT_PAGE_SIZE), 1),
    MAX_PAGE_SIZE,
  );
  const page = Math.max(Math.trunc(query.page ?? 1), 1);
  const materialized = searchWords(query.q).length > 0 ? 'MATERIALIZED' : 'NOT MATERIALIZED';
  const sql = `WITH matches AS ${materialized} (
  SELECT id, name, type, ticket_min_eur, ticket_max_eur, created_at, updated_at
  FROM investors
  WHERE ${where.join('\n    AND ')}
)
SELECT
  (SELECT count(*) FROM matches)::int AS total,
  ARRAY(
    SELECT id FROM matches
    ORDER BY ${orderBy(query)}
    LIMIT ${params.add(pageSize)} OFFSET ${params.add((page - 1) * pageSize)}
  ) AS ids`;
  return { sql, params: params.values, page, pageSize };
}

/** Every investor matching the filter, in list order, with the given columns. */
export function buildInvestorListAllSql(query: InvestorFilter, columns: string): ListSql {
  const params = new SqlParams();
  const where = investorConditions(query, params);
  const sql = `SELECT ${columns}
FROM investors
WHERE ${where.join('\n  AND ')}
ORDER BY ${orderBy(query)}`;
  return { sql, params: params.values };
}
