import type { ImportKind } from '@kohorte/contracts';
import { INVESTOR_TABLE, writeInvestors } from '../investors/index';
import { MENTOR_TABLE, writeMentors } from '../mentors/index';
import type { RecordTable, RecordWrite } from '../records/index';
import { STARTUP_TABLE, writeStartups } from '../startups/index';

/**
 * The records of one import kind: the domain's table and its write (the same the API's create and
 * update go through), and what the import adds.
 */
export interface ImportTable extends RecordTable {
  kind: ImportKind;
  /** Values of a created record for fields the row leaves blank (as the staff API's create does). */
  defaults: Record<string, unknown>;
  /** The field holding the record's name, for the timeline and the dry run's label. */
  labelField: string;
  write: typeof writeStartups;
}

export type { RecordWrite };

export const RECORD_TABLES: Record<ImportKind, ImportTable> = {
  startups: {
    ...STARTUP_TABLE,
    kind: 'startups',
    labelField: 'name',
    defaults: { sectors: [], languages: [], topics: [], tags: [] },
    write: writeStartups,
  },
  mentors: {
    ...MENTOR_TABLE,
    kind: 'mentors',
    labelField: 'fullName',
    defaults: {
      expertise: [],
      sectors: [],
      stages: [],
      languages: [],
      capacity: 2,
      status: 'active',
      tags: [],
    },
    write: writeMentors,
  },
  investors: {
    ...INVESTOR_TABLE,
    kind: 'investors',
    labelField: 'name',
    defaults: {
      sectors: [],
      stages: [],
      regions: [],
      introsPerRound: 3,
      status: 'active',
      locale: 'de',
      tags: [],
    },
    write: writeInvestors,
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
