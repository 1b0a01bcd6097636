import type { ListMentorsQuery, MentorSortField } from '@kohorte/contracts';
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
import { MENTOR_FINDER_EXPRESSION } from '../search/index';

/** A mentor's live mentorships: the startups they work with now. `mentors` must be in scope. */
export const MENTOR_LOAD_SQL = `(SELECT count(*) FROM mentorships ms WHERE ms.mentor_id = mentors.id AND ms.ended_at IS NULL)::int`;

/** Offers sent to a mentor and not yet answered: each holds a place. `mentors` must be in scope. */
export const MENTOR_OFFERED_SQL = `(SELECT count(*) FROM match_proposals p WHERE p.mentor_id = mentors.id AND p.status = 'offered')::int`;

// Sort keys over the `mentors` table; nullable ones put empty values last in both directions.
const SORT_COLUMNS: Record<MentorSortField, SortColumn> = {
  // Case-insensitive, whatever the database's collation.
  fullName: { expression: 'lower(full_name)', nullable: false, type: 'text' },
  company: { expression: 'lower(company)', nullable: true, type: 'text' },
  city: { expression: 'lower(city)', nullable: true, type: 'text' },
  capacity: { expression: 'capacity', nullable: false, type: 'integer' },
  createdAt: { expression: 'created_at', nullable: false, type: 'timestamptz' },
  updatedAt: { expression: 'updated_at', nullable: false, type: 'timestamptz' },
};

export type MentorFilter = Omit<ListMentorsQuery, 'cursor' | 'page' | 'pageSize'>;

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
  // A place promised in an open offer is not free.
  if (query.hasCapacity === true) {
    where.push(`capacity > ${MENTOR_LOAD_SQL} + ${MENTOR_OFFERED_SQL}`);
  }
  if (query.hasCapacity === false) {
    where.push(`capacity <= ${MENTOR_LOAD_SQL} + ${MENTOR_OFFERED_SQL}`);
  }
  for (const word of searchWords(query.q)) {
    // The trigram index is on exactly this expression; the words are lower-cased already.
    where.push(`${MENTOR_FINDER_EXPRESSION} LIKE '%' || ${params.add(escapeLike(word))} || '%'`);
  }
  return where;
}

function mentorList(query: MentorFilter): TableList {
  const params = new SqlParams();
  return {
    table: 'mentors',
    where: mentorConditions(query, params),
    params,
    sort: SORT_COLUMNS[query.sort ?? 'fullName'],
    sortId: `${query.sort ?? 'fullName'}:${query.order ?? 'asc'}`,
    descending: query.order === 'desc',
    searching: searchWords(query.q).length > 0,
  };
}

/** The ids of the requested page, in order, and the count when `countSql` is given; see `keysetPageSql`. */
export function buildMentorListSql(
  query: ListMentorsQuery,
  countSql: string | null,
): KeysetPageSql {
  return tableListPageSql(
    mentorList(query),
    'id, full_name, company, city, capacity, created_at, updated_at',
    query,
    countSql,
  );
}

/** Every mentor matching the filter, in list order, with the columns of `MENTOR_COLUMNS_SQL`. */
export function buildMentorListAllSql(query: MentorFilter, columns: string): ListSql {
  return allRowsSql(mentorList(query), columns);
}
