import type { RecordType } from './record-table';

/** The texts of a record table, per record type: written out, so that every key can be checked. */
export const RECORD_TABLE_TEXTS = {
  startup: {
    title: 'startups.title',
    loadError: 'startups.loadError',
    clearFilters: 'startups.clearFilters',
    empty: 'startups.empty',
    emptyFiltered: 'startups.emptyFiltered',
  },
  mentor: {
    title: 'mentors.title',
    loadError: 'mentors.loadError',
    clearFilters: 'mentors.clearFilters',
    empty: 'mentors.empty',
    emptyFiltered: 'mentors.emptyFiltered',
  },
  investor: {
    title: 'investors.title',
    loadError: 'investors.loadError',
    clearFilters: 'investors.clearFilters',
    empty: 'investors.empty',
    emptyFiltered: 'investors.emptyFiltered',
  },
} as const satisfies Record<RecordType, Record<string, string>>;
