import type { ListStartupsQuery, StartupSortField } from '@kohorte/contracts';
import {
  type KeysetList,
  keysetPageSql,
  type KeysetPageSql,
  pageAnchorsSql,
} from '../../infra/list-pages/keyset-page';
import {
  escapeLike,
  listOrder,
  type ListSql,
  searchWords,
  type SortColumn,
  SqlParams,
} from '../../infra/list-pages/list-sql';
import type { PageStart } from '../../infra/list-pages/page-anchors';
import { STARTUP_SEARCH_EXPRESSION } from './startup-search';

// Sort keys of the `matches` CTE below; nullable ones put empty values last in both directions.
const SORT_COLUMNS: Record<StartupSortField, SortColumn> = {
  // Case-insensitive, whatever the database's collation (C in many installs puts 'Z' before 'a').
  name: { expression: 'lower(m.name)', nullable: false, type: 'text' },
  city: { expression: 'lower(m.city)', nullable: true, type: 'text' },
  // Stages sort in their list order (idea → growth), not alphabetically.
  stage: { expression: 'stage_term.position', nullable: true, type: 'integer' },
  foundedOn: { expression: 'm.founded_on', nullable: true, type: 'date' },
  createdAt: { expression: 'm.created_at', nullable: false, type: 'timestamptz' },
  updatedAt: { expression: 'm.updated_at', nullable: false, type: 'timestamptz' },
};

/**
 * The columns of a list row, named as `StartupListItem` names them (see `rowToListItem`).
 * `updatedAt` comes as the ISO text the answer carries: parsing it into a Date and printing it
 * again cost a twentieth of the list's CPU (`npm run bench:api -- --profile`).
 */
const LIST_COLUMNS = `m.id, m.name, m.one_liner AS "oneLiner", m.stage, m.sectors, m.tags, m.city,
    m.founded_on::text AS "foundedOn", m.team_size AS "teamSize", m.status,
    m.profile_completeness AS "profileCompleteness",
    to_char(m.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"`;

/** `field:order` of the list's sort, as its cursors carry it. */
export function startupSortId(query: Pick<ListStartupsQuery, 'sort' | 'order'>): string {
  return `${query.sort ?? 'name'}:${query.order ?? 'asc'}`;
}

/** The filters, search and sort that the list and the export share, over `matches m`. */
function startupMatches(
  query: Omit<ListStartupsQuery, 'cursor' | 'page' | 'pageSize'>,
): KeysetList {
  const params = new SqlParams();
  const param = (value: unknown): string => params.add(value);

  const where = [`s.status = ${param(query.status ?? 'active')}`];
  if (query.stage !== undefined) where.push(`s.stage = ${param(query.stage)}`);
  if (query.sector !== undefined) where.push(`s.sectors @> ARRAY[${param(query.sector)}]::text[]`);
  if (query.city !== undefined) where.push(`lower(s.city) = lower(${param(query.city.trim())})`);
  // Served by the GIN index startups_tags_idx.
  if (query.tag !== undefined) where.push(`s.tags @> ARRAY[${param(query.tag)}]::text[]`);
  const words = searchWords(query.q);
  for (const word of words) {
    // LIKE on the lower-cased expression matches what ILIKE would, without ILIKE's per-row case
    // folding (measured 1.5-2x slower); the trigram index serves both.
    where.push(`${STARTUP_SEARCH_EXPRESSION} LIKE lower(${param(`%${escapeLike(word)}%`)})`);
  }

  const sortField = query.sort ?? 'name';
  const stageJoin =
    sortField === 'stage'
      ? ` LEFT JOIN vocabulary_terms stage_term ON stage_term.kind = 'stages' AND stage_term.key = m.stage`
      : '';
  const materialized = words.length > 0 ? 'MATERIALIZED' : 'NOT MATERIALIZED';

  const cte = `WITH matches AS ${materialized} (
  SELECT s.id, s.name, s.one_liner, s.city, s.stage, s.sectors, s.tags, s.founded_on, s.team_size,
    s.status, s.profile_completeness, s.created_at, s.updated_at
  FROM startups s
  WHERE ${where.join('\n    AND ')}
)`;
  return {
    cte,
    from: `matches m${stageJoin}`,
    columns: LIST_COLUMNS,
    idExpression: 'm.id',
    sort: SORT_COLUMNS[sortField],
    sortId: startupSortId(query),
    descending: query.order === 'desc',
    params,
  };
}

/**
 * One statement for a page of the list: its rows with the columns the list shows, and the count
 * when `countSql` is given (see `keysetPageSql`). With a search term the matches are collected
 * first (MATERIALIZED), so the trigram index always filters before anything sorts: a planner that
 * overestimates the matches may otherwise walk a sort index and test row after row (57 ms instead
 * of 0.8 ms at 100k rows, STACK.md). Without one, the CTE is inlined so that the page comes off a
 * sort index, by keyset when a cursor is given. scripts/explain-startup-list.mjs measures the plans.
 */
export function buildStartupListSql(
  query: ListStartupsQuery,
  countSql: string | null,
  start?: PageStart,
): KeysetPageSql {
  return keysetPageSql(startupMatches(query), query, countSql, start);
}

/** Every `every`th startup of the list up to place `reach`: where pages by number start. */
export function buildStartupAnchorsSql(
  query: ListStartupsQuery,
  every: number,
  reach: number,
): ListSql {
  return pageAnchorsSql(startupMatches(query), every, reach);
}

/** The ids of every startup the list's filters select, in its order, without paging (exports). */
export function buildStartupIdsSql(
  query: Omit<ListStartupsQuery, 'cursor' | 'page' | 'pageSize'>,
): ListSql {
  const list = startupMatches(query);
  return {
    sql: `${list.cte}\nSELECT m.id FROM ${list.from}\n    ORDER BY ${listOrder(list)}`,
    params: list.params.values,
  };
}
