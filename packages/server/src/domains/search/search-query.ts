import { escapeLike, searchWords } from '../../infra/list-pages/list-sql';
import {
  COHORT_FINDER_EXPRESSION,
  CONTACT_FINDER_EXPRESSION,
  INVESTOR_FINDER_EXPRESSION,
  MENTOR_FINDER_EXPRESSION,
  STARTUP_FINDER_EXPRESSION,
} from './finder-expressions';

export interface SearchSql {
  sql: string;
  params: unknown[];
}

/** Records whose searched text starts with the query: collected first, they rank first. */
const PREFIX_CAP = 100;
/**
 * Matches ranked per type. A query of common letters matches a good part of a big table; the
 * best few of a thousand matches (next to the prefix matches) are as good a suggestion, and
 * ranking all of them is what gets slow (explain-search.mjs).
 */
const MATCH_CAP = 1000;

/**
 * The parameters every group query shares: one `%word%` pattern per word ($1…$n), then the
 * prefix pattern, the whole query (for similarity) and the limit.
 */
interface SharedParams {
  /** `<expression> LIKE $1 AND <expression> LIKE $2 …`: every word must occur. */
  allWords(expression: string): string;
  prefix: string;
  whole: string;
  limit: string;
  params: unknown[];
}

function sharedParams(q: string, limit: number): SharedParams {
  const words = searchWords(q);
  const params: unknown[] = words.map((word) => `%${escapeLike(word)}%`);
  const wordParams = words.map((_, index) => `$${index + 1}`);
  const whole = words.join(' ');
  params.push(`${escapeLike(whole)}%`, whole, limit);
  const n = words.length;
  return {
    allWords: (expression) =>
      wordParams.map((param) => `${expression} LIKE ${param}`).join('\n      AND '),
    prefix: `$${n + 1}`,
    whole: `$${n + 2}`,
    limit: `$${n + 3}`,
    params,
  };
}

/**
 * The body of a MATERIALIZED CTE that collects a table's matches through its trigram index, with
 * the finder expression exactly as the index has it: those that start with the query, and those
 * that contain every word. Inlined, the planner may walk another index in name order and test row
 * after row (STACK.md: 57 ms instead of 0.8 ms at 100k rows). Words under three letters have no
 * trigram; the caps keep such a query from ranking half a table.
 */
function collect(p: SharedParams, table: string, columns: string, expression: string): string {
  return `(SELECT ${columns} FROM ${table}
    WHERE ${expression} LIKE ${p.prefix} LIMIT ${PREFIX_CAP})
  UNION
  (SELECT ${columns} FROM ${table}
    WHERE ${p.allWords(expression)}
    LIMIT ${MATCH_CAP})`;
}

/** Archived last, then names that start with the query, then the closest names; ties by id. */
function ranking(
  p: SharedParams,
  name: string,
  id = 'id',
  archived: string | null = 'archived',
): string {
  const keys = [
    `lower(${name}) LIKE ${p.prefix} DESC`,
    `similarity(lower(${name}), ${p.whole}) DESC`,
    `lower(${name})`,
    id,
  ];
  return (archived ? [archived, ...keys] : keys).join(', ');
}

// scripts/explain-search.mjs shows the plans and timings of these statements on 100,000 rows per table.

/** Startups by name, city or tag, and by their contacts' names and emails. */
export function startupSearchSql(q: string, limit: number): SearchSql {
  const p = sharedParams(q, limit);
  const sql = `WITH by_profile AS MATERIALIZED (
  ${collect(p, 'startups', `id, name, city, tags, status = 'archived' AS archived`, STARTUP_FINDER_EXPRESSION)}
), by_contact AS MATERIALIZED (
  SELECT startup_id, full_name, email FROM startup_contacts
  WHERE ${p.allWords(CONTACT_FINDER_EXPRESSION)}
  LIMIT ${MATCH_CAP}
), contacts AS (
  SELECT startup_id AS id, min(full_name || ' <' || email || '>') AS contact
  FROM by_contact GROUP BY startup_id
), matches AS (
  SELECT id, name, city, tags, archived, NULL AS contact FROM by_profile
  UNION ALL
  SELECT s.id, s.name, s.city, s.tags, s.status = 'archived', c.contact
  FROM contacts c JOIN startups s ON s.id = c.id
  WHERE NOT EXISTS (SELECT 1 FROM by_profile p WHERE p.id = c.id)
)
SELECT id, name, city, tags, archived, contact
FROM matches
ORDER BY ${ranking(p, 'name')}
LIMIT ${p.limit}`;
  return { sql, params: p.params };
}

/** Mentors by name, email, company, city or tag. */
export function mentorSearchSql(q: string, limit: number): SearchSql {
  const p = sharedParams(q, limit);
  const sql = `WITH matches AS MATERIALIZED (
  ${collect(p, 'mentors', 'id, full_name, email, company, job_title, city, tags, archived_at IS NOT NULL AS archived', MENTOR_FINDER_EXPRESSION)}
)
SELECT id, full_name, email, company, job_title, city, tags, archived
FROM matches
ORDER BY ${ranking(p, 'full_name')}
LIMIT ${p.limit}`;
  return { sql, params: p.params };
}

/** Investors by name, contact person, email or tag. */
export function investorSearchSql(q: string, limit: number): SearchSql {
  const p = sharedParams(q, limit);
  const sql = `WITH matches AS MATERIALIZED (
  ${collect(p, 'investors', 'id, name, contact_name, email, tags, archived_at IS NOT NULL AS archived', INVESTOR_FINDER_EXPRESSION)}
)
SELECT id, name, contact_name, email, tags, archived
FROM matches
ORDER BY ${ranking(p, 'name')}
LIMIT ${p.limit}`;
  return { sql, params: p.params };
}

/** Cohorts by name; the programme's name tells cohorts of the same name apart. */
export function cohortSearchSql(q: string, limit: number): SearchSql {
  const p = sharedParams(q, limit);
  const sql = `WITH matches AS MATERIALIZED (
  ${collect(p, 'cohorts', 'id, name, programme_id', COHORT_FINDER_EXPRESSION)}
)
SELECT m.id, m.name, p.name AS programme
FROM matches m
JOIN programmes p ON p.id = m.programme_id
ORDER BY ${ranking(p, 'm.name', 'm.id', null)}
LIMIT ${p.limit}`;
  return { sql, params: p.params };
}
