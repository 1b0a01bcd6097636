import { parse } from 'csv-parse/sync';
import { MAX_IMPORT_ROWS } from '@kohorte/contracts';
import { invalidFields } from '../errors/invalid-fields';

/** A CSV file as the import reads it: its header row and its data rows, numbered as a spreadsheet shows them. */
export interface CsvTable {
  delimiter: ',' | ';';
  headers: string[];
  /** Data rows that have at least one non-blank cell; `row` 2 is the first line after the header. */
  rows: CsvRow[];
}

export interface CsvRow {
  row: number;
  cells: string[];
}

const fileError = (message: string) => invalidFields([{ field: 'file', messages: [message] }]);

/**
 * The file's text: it must be UTF-8 (a byte-order mark is dropped). Excel's "CSV" is Windows-1252;
 * decoding that leniently would turn every umlaut into U+FFFD, so a bad byte rejects the file.
 */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw fileError(`The file is not UTF-8 — in Excel save it as "CSV UTF-8"`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

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

/** `;` when the header line has more semicolons than commas outside quotes (German Excel), else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const char of headerLine(text)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
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
export function parseCsv(text: string, delimiter: ',' | ';'): CsvTable {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    throw fileError(`The file is not valid CSV: ${(error as Error).message}`);
  }
  const [header, ...data] = records;
  if (!header || header.every((cell) => cell.trim() === '')) {
    throw fileError('The file is empty: it needs a header row and at least one data row');
  }
  const headers = uniqueHeaders(header);
  const rows: CsvRow[] = [];
  data.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    rows.push({ row: index + 2, cells });
  });
  return { delimiter, headers, rows };
}

/** Reads an uploaded file: UTF-8, delimiter from the header line, at least one data row. */
export function readCsvUpload(bytes: Uint8Array): CsvTable & { text: string } {
  const text = decodeCsv(bytes);
  if (text.trim() === '') {
    throw fileError('The file is empty: it needs a header row and at least one data row');
  }
  const table = parseCsv(text, detectDelimiter(text));
  if (table.rows.length === 0) {
    throw fileError('The file has a header row but no data rows');
  }
  if (table.rows.length > MAX_IMPORT_ROWS) {
    throw fileError(
      `The file has ${table.rows.length} data rows; one import takes at most ${MAX_IMPORT_ROWS}`,
    );
  }
  return { ...table, text };
}
