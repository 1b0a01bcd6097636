import {
  checkField,
  type FieldReasonCode,
  CONTACT_FIELDS,
  type FieldRule,
  type FieldVerdict,
  formatReason,
  IMPORT_REASON_WORDS,
  type ImportField,
  type ImportKind,
  type ImportLocale,
  importValueDomain,
  type ReasonParam,
} from '@kohorte/contracts';
import { parseDate, parseNumber } from './locale-values';
import type { ValueLookup } from './value-lookup';

/**
 * How an import reads one cell. A value is judged by `checkField` against its field's rule in the
 * record's field schema, as the API and the web forms judge it; what is the import's own is reading
 * what spreadsheets contain: German numbers and dates, labels instead of keys, lists in one cell.
 */

/** A person named in a row: a startup's founder or contact. */
export interface PersonValue {
  fullName: string;
  email: string | null;
}

export type CellValue = string | number | string[] | PersonValue[];

/** Why a cell or row is refused: a code and its parameters, rendered in the reader's language. */
export interface Reason {
  code: FieldReasonCode;
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
  code: FieldReasonCode,
  params: Record<string, ReasonParam> = {},
): Reason => ({
  code,
  params,
});

/** The reason in English, for `messages` (clients that show the text as it comes). */
export const reasonText = (r: Reason): string => formatReason(r.code, r.params, 'en');

/** One value of a field (a list's item, or a single cell) by the field's rule, as the API judges it. */
function checked(field: ImportField, value: string | number, context: ReadContext): CellResult {
  const rule = { ...field, list: false, required: false } as FieldRule;
  const verdict: FieldVerdict = checkField(rule, value, context.now);
  if (verdict.ok) return { value: verdict.value as string | number };
  return { error: verdict.reason };
}

/** `Anna Schmidt <anna@x.de>`, `Anna Schmidt (anna@x.de)`, `Anna Schmidt anna@x.de` or an email alone. */
function readPerson(raw: string): PersonValue {
  const email = /<([^<>]+)>|\(([^()]+@[^()]+)\)|(\S+@\S+)/.exec(raw);
  if (!email) return { fullName: raw.trim(), email: null };
  // One of the three alternatives matched, so one group holds the address.
  const address = (email[1] ?? email[2] ?? email[3] ?? '').trim();
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
  return checked(field, value, context);
}

/** One value (a list's item, or a single cell), already trimmed and not empty. */
function readValue(field: ImportField, raw: string, context: ReadContext): CellResult {
  switch (field.type) {
    case 'text':
    case 'email':
    case 'phone':
    case 'url':
    case 'tag':
      return checked(field, raw, context);
    case 'date': {
      const date = parseDate(raw, context.locale);
      if (!date) {
        const format =
          context.locale === 'de'
            ? IMPORT_REASON_WORDS.dateFormatDe
            : IMPORT_REASON_WORDS.dateFormatEn;
        return { error: reason('notDate', { value: raw, format }) };
      }
      return checked(field, date, context);
    }
    case 'integer':
      return readWhole(field, raw, context);
    case 'vocabulary':
    case 'choice':
      return readListed(field, raw, context);
    case 'people': {
      // Each person's name and email by the contact's rules (CONTACT_FIELDS); which of the two
      // a contact needs is the row's check (row-contacts).
      const person = readPerson(raw);
      for (const [rule, part] of [
        [CONTACT_FIELDS.email, person.email],
        [CONTACT_FIELDS.fullName, person.fullName],
      ] as const) {
        if (part === null || part === '') continue;
        const verdict = checkField({ ...rule, required: false }, part, context.now);
        if (!verdict.ok) return { error: verdict.reason };
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
