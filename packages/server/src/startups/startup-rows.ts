import type { Startup, StartupListItem } from '@kohorte/contracts';

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

export type StartupRow = Omit<Startup, 'createdAt' | 'updatedAt'> & {
  createdAt: Date;
  updatedAt: Date;
};

export function rowToStartup(row: StartupRow): Startup {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

export type StartupListRow = Omit<StartupListItem, 'updatedAt'> & { updatedAt: Date };

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
    updatedAt: row.updatedAt.toISOString(),
  };
}
