import { DEFAULT_PAGE_SIZE, type ListCohortsQuery, MAX_PAGE_SIZE } from '@kohorte/contracts';
import { escapeLike, searchWords } from '../startups/startup-list-query';

export interface ListSql {
  sql: string;
  params: unknown[];
  page: number;
  pageSize: number;
}

export function pageOf(query: { page?: number; pageSize?: number }): {
  page: number;
  pageSize: number;
} {
  const pageSize = Math.min(
    Math.max(Math.trunc(query.pageSize ?? DEFAULT_PAGE_SIZE), 1),
    MAX_PAGE_SIZE,
  );
  return { page: Math.max(Math.trunc(query.page ?? 1), 1), pageSize };
}

/**
 * `total` and the `ids` of one page of cohorts, latest start first. Every word of `q` must occur
 * in the cohort's or its programme's name.
 */
export function buildCohortListSql(query: ListCohortsQuery): ListSql {
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['TRUE'];
  if (query.programmeId !== undefined) where.push(`c.programme_id = ${param(query.programmeId)}`);
  if (query.status !== undefined) where.push(`c.status = ${param(query.status)}`);
  for (const word of searchWords(query.q)) {
    where.push(`lower(c.name || ' ' || p.name) LIKE ${param(`%${escapeLike(word)}%`)}`);
  }
  const { page, pageSize } = pageOf(query);
  const sql = `WITH matches AS (
  SELECT c.id, c.starts_on FROM cohorts c JOIN programmes p ON p.id = c.programme_id
  WHERE ${where.join(' AND ')}
)
SELECT (SELECT count(*) FROM matches)::int AS total,
  ARRAY(SELECT m.id FROM matches m ORDER BY m.starts_on DESC, m.id DESC
        LIMIT ${param(pageSize)} OFFSET ${param((page - 1) * pageSize)}) AS ids`;
  return { sql, params, page, pageSize };
}
