import type { ListStartupsQuery, StartupSortField } from '@kohorte/contracts';
import {
  escapeLike,
  type ListSql,
  pageOf,
  type PagedListSql,
  searchWords,
  type SortColumn,
} from '../lists/list-sql';
import { STARTUP_SEARCH_EXPRESSION } from './startup-search';

// Sort keys of the `matches` CTE below; nullable ones put empty values last in both directions.
const SORT_COLUMNS: Record<StartupSortField, SortColumn> = {
  // Case-insensitive, whatever the database's collation (C in many installs puts 'Z' before 'a').
  name: { expression: 'lower(m.name)', nullable: false },
  city: { expression: 'lower(m.city)', nullable: true },
  // Stages sort in their list order (idea → growth), not alphabetically.
  stage: { expression: 'stage_term.position', nullable: true },
  foundedOn: { expression: 'm.founded_on', nullable: true },
  createdAt: { expression: 'm.created_at', nullable: false },
  updatedAt: { expression: 'm.updated_at', nullable: false },
};

/** The filters, search and sort that the list and the export share. */
interface StartupMatches {
  /** `WITH matches AS … (…)`: the startups the query selects. */
  cte: string;
  /** `SELECT m.id FROM matches m… ORDER BY …`: their ids in the requested order. */
  orderedIds: string;
  params: unknown[];
  param: (value: unknown) => string;
}

function startupMatches(query: ListStartupsQuery): StartupMatches {
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };

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

  const sort = SORT_COLUMNS[query.sort ?? 'name'];
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  const nulls = sort.nullable ? ' NULLS LAST' : '';
  const stageJoin =
    query.sort === 'stage'
      ? ` LEFT JOIN vocabulary_terms stage_term ON stage_term.kind = 'stages' AND stage_term.key = m.stage`
      : '';
  const materialized = words.length > 0 ? 'MATERIALIZED' : 'NOT MATERIALIZED';

  const cte = `WITH matches AS ${materialized} (
  SELECT s.id, s.name, s.city, s.stage, s.founded_on, s.created_at, s.updated_at
  FROM startups s
  WHERE ${where.join('\n    AND ')}
)`;
  const orderedIds = `SELECT m.id FROM matches m${stageJoin}
    ORDER BY ${sort.expression} ${direction}${nulls}, m.id ${direction}`;
  return { cte, orderedIds, params, param };
}

/**
 * One statement that returns `total` (rows matching the filter) and `ids` (the requested page, in
 * order). With a search term the matches are collected first (MATERIALIZED), so the trigram index
 * always filters before anything sorts: a planner that overestimates the matches may otherwise
 * walk a sort index and test row after row (57 ms instead of 0.8 ms at 100k rows, STACK.md).
 * Without one, the CTE is inlined so that the page can come off a sort index.
 * scripts/explain-startup-list.mjs measures the plans on 100k rows.
 */
export function buildStartupListSql(query: ListStartupsQuery): PagedListSql {
  const { cte, orderedIds, params, param } = startupMatches(query);
  const { page, pageSize } = pageOf(query);

  const sql = `${cte}
SELECT
  (SELECT count(*) FROM matches)::int AS total,
  ARRAY(
    ${orderedIds}
    LIMIT ${param(pageSize)} OFFSET ${param((page - 1) * pageSize)}
  ) AS ids`;
  return { sql, params, page, pageSize };
}

/** The ids of every startup the list's filters select, in its order, without paging (exports). */
export function buildStartupIdsSql(query: ListStartupsQuery): ListSql {
  const { cte, orderedIds, params } = startupMatches(query);
  return { sql: `${cte}\n${orderedIds}`, params };
}
