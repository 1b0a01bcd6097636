import { stringify } from 'csv-stringify/sync';
import {
  type ImportEncoding,
  type ImportFormat,
  type ImportLocale,
  reasonError,
} from '@kohorte/contracts';
import readXlsxFile from 'read-excel-file/node';
import { invalidFields } from '../../infra/errors/invalid-fields';
import { type CsvTable, fileError, readCsvText } from './csv-file';
import { detectLocale } from './locale-values';
import { decodeText, detectEncoding } from './text-encoding';

/** An uploaded file as the import keeps it: its table as CSV text, and how it was read. */
export interface UploadedTable extends CsvTable {
  format: ImportFormat;
  encoding: ImportEncoding | null;
  sheets: string[];
  sheet: string | null;
  locale: ImportLocale;
  /** The table as CSV text (an xlsx sheet written with `;`), which the dry run reads again. */
  text: string;
}

export interface UploadOptions {
  encoding?: ImportEncoding;
  sheet?: string;
}

// An xlsx file is a zip archive.
const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Reads an uploaded file: a text file in whatever encoding it comes (detected, or the one the
 * manager chose), or the first (or chosen) worksheet of an xlsx file. The locale of its numbers and
 * dates is decided for the whole file from its values.
 */
export async function readUpload(
  bytes: Uint8Array,
  fileName: string,
  options: UploadOptions = {},
): Promise<UploadedTable> {
  if (isZip(bytes) || /\.xlsx$/i.test(fileName)) return readWorkbook(bytes, options.sheet);
  if (options.sheet !== undefined) {
    throw invalidFields([reasonError('sheet', 'sheetWithoutWorkbook')]);
  }
  const encoding = options.encoding ?? detectEncoding(bytes);
  const text = decodeText(bytes, encoding);
  const table = readCsvText(text);
  return {
    ...table,
    format: 'csv',
    encoding,
    sheets: [],
    sheet: null,
    locale: detectLocale(table.rows, table.delimiter),
    text,
  };
}

/** A cell of a worksheet as text: dates as `YYYY-MM-DD`, numbers without grouping. */
function cellText(cell: unknown, decimal: ',' | '.'): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') {
    return Number.isInteger(cell) ? String(cell) : String(cell).replace('.', decimal);
  }
  if (typeof cell === 'string') return cell;
  // The reader gives strings, numbers, booleans and dates; anything else is written whole.
  return typeof cell === 'boolean' ? String(cell) : JSON.stringify(cell);
}

async function readWorkbook(bytes: Uint8Array, sheetName: string | undefined) {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw fileError('fileNotXlsx', { detail: (error as Error).message });
  }
  const chosen = sheetName === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheetName);
  if (!chosen) {
    throw invalidFields([reasonError('sheet', 'unknownSheet', { value: sheetName ?? '' })]);
  }
  // The text cells decide the locale; a number cell is then written as that locale reads it.
  const textRows = chosen.data.map((row) => ({
    cells: row.map((cell) => (typeof cell === 'string' ? cell : '')),
  }));
  const locale = detectLocale(textRows, ';');
  const decimal = locale === 'de' ? ',' : '.';
  const text = stringify(
    chosen.data.map((row) => row.map((cell) => cellText(cell, decimal))),
    { delimiter: ';', record_delimiter: '\r\n' },
  );
  const table = readCsvText(text);
  return {
    ...table,
    format: 'xlsx' as const,
    encoding: null,
    sheets: sheets.map((s) => s.sheet),
    sheet: chosen.sheet,
    locale,
    text,
  };
}
