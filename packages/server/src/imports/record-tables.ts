import type { ImportKind, SubjectType } from '@kohorte/contracts';

/** A record column an import writes: the contract's field, the table's column, its SQL type. */
export interface RecordColumn {
  field: string;
  column: string;
  sqlType: 'varchar' | 'text' | 'text[]' | 'date' | 'integer' | 'smallint' | 'bigint';
}

/** Where the records of one import kind live, and what a new one gets for the fields left out. */
export interface RecordTable {
  kind: ImportKind;
  table: string;
  subjectType: SubjectType;
  /** The importable fields' columns; every IMPORT_FIELDS entry of the kind has one. */
  columns: readonly RecordColumn[];
  /** Values of a created record for fields the row leaves blank (as the staff API's create does). */
  defaults: Record<string, unknown>;
  /** The column holding the record's name, for the timeline and the dry run's label. */
  labelField: string;
}

const column = (field: string, name: string, sqlType: RecordColumn['sqlType']): RecordColumn => ({
  field,
  column: name,
  sqlType,
});

export const RECORD_TABLES: Record<ImportKind, RecordTable> = {
  startups: {
    kind: 'startups',
    table: 'startups',
    subjectType: 'startup',
    labelField: 'name',
    columns: [
      column('name', 'name', 'varchar'),
      column('oneLiner', 'one_liner', 'varchar'),
      column('description', 'description', 'text'),
      column('website', 'website', 'varchar'),
      column('foundedOn', 'founded_on', 'date'),
      column('stage', 'stage', 'varchar'),
      column('sectors', 'sectors', 'text[]'),
      column('teamSize', 'team_size', 'integer'),
      column('city', 'city', 'varchar'),
      column('fundingRaisedEur', 'funding_raised_eur', 'bigint'),
      column('fundingSoughtEur', 'funding_sought_eur', 'bigint'),
      column('languages', 'languages', 'text[]'),
      column('topics', 'topics', 'text[]'),
      column('tags', 'tags', 'text[]'),
    ],
    defaults: { sectors: [], languages: [], topics: [], tags: [] },
  },
  mentors: {
    kind: 'mentors',
    table: 'mentors',
    subjectType: 'mentor',
    labelField: 'fullName',
    columns: [
      column('fullName', 'full_name', 'varchar'),
      column('email', 'email', 'varchar'),
      column('phone', 'phone', 'varchar'),
      column('company', 'company', 'varchar'),
      column('jobTitle', 'job_title', 'varchar'),
      column('bio', 'bio', 'text'),
      column('expertise', 'expertise', 'text[]'),
      column('sectors', 'sectors', 'text[]'),
      column('stages', 'stages', 'text[]'),
      column('languages', 'languages', 'text[]'),
      column('city', 'city', 'varchar'),
      column('capacity', 'capacity', 'smallint'),
      column('availableFrom', 'available_from', 'date'),
      column('availableUntil', 'available_until', 'date'),
      column('status', 'status', 'varchar'),
      column('tags', 'tags', 'text[]'),
    ],
    defaults: {
      expertise: [],
      sectors: [],
      stages: [],
      languages: [],
      capacity: 2,
      status: 'active',
      tags: [],
    },
  },
  investors: {
    kind: 'investors',
    table: 'investors',
    subjectType: 'investor',
    labelField: 'name',
    columns: [
      column('name', 'name', 'varchar'),
      column('contactName', 'contact_name', 'varchar'),
      column('email', 'email', 'varchar'),
      column('type', 'type', 'varchar'),
      column('sectors', 'sectors', 'text[]'),
      column('stages', 'stages', 'text[]'),
      column('ticketMinEur', 'ticket_min_eur', 'bigint'),
      column('ticketMaxEur', 'ticket_max_eur', 'bigint'),
      column('regions', 'regions', 'text[]'),
      column('introsPerRound', 'intros_per_round', 'smallint'),
      column('status', 'status', 'varchar'),
      column('locale', 'locale', 'varchar'),
      column('tags', 'tags', 'text[]'),
    ],
    defaults: {
      sectors: [],
      stages: [],
      regions: [],
      introsPerRound: 3,
      status: 'active',
      locale: 'de',
      tags: [],
    },
  },
};

/** The SELECT list that reads a record's importable fields as the contract shows them. */
export function selectList(table: RecordTable): string {
  return table.columns
    .map(({ field, column, sqlType }) => {
      // Dates as `YYYY-MM-DD` text (pg would make local-time Dates); bigints as numbers (≤ 1e12).
      const read =
        sqlType === 'date'
          ? `"${column}"::text`
          : sqlType === 'bigint'
            ? `"${column}"::float8`
            : `"${column}"`;
      return `${read} AS "${field}"`;
    })
    .join(', ');
}

/** The column list of `jsonb_to_recordset(...) AS r(...)` for the given extra and importable columns. */
export function recordsetColumns(table: RecordTable, extra: readonly string[] = []): string {
  return [...extra, ...table.columns.map(({ column, sqlType }) => `"${column}" ${sqlType}`)].join(
    ', ',
  );
}
