import type { Startup, StartupListItem, StartupStatus } from '@kohorte/contracts';
import { column, query, type RowOf, rows } from '../../infra/database/typed-query';

/**
 * The startups of one list page, read with plain SQL: the list is the hottest endpoint, and
 * building and hydrating entities cost more CPU per request than the rest of the handler
 * (tools/README.md, `npm run bench:api -- --profile`). Columns are named as the contract names
 * them; dates come as text and amounts (bigint, < 2^53) as numbers.
 */
export const STARTUP_ROWS_SQL = `SELECT id, name, one_liner AS "oneLiner", description, website,
  founded_on::text AS "foundedOn", stage, sectors, team_size AS "teamSize", city,
  funding_raised_eur::float8 AS "fundingRaisedEur", funding_sought_eur::float8 AS "fundingSoughtEur",
  languages, topics, tags, status, profile_completeness AS "profileCompleteness",
  created_at AS "createdAt", updated_at AS "updatedAt"
FROM startups WHERE id = ANY($1::uuid[])`;

/** Startups by id (`$1`, an array), in no particular order. */
export const startupsByIds = query(STARTUP_ROWS_SQL, {
  id: 'uuid',
  name: 'text',
  oneLiner: 'text?',
  description: 'text?',
  website: 'text?',
  foundedOn: 'text?',
  stage: 'text?',
  sectors: 'text[]',
  teamSize: 'int4?',
  city: 'text?',
  fundingRaisedEur: 'float8?',
  fundingSoughtEur: 'float8?',
  languages: 'text[]',
  topics: 'text[]',
  tags: 'text[]',
  status: column('text').as<StartupStatus>(),
  profileCompleteness: 'int4?',
  createdAt: 'timestamptz',
  updatedAt: 'timestamptz',
});

export type StartupRow = RowOf<typeof startupsByIds.spec>;

export function rowToStartup(row: StartupRow): Startup {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** The columns of a list page's rows (`LIST_COLUMNS` of startup-list-query.ts). */
export const startupListRows = rows({
  id: 'uuid',
  name: 'text',
  oneLiner: 'text?',
  stage: 'text?',
  sectors: 'text[]',
  tags: 'text[]',
  city: 'text?',
  foundedOn: 'text?',
  teamSize: 'int4?',
  status: column('text').as<StartupStatus>(),
  profileCompleteness: 'int4?',
  updatedAt: 'text',
});

export type StartupListRow = RowOf<typeof startupListRows.spec>;

/** A row of the list's page statement as the contract has it, without the statement's extras. */
export function rowToListItem(row: StartupListRow): StartupListItem {
  return {
    id: row.id,
    name: row.name,
    oneLiner: row.oneLiner,
    stage: row.stage,
    sectors: row.sectors,
    tags: row.tags,
    city: row.city,
    foundedOn: row.foundedOn,
    teamSize: row.teamSize,
    status: row.status,
    profileCompleteness: row.profileCompleteness,
    updatedAt: row.updatedAt,
  };
}

/** The ids of an export's startups, filtered and ordered at run time (startup-list-query.ts). */
export const startupIds = rows({ id: 'uuid' });

/** Startups the score sweep looks at per batch. */
export const SCORE_SWEEP_BATCH = 500;

export const staleScores = query(
  `SELECT id, revision FROM startups
         WHERE scored_revision IS DISTINCT FROM revision AND id > $1
         ORDER BY id LIMIT ${SCORE_SWEEP_BATCH}`,
  { id: 'uuid', revision: 'int4' },
);

/** Writes a profile score for one revision, unless the startup moved on or that revision is scored. */
export const scoreProfile = query(
  `UPDATE startups SET profile_completeness = $3, scored_revision = $2
   WHERE id = $1 AND revision = $2 AND scored_revision IS DISTINCT FROM $2`,
  {},
);
