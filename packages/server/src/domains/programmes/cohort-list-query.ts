import type { ListCohortsQuery } from '@kohorte/contracts';
import {
  escapeLike,
  type PagedListSql,
  pageOf,
  searchWords,
} from '../../infra/list-pages/list-sql';

/**
 * `total` and the `ids` of one page of cohorts, latest start first. Every word of `q` must occur
 * in the cohort's or its programme's name.
 */
export function buildCohortListSql(query: ListCohortsQuery): PagedListSql {
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
