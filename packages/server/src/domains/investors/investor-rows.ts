import type {
  Investor,
  InvestorInput,
  InvestorStatus,
  InvestorType,
  Locale,
} from '@kohorte/contracts';
import { column, query, rows, rowSpec, type RowOf } from '../../infra/database/typed-query';

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

const INVESTOR_ROW = rowSpec({
  id: 'uuid',
  name: 'text',
  contactName: 'text?',
  email: 'text',
  type: column('text').as<InvestorType>(),
  sectors: 'text[]',
  stages: 'text[]',
  ticketMinEur: 'float8?',
  ticketMaxEur: 'float8?',
  regions: 'text[]',
  unmappedRegions: 'text[]',
  introsPerRound: 'int4',
  status: column('text').as<InvestorStatus>(),
  locale: column('text').as<Locale>(),
  tags: 'text[]',
  archivedAt: 'timestamptz?',
  createdAt: 'timestamptz',
  updatedAt: 'timestamptz',
});

export type InvestorRow = RowOf<typeof INVESTOR_ROW>;

/** Investors by id (`$1`, an array), in no particular order. */
export const investorsByIds = query(INVESTOR_ROWS_SQL, INVESTOR_ROW);

/** The investors of an export, filtered and ordered at run time (investor-list-query.ts). */
export const investorRows = rows(INVESTOR_ROW);

export function rowToInvestor(row: InvestorRow): Investor {
  return {
    ...row,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A list page's rows: the ids, read in full afterwards in the page's order. */
export const listedIds = rows({ id: 'uuid' });
