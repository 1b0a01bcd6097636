import type { FieldError } from './errors.js';

export const IMPORT_KINDS = ['startups', 'mentors', 'investors'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * uploaded → (mapping saved) validating → validated → (confirmed) applying → done;
 * failed from validating or applying; discarded by the user before applying.
 */
export const IMPORT_STATUSES = [
  'uploaded',
  'validating',
  'validated',
  'applying',
  'done',
  'failed',
  'discarded',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const IMPORT_ACTIONS = ['create', 'update', 'reject'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

/** The dry run's verdict on one data row (`row` counts from 1 after the header, as a spreadsheet shows it: row 2 is the first). */
export interface ImportRowResult {
  row: number;
  action: ImportAction;
  /** The record's name as read from the row. */
  label: string;
  /** The record an `update` changes. */
  matchedId: string | null;
  /** Why a row is rejected; `field` names the record field and the file's column. */
  errors: FieldError[];
}
