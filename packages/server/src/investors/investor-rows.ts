import type { Investor, InvestorInput } from '@kohorte/contracts';

/** The fields a person edits, in one list: the service copies and compares exactly these. */
export const INVESTOR_FIELDS = [
  'name',
  'contactName',
  'email',
  'type',
  'sectors',
  'stages',
  'ticketMinEur',
  'ticketMaxEur',
  'regions',
  'introsPerRound',
  'status',
  'locale',
  'tags',
] as const satisfies readonly (keyof InvestorInput)[];

/** An investor as the API shows it, over the unaliased `investors` table; amounts (< 2^53) as numbers. */
export const INVESTOR_COLUMNS_SQL = `id, name, contact_name AS "contactName", email, type, sectors, stages,
  ticket_min_eur::float8 AS "ticketMinEur", ticket_max_eur::float8 AS "ticketMaxEur",
  regions, unmapped_regions AS "unmappedRegions", intros_per_round AS "introsPerRound", status, locale, tags,
  archived_at AS "archivedAt", created_at AS "createdAt", updated_at AS "updatedAt"`;

export const INVESTOR_ROWS_SQL = `SELECT ${INVESTOR_COLUMNS_SQL} FROM investors WHERE id = ANY($1::uuid[])`;

export type InvestorRow = Omit<Investor, 'archivedAt' | 'createdAt' | 'updatedAt'> & {
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export function rowToInvestor(row: InvestorRow): Investor {
  return {
    ...row,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
