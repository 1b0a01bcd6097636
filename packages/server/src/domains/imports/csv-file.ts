import { parse } from 'csv-parse/sync';
import {
  type FieldReasonCode,
  MAX_IMPORT_ROWS,
  type ReasonParam,
  reasonError,
} from '@kohorte/contracts';
import { invalidFields } from '../../infra/errors/invalid-fields';

/** A field separator of the text files an import reads (a tab: Excel's "Unicode text"). */
export type Delimiter = ',' | ';' | '\t';

/** A CSV file as the import reads it: its header row and its data rows, numbered as a spreadsheet shows them. */
export interface CsvTable {
  delimiter: Delimiter;
  headers: string[];
  /** Data rows that have at least one non-blank cell; `row` 2 is the first line after the header. */
  rows: CsvRow[];
}

export interface CsvRow {
  row: number;
  cells: string[];
}

export const fileError = (code: FieldReasonCode, params: Record<string, ReasonParam> = {}) =>
  invalidFields([reasonError('file', code, params)]);

/** The first line, up to a line break that is not inside quotes. */
function headerLine(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) return text.slice(0, i);
  }
  return text;
}

/** The separator the header line uses most outside quotes: `,`, `;` (German Excel) or a tab. */
export function detectDelimiter(text: string): Delimiter {
  let quoted = false;
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  for (const char of headerLine(text)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char as Delimiter]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

/** Header names the mapping can tell apart: blank ones get a name, repeated ones a number. */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((header, index) => {
    const base = header.trim() || `Column ${index + 1}`;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/**
 * Parses the text with the given delimiter (quotes, embedded line breaks). Blank lines are left
 * out but still counted, so that row numbers match the spreadsheet.
 */
export function parseCsv(text: string, delimiter: Delimiter): CsvTable {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    throw fileError('fileNotCsv', { detail: (error as Error).message });
  }
  const [header, ...data] = records;
  if (!header || header.every((cell) => cell.trim() === '')) {
    throw fileError('fileEmpty');
  }
  const headers = uniqueHeaders(header);
  const rows: CsvRow[] = [];
  data.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    rows.push({ row: index + 2, cells });
  });
  return { delimiter, headers, rows };
}

/** Parses decoded text: delimiter from the header line, at least one data row, not too many. */
export function readCsvText(text: string): CsvTable {
  if (text.trim() === '') {
    throw fileError('fileEmpty');
  }
  const table = parseCsv(text, detectDelimiter(text));
  if (table.rows.length === 0) {
    throw fileError('fileWithoutRows');
  }
  if (table.rows.length > MAX_IMPORT_ROWS) {
    throw fileError('fileTooManyRows', { rows: table.rows.length, max: MAX_IMPORT_ROWS });
  }
  return table;
}
