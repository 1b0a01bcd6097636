/**
 * The SQL the API sends for `GET /api/v1/startups` (default sort, with or without `q`), copied
 * verbatim from its query log (LOG_SQL=true): the session lookup of SessionsService.resolve,
 * the list statement of buildStartupListSql, and the page's rows (STARTUP_ROWS_SQL). Every run
 * checks that the API still sends exactly these (the log of an API started with LOG_SQL) and that
 * both servers answer the same JSON, and says so when they drift: then copy the new statements.
 */

export const SESSION_SQL = `SELECT s.csrf_token, s.expires_at, u.id, u.email, u.name, u.role, u.locale, u.created_at
FROM sessions s JOIN users u ON u.id = s.user_id
WHERE s.token_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`;

const SEARCH_EXPRESSION = `lower(coalesce(name, '') || ' ' || coalesce(one_liner, '') || ' ' || coalesce(description, ''))`;

/**
 * The list statement for status `active`, sorted by name ascending, with one LIKE per word and,
 * when a tag is given, the tag filter (`tags @> ARRAY[$n]`, served by the GIN index).
 */
export function listSql(
  words: readonly string[],
  pageSize: number,
  page: number,
  tag?: string,
): { sql: string; params: unknown[] } {
  const params: unknown[] = ['active'];
  const where = ['s.status = $1'];
  if (tag !== undefined) {
    params.push(tag);
    where.push(`s.tags @> ARRAY[$${params.length}]::text[]`);
  }
  for (const word of words) {
    params.push(`%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
    where.push(`${SEARCH_EXPRESSION} LIKE lower($${params.length})`);
  }
  params.push(pageSize, (page - 1) * pageSize);
  const materialized = words.length > 0 ? 'MATERIALIZED' : 'NOT MATERIALIZED';
  const sql = `WITH matches AS ${materialized} (
  SELECT s.id, s.name, s.city, s.stage, s.founded_on, s.created_at, s.updated_at
  FROM startups s
  WHERE ${where.join('\n    AND ')}
)
SELECT
  (SELECT count(*) FROM matches)::int AS total,
  ARRAY(
    SELECT m.id FROM matches m
    ORDER BY lower(m.name) ASC, m.id ASC
    LIMIT $${params.length - 1} OFFSET $${params.length}
  ) AS ids`;
  return { sql, params };
}

/** StartupsService's statement for the rows of one page (STARTUP_ROWS_SQL), ids as one array. */
export const STARTUP_ROWS_SQL = `SELECT id, name, one_liner AS "oneLiner", description, website,
  founded_on::text AS "foundedOn", stage, sectors, team_size AS "teamSize", city,
  funding_raised_eur::float8 AS "fundingRaisedEur", funding_sought_eur::float8 AS "fundingSoughtEur",
  languages, topics, tags, status, profile_completeness AS "profileCompleteness",
  created_at AS "createdAt", updated_at AS "updatedAt"
FROM startups WHERE id = ANY($1::uuid[])`;
