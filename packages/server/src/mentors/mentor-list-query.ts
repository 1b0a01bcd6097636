import {
  DEFAULT_PAGE_SIZE,
  type ListMentorsQuery,
  MAX_PAGE_SIZE,
  type MentorSortField,
} from '@kohorte/contracts';
import { MENTOR_FINDER_EXPRESSION } from '../search/finder-expressions';
import { escapeLike, searchWords } from '../startups/startup-list-query';

/** A mentor's live mentorships: the startups they work with now. `mentors` must be in scope. */
export const MENTOR_LOAD_SQL = `(SELECT count(*) FROM mentorships ms WHERE ms.mentor_id = mentors.id AND ms.ended_at IS NULL)::int`;

// Sort keys over the `mentors` table; nullable ones put empty values last in both directions.
const SORT_COLUMNS: Record<MentorSortField, { expression: string; nullable: boolean }> = {
  // Case-insensitive, whatever the database's collation.
  fullName: { expression: 'lower(full_name)', nullable: false },
  company: { expression: 'lower(company)', nullable: true },
  city: { expression: 'lower(city)', nullable: true },
  capacity: { expression: 'capacity', nullable: false },
  createdAt: { expression: 'created_at', nullable: false },
  updatedAt: { expression: 'updated_at', nullable: false },
};

export type MentorFilter = Omit<ListMentorsQuery, 'page' | 'pageSize'>;

export interface ListSql {
  sql: string;
  params: unknown[];
}

export interface PagedListSql extends ListSql {
  page: number;
  pageSize: number;
}

/** Collects the parameters of one statement and hands out their placeholders. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The WHERE conditions of a mentor list over the unaliased `mentors` table. */
function mentorConditions(query: MentorFilter, params: SqlParams): string[] {
  const where = [query.archived ? 'archived_at IS NOT NULL' : 'archived_at IS NULL'];
  if (query.status !== undefined) where.push(`status = ${params.add(query.status)}`);
  if (query.topic !== undefined)
    where.push(`expertise @> ARRAY[${params.add(query.topic)}]::text[]`);
  if (query.sector !== undefined)
    where.push(`sectors @> ARRAY[${params.add(query.sector)}]::text[]`);
  if (query.stage !== undefined) where.push(`stages @> ARRAY[${params.add(query.stage)}]::text[]`);
  if (query.language !== undefined) {
    where.push(`languages @> ARRAY[${params.add(query.language)}]::text[]`);
  }
  if (query.city !== undefined) where.push(`lower(city) = lower(${params.add(query.city.trim())})`);
  // Exact, as stored (the UI offers the stored spellings), so that the GIN index serves it.
  if (query.tag !== undefined) where.push(`tags @> ARRAY[${params.add(query.tag.trim())}]::text[]`);
  if (query.hasCapacity === true) where.push(`capacity > ${MENTOR_LOAD_SQL}`);
  if (query.hasCapacity === false) where.push(`capacity <= ${MENTOR_LOAD_SQL}`);
  for (const word of searchWords(query.q)) {
    // The trigram index is on exactly this expression; the words are lower-cased already.
    where.push(`${MENTOR_FINDER_EXPRESSION} LIKE '%' || ${params.add(escapeLike(word))} || '%'`);
  }
  return where;
}

function orderBy(query: MentorFilter): string {
  const sort = SORT_COLUMNS[query.sort ?? 'fullName'];
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  const nulls = sort.nullable ? ' NULLS LAST' : '';
  return `${sort.expression} ${direction}${nulls}, id ${direction}`;
}

/**
 * One statement that returns `total` (rows matching the filter) and `ids` (the requested page, in
 * order). A search collects its matches first (MATERIALIZED) so that the trigram index filters
 * before anything sorts, as in the startup list.
 */
export function buildMentorListSql(query: ListMentorsQuery): PagedListSql {
  const params = new SqlParams();
  const where = mentorConditions(query, params);
  const pageSize = Math.min(
    Math.max(Math.trunc(query.pageSize ?? DEFAULT_PAGE_SIZE), 1),
    MAX_PAGE_SIZE,
  );
  const page = Math.max(Math.trunc(query.page ?? 1), 1);
  const materialized = searchWords(query.q).length > 0 ? 'MATERIALIZED' : 'NOT MATERIALIZED';
  const sql = `WITH matches AS ${materialized} (
  SELECT id, full_name, company, city, capacity, created_at, updated_at
  FROM mentors
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

/** Every mentor matching the filter, in list order, with the columns of `MENTOR_COLUMNS_SQL`. */
export function buildMentorListAllSql(query: MentorFilter, columns: string): ListSql {
  const params = new SqlParams();
  const where = mentorConditions(query, params);
  const sql = `SELECT ${columns}
FROM mentors
WHERE ${where.join('\n  AND ')}
ORDER BY ${orderBy(query)}`;
  return { sql, params: params.values };
}
