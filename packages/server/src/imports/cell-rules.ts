import {
  formatImportReason,
  IMPORT_REASON_WORDS,
  type ImportField,
  type ImportKind,
  type ImportLocale,
  type ImportReasonCode,
  importValueDomain,
  type ReasonParam,
  TAG_PATTERN,
} from '@kohorte/contracts';
import { isEmail, isURL } from 'class-validator';
import { parseDate, parseNumber } from './locale-values';
import type { ValueLookup } from './value-lookup';

/**
 * How an import reads one cell. The rules are the staff API's (the DTOs' lengths, ranges, URL and
 * date rules; the vocabularies' keys), applied to what spreadsheets contain: German numbers and
 * dates, labels instead of keys, lists in one cell. The import is the one place that reads records
 * from text.
 */

/** A person named in a row: a startup's founder or contact. */
export interface PersonValue {
  fullName: string;
  email: string | null;
}

export type CellValue = string | number | string[] | PersonValue[];

/** Why a cell or row is refused: a code and its parameters, rendered in the reader's language. */
export interface Reason {
  code: ImportReasonCode;
  params: Record<string, ReasonParam>;
}

/** A value of a vocabulary or choice column that the list does not know (yet). */
export interface UnknownValue {
  domain: string;
  value: string;
  suggestion: string | null;
}

/** A value the list knows only through a mapping remembered from an earlier import. */
export interface MappedValue {
  domain: string;
  value: string;
  key: string;
}

export type CellResult =
  { value: CellValue; mapped?: MappedValue } | { error: Reason; unknown?: UnknownValue };

/** What reading a file's cells needs besides the cell: the lists, the file's locale, today. */
export interface ReadContext {
  kind: ImportKind;
  values: ValueLookup;
  locale: ImportLocale;
  now: Date;
}

export const reason = (
  code: ImportReasonCode,
  params: Record<string, ReasonParam> = {},
): Reason => ({
  code,
  params,
});

/** The reason in English, for `messages` (clients that show the text as it comes). */
export const reasonText = (r: Reason): string => formatImportReason(r.code, r.params, 'en');

/** The date that is "today" somewhere on earth (UTC+14), as the staff API's founding-date rule. */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/**
 * `www.acme.de` gets `https://`: spreadsheets rarely carry the scheme, the staff API wants one. A
 * value that names another scheme (`javascript:`, `ftp://`) keeps it, and the URL rule refuses it.
 */
function withScheme(raw: string): string {
  return /^[a-z][a-z0-9+-]*:/i.test(raw) ? raw : `https://${raw}`;
}

// The staff API's phone rule (mentor DTO): digits with the usual separators.
const PHONE_PATTERN = /^\+?[0-9 ()\-/.]{3,40}$/;

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_host: true };

/** `Anna Schmidt <anna@x.de>`, `Anna Schmidt (anna@x.de)`, `Anna Schmidt anna@x.de` or an email alone. */
function readPerson(raw: string): PersonValue {
  const email = /<([^<>]+)>|\(([^()]+@[^()]+)\)|(\S+@\S+)/.exec(raw);
  if (!email) return { fullName: raw.trim(), email: null };
  const address = (email[1] ?? email[2] ?? email[3]).trim();
  const name = raw
    .replace(email[0], '')
    .replace(/[,;:]+$/, '')
    .trim();
  return { fullName: name, email: address };
}

function readListed(field: ImportField, raw: string, context: ReadContext): CellResult {
  const domain = importValueDomain(context.kind, field)!;
  const resolved = context.values.resolve(domain, raw);
  if (resolved.key !== null) {
    return resolved.remembered
      ? { value: resolved.key, mapped: { domain, value: raw, key: resolved.key } }
      : { value: resolved.key };
  }
  const suggestion =
    resolved.suggestion === null ? null : context.values.label(domain, resolved.suggestion);
  return {
    error: suggestion
      ? reason('unknownValueSuggestion', { value: raw, suggestion })
      : reason('unknownValue', { value: raw }),
    unknown: { domain, value: raw, suggestion: resolved.suggestion },
  };
}

function readWhole(field: ImportField, raw: string, context: ReadContext): CellResult {
  const number = parseNumber(raw, context.locale, field.money ?? false);
  if (number === null) {
    const format =
      context.locale === 'de'
        ? IMPORT_REASON_WORDS.numberFormatDe
        : IMPORT_REASON_WORDS.numberFormatEn;
    return { error: reason('notNumber', { value: raw, format }) };
  }
  // Money is kept in whole euros; a count must be whole as written.
  const value = field.money ? Math.round(number) : number;
  if (!Number.isSafeInteger(value)) return { error: reason('notWhole', { value: raw }) };
  if (field.min !== undefined && value < field.min) {
    return { error: reason('tooSmall', { value, min: field.min }) };
  }
  if (field.max !== undefined && value > field.max) {
    return { error: reason('tooLarge', { value, max: field.max }) };
  }
  return { value };
}

/** One value (a list's item, or a single cell), already trimmed and not empty. */
function readValue(field: ImportField, raw: string, context: ReadContext): CellResult {
  if (field.maxLength !== undefined && raw.length > field.maxLength && field.type !== 'url') {
    return { error: reason('tooLong', { length: raw.length, max: field.maxLength }) };
  }
  switch (field.type) {
    case 'text':
      return { value: raw };
    case 'email':
      return isEmail(raw) ? { value: raw } : { error: reason('notEmail', { value: raw }) };
    case 'phone':
      return PHONE_PATTERN.test(raw)
        ? { value: raw }
        : { error: reason('notPhone', { value: raw }) };
    case 'url': {
      const url = withScheme(raw);
      if (!isURL(url, URL_OPTIONS)) return { error: reason('notUrl', { value: raw }) };
      if (url.length > (field.maxLength ?? Infinity)) {
        return { error: reason('tooLong', { length: url.length, max: field.maxLength! }) };
      }
      return { value: url };
    }
    case 'date': {
      const date = parseDate(raw, context.locale);
      if (!date) {
        const format =
          context.locale === 'de'
            ? IMPORT_REASON_WORDS.dateFormatDe
            : IMPORT_REASON_WORDS.dateFormatEn;
        return { error: reason('notDate', { value: raw, format }) };
      }
      if (field.notFuture && date > latestToday(context.now)) {
        return { error: reason('future', { value: date }) };
      }
      return { value: date };
    }
    case 'integer':
      return readWhole(field, raw, context);
    case 'vocabulary':
    case 'choice':
      return readListed(field, raw, context);
    case 'tag':
      return TAG_PATTERN.test(raw) ? { value: raw } : { error: reason('notTag', { value: raw }) };
    case 'people': {
      const person = readPerson(raw);
      if (person.email !== null && (person.email.length > 320 || !isEmail(person.email))) {
        return { error: reason('notEmail', { value: person.email }) };
      }
      if (person.fullName.length > 200) {
        return { error: reason('tooLong', { length: person.fullName.length, max: 200 }) };
      }
      return { value: [person] };
    }
  }
}

/**
 * A list cell's items: split on `,`, `;` or `|` (people only on `;`, `|` and line breaks, since a
 * name may be "Schmidt, Anna"), trimmed, blanks and repeats (any case) left out.
 */
export function splitList(raw: string, separators = /[,;|]/): string[] {
  const seen = new Set<string>();
  return raw
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => {
      const lower = item.toLowerCase();
      if (item === '' || seen.has(lower)) return false;
      seen.add(lower);
      return true;
    });
}

/** A cell's reading: the value, or every reason it is not one, and the list values met on the way. */
export type CellReading = ({ value: CellValue } | { errors: Reason[] }) & {
  unknown: UnknownValue[];
  mapped: MappedValue[];
};

/** Reads a cell. Returns undefined for a blank cell (nothing given). */
export function readCell(
  field: ImportField,
  raw: string,
  context: ReadContext,
): CellReading | undefined {
  // The export writes a formula-like cell with a leading apostrophe (see records-csv.ts).
  const trimmed = raw.trim();
  const text = /^'[=+\-@]/.test(trimmed) ? trimmed.slice(1) : trimmed;
  if (text === '') return undefined;
  const unknown: UnknownValue[] = [];
  const mapped: MappedValue[] = [];
  const note = (result: CellResult) => {
    if ('unknown' in result && result.unknown) unknown.push(result.unknown);
    if ('mapped' in result && result.mapped) mapped.push(result.mapped);
  };
  if (!field.list) {
    const result = readValue(field, text, context);
    note(result);
    return 'error' in result
      ? { errors: [result.error], unknown, mapped }
      : { value: result.value, unknown, mapped };
  }
  const items = splitList(text, field.type === 'people' ? /[;|\n]/ : /[,;|]/);
  const errors: Reason[] = [];
  const values: (string | PersonValue)[] = [];
  for (const item of items) {
    const result = readValue(field, item, context);
    note(result);
    if ('error' in result) errors.push(result.error);
    else if (Array.isArray(result.value)) values.push(...(result.value as PersonValue[]));
    // Two labels of one term give one key.
    else if (!values.includes(result.value as string)) values.push(result.value as string);
  }
  if (field.maxItems !== undefined && values.length > field.maxItems) {
    errors.push(reason('tooMany', { count: values.length, max: field.maxItems }));
  }
  return errors.length > 0
    ? { errors, unknown, mapped }
    : { value: values as CellValue, unknown, mapped };
}
