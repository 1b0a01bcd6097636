import { randomUUID } from 'node:crypto';
import {
  type FieldChange,
  IMPORT_FIELDS,
  IMPORT_REASON_WORDS,
  type ImportKind,
  type ImportRowError,
  type ImportRowResult,
} from '@kohorte/contracts';
import { fieldChanges } from '../timeline/index';
import { type CellValue, type ReadContext, readCell, reason } from './cell-rules';
import { rowError } from './row-errors';
import { type ContactInput, rowContacts } from './row-contacts';
import type { CsvRow } from './csv-file';
import { RECORD_TABLES } from './record-tables';

/** A data row read with the mapping: the values of its non-blank mapped cells, and what was wrong. */
export interface ParsedRow {
  row: number;
  label: string;
  /** The record's fields (contact columns are read into `contacts`). */
  values: Record<string, CellValue>;
  /** A startup's people, from its contact columns, de-duplicated by email. */
  contacts: ContactInput[];
  errors: ImportRowError[];
  /** Values of list columns that the list does not name itself (mapped or not). */
  listValues: RowListValue[];
}

/** A value of a list column that no key or label names: mapped by a remembered mapping, or not. */
export interface RowListValue {
  field: string;
  domain: string;
  value: string;
  suggestion: string | null;
  key: string | null;
}

/** A record that a row may update: its id and its importable fields as the contract shows them. */
export interface ExistingRecord {
  id: string;
  values: Record<string, unknown>;
}

/** What applying a row does: the whole record after the row, and the fields that change. */
export interface RowPlan {
  row: number;
  action: 'create' | 'update';
  id: string;
  label: string;
  record: Record<string, unknown>;
  changes: FieldChange[];
  contacts: ContactInput[];
}

export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `https://www.Acme.de/` and `acme.de` are one website. */
export function normalizeWebsite(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

/** The key a row is matched and de-duplicated by: the email, or a startup's name and website. */
export function matchKey(kind: ImportKind, values: Record<string, unknown>): string | null {
  if (kind === 'startups') {
    if (typeof values.name !== 'string') return null;
    const website = typeof values.website === 'string' ? normalizeWebsite(values.website) : '';
    return `${normalizeName(values.name)}|${website}`;
  }
  return typeof values.email === 'string' ? values.email.trim().toLowerCase() : null;
}

/** The file's column index of each mapped field. */
export function columnIndexes(
  mapping: Record<string, string>,
  headers: readonly string[],
): Map<string, number> {
  const indexes = new Map<string, number>();
  for (const [field, header] of Object.entries(mapping)) {
    const index = headers.indexOf(header);
    if (index >= 0) indexes.set(field, index);
  }
  return indexes;
}

/** Reads one data row's mapped cells by the field rules; required fields must not be blank. */
export function parseRow(
  csvRow: CsvRow,
  mapping: Record<string, string>,
  indexes: Map<string, number>,
  context: ReadContext,
): ParsedRow {
  const kind = context.kind;
  const values: Record<string, CellValue> = {};
  const people: Record<string, CellValue> = {};
  const errors: ImportRowError[] = [];
  const listValues: RowListValue[] = [];
  for (const field of IMPORT_FIELDS[kind]) {
    const index = indexes.get(field.key);
    const column = mapping[field.key] ?? null;
    const raw = index === undefined ? '' : (csvRow.cells[index] ?? '');
    const read = index === undefined ? undefined : readCell(field, raw, context);
    if (read === undefined) {
      if (field.required) errors.push(rowError(field.key, column, reason('required')));
      continue;
    }
    for (const found of read.unknown) listValues.push({ field: field.key, ...found, key: null });
    for (const found of read.mapped) {
      listValues.push({ field: field.key, ...found, suggestion: null });
    }
    if ('errors' in read) {
      errors.push(...read.errors.map((why) => rowError(field.key, column, why)));
    } else if (field.contact || field.type === 'people') {
      people[field.key] = read.value;
    } else {
      values[field.key] = read.value;
    }
  }
  const contacts = rowContacts(people, mapping, new Set(errors.map((e) => e.field)));
  errors.push(...contacts.errors);
  const labelField = RECORD_TABLES[kind].labelField;
  const labelIndex = indexes.get(labelField);
  const label =
    (typeof values[labelField] === 'string' ? (values[labelField] as string) : null) ??
    (labelIndex === undefined ? '' : (csvRow.cells[labelIndex] ?? '').trim().slice(0, 200));
  return { row: csvRow.row, label, values, contacts: contacts.people, errors, listValues };
}

/** Rules over several fields, checked on the record as it would be after the row. */
function crossFieldErrors(
  kind: ImportKind,
  record: Record<string, unknown>,
  mapping: Record<string, string>,
): ImportRowError[] {
  const pairs =
    kind === 'investors'
      ? ([['ticketMinEur', 'ticketMaxEur', 'notMore']] as const)
      : kind === 'mentors'
        ? ([['availableFrom', 'availableUntil', 'notAfter']] as const)
        : [];
  const errors: ImportRowError[] = [];
  for (const [low, high, code] of pairs) {
    const a = record[low];
    const b = record[high];
    if (
      (typeof a === 'string' || typeof a === 'number') &&
      (typeof b === 'string' || typeof b === 'number') &&
      a > b
    ) {
      const other = IMPORT_FIELDS[kind].find((f) => f.key === high)!;
      errors.push(
        rowError(
          low,
          mapping[low] ?? null,
          reason(code, {
            value: a,
            other: { de: other.labelDe, en: other.labelEn },
            otherValue: b,
          }),
        ),
      );
    }
  }
  return errors;
}

/** Fields that identify the record: an update leaves them as stored when they match anyway. */
function keyFieldsEqual(kind: ImportKind, field: string, current: unknown, next: unknown): boolean {
  if (typeof current !== 'string' || typeof next !== 'string') return false;
  if (field === 'email') return current.toLowerCase() === next.toLowerCase();
  if (kind === 'startups' && field === 'name') {
    return normalizeName(current) === normalizeName(next);
  }
  if (kind === 'startups' && field === 'website') {
    return normalizeWebsite(current) === normalizeWebsite(next);
  }
  return false;
}

/**
 * The verdict on each parsed row, in file order: `reject` for rows with errors or a key an earlier
 * row has; `update` for rows matching a record (by key; a startup row without a website also by
 * its name alone when exactly one startup has it); else `create`. Blank cells leave an updated
 * record's field as it is and give a created one the staff API's default.
 */
export function decideRows(
  kind: ImportKind,
  parsed: readonly ParsedRow[],
  mapping: Record<string, string>,
  existing: ReadonlyMap<string, ExistingRecord>,
  existingByName: ReadonlyMap<string, ExistingRecord[]> = new Map(),
): { results: ImportRowResult[]; plans: RowPlan[] } {
  const table = RECORD_TABLES[kind];
  const fields = table.columns.map((c) => c.field);
  const firstRowOf = new Map<string, number>();
  const rowOfMatch = new Map<string, number>();
  const results: ImportRowResult[] = [];
  const plans: RowPlan[] = [];
  const keyName =
    kind === 'startups' ? IMPORT_REASON_WORDS.nameAndWebsite : IMPORT_REASON_WORDS.email;
  const keyField = kind === 'startups' ? 'name' : 'email';

  for (const row of parsed) {
    const key = matchKey(kind, row.values);
    const errors = [...row.errors];
    const earlier = key === null ? undefined : firstRowOf.get(key);
    if (key !== null && earlier === undefined) firstRowOf.set(key, row.row);
    if (earlier !== undefined) {
      errors.push(
        rowError(
          keyField,
          mapping[keyField] ?? null,
          reason('duplicateRow', { row: String(earlier), key: keyName }),
        ),
      );
    }
    let match = key === null ? undefined : existing.get(key);
    if (!match && kind === 'startups' && row.values.website === undefined) {
      const name = row.values.name;
      const named = existingByName.get(normalizeName(typeof name === 'string' ? name : ''));
      if (named?.length === 1) match = named[0];
    }
    const sameRecord = match && earlier === undefined ? rowOfMatch.get(match.id) : undefined;
    if (match && sameRecord === undefined) rowOfMatch.set(match.id, row.row);
    if (sameRecord !== undefined) {
      errors.push(
        rowError(
          keyField,
          mapping[keyField] ?? null,
          reason('sameRecord', { row: String(sameRecord) }),
        ),
      );
    }

    let record: Record<string, unknown>;
    let changes: FieldChange[] = [];
    if (match) {
      const patch: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(row.values)) {
        if (!keyFieldsEqual(kind, field, match.values[field], value)) patch[field] = value;
      }
      changes = fieldChanges(match.values, patch, fields);
      record = { ...match.values, ...patch };
    } else {
      record = { ...table.defaults, ...row.values };
    }
    errors.push(...crossFieldErrors(kind, record, mapping));

    if (errors.length > 0) {
      results.push({ row: row.row, action: 'reject', label: row.label, matchedId: null, errors });
      continue;
    }
    const action = match ? 'update' : 'create';
    const id = match ? match.id : randomUUID();
    results.push({
      row: row.row,
      action,
      label: row.label,
      matchedId: match ? match.id : null,
      errors: [],
      ...(match ? { changes } : {}),
    });
    plans.push({
      row: row.row,
      action,
      id,
      label: row.label,
      record,
      changes,
      contacts: row.contacts,
    });
  }
  return { results, plans };
}
