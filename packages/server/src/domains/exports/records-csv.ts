import { IMPORT_FIELDS, type ImportKind } from '@kohorte/contracts';
import { stringify } from 'csv-stringify/sync';

export interface CsvExportOptions {
  delimiter: ',' | ';';
  lang: 'en' | 'de';
}

/** Excel reads a file as UTF-8 only when it starts with a byte-order mark. */
const BOM = '\uFEFF';

// A cell that a spreadsheet would run as a formula ("=HYPERLINK(…)") gets a leading apostrophe,
// which the import strips again. Phone numbers and signed numbers ("+49 341 …", "-5") stay as they are.
function neutralized(text: string): string {
  const formula =
    /^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-][\d\s()/.-]*$/.test(text));
  return formula ? `'${text}` : text;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => neutralized(String(item))).join('; ');
  if (typeof value === 'string') return neutralized(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // A record's fields hold nothing else today; an object is written whole rather than as "[object Object]".
  return neutralized(JSON.stringify(value));
}

/**
 * A list as CSV in the import's format: the import's fields as columns, headed by their English
 * (or German) labels, lists joined with `; `, vocabulary values as keys. The file imports back
 * as updates of the same records.
 */
export function recordsToCsv(
  kind: ImportKind,
  records: readonly object[],
  { delimiter, lang }: CsvExportOptions,
): string {
  const fields = IMPORT_FIELDS[kind];
  const header = fields.map((field) => (lang === 'de' ? field.labelDe : field.labelEn));
  const rows = records.map((record) =>
    fields.map((field) => cell((record as Record<string, unknown>)[field.key])),
  );
  return BOM + stringify([header, ...rows], { delimiter, record_delimiter: 'windows' });
}

/** `mentors-2026-11-28.csv`: the list and the day (UTC). */
export function exportFileName(kind: ImportKind, now = new Date()): string {
  return `${kind}-${now.toISOString().slice(0, 10)}.csv`;
}
