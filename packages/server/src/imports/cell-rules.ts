import {
  type ImportField,
  TAG_PATTERN,
  type Vocabularies,
  type VocabularyKind,
} from '@kohorte/contracts';
import { RegionTree } from '@kohorte/matching';
import { isEmail, isURL } from 'class-validator';
import { nearestKey } from '../vocabularies/nearest-key';

/**
 * How an import reads one cell. The rules are the staff API's (the DTOs' lengths, ranges, URL and
 * date rules; the vocabularies' keys), applied to what spreadsheets contain: German dates, labels
 * instead of keys, lists in one cell. The import is the one place that reads records from text.
 */

export type CellValue = string | number | string[];
export type CellResult = { value: CellValue } | { error: string };

const NOUNS: Record<VocabularyKind, string> = {
  sectors: 'sector',
  topics: 'topic',
  stages: 'stage',
  languages: 'language',
  regions: 'region',
};

/** Resolves what a spreadsheet holds (key, German or English label, any case) to a vocabulary key. */
export class VocabularyLookup {
  private readonly byName = new Map<VocabularyKind, Map<string, string>>();
  private readonly labels = new Map<string, string>();
  // Regions are places: found as matching finds a startup's city (without accents, "Muenchen",
  // "Halle" for "Halle (Saale)").
  private readonly regions: RegionTree;

  constructor(vocabularies: Vocabularies) {
    this.regions = new RegionTree(
      Object.fromEntries(
        (vocabularies.regions ?? []).map((term) => [
          term.key,
          { de: term.labelDe, en: term.labelEn, parent: term.parent },
        ]),
      ),
    );
    for (const [kind, terms] of Object.entries(vocabularies) as [
      VocabularyKind,
      Vocabularies[VocabularyKind],
    ][]) {
      const names = new Map<string, string>();
      for (const term of terms) {
        for (const name of [term.key, term.labelEn, term.labelDe]) {
          const lower = name.trim().toLowerCase();
          if (!names.has(lower)) names.set(lower, term.key);
        }
        this.labels.set(`${kind}:${term.key}`, term.labelEn);
      }
      this.byName.set(kind, names);
    }
  }

  resolve(kind: VocabularyKind, raw: string): CellResult {
    const region = kind === 'regions' ? this.regions.resolve(raw.trim()) : null;
    if (region !== null) return { value: region };
    const names = this.byName.get(kind) ?? new Map<string, string>();
    const key = names.get(raw.trim().toLowerCase());
    if (key) return { value: key };
    const nearestName = nearestKey(raw.trim(), [...names.keys()]);
    const nearest = nearestName === null ? null : names.get(nearestName)!;
    const hint = nearest
      ? `did you mean "${nearest}" (${this.labels.get(`${kind}:${nearest}`)})?`
      : `known ${kind}: ${[...new Set(names.values())].join(', ')}`;
    return { error: `"${raw}" is not a known ${NOUNS[kind]}; ${hint}` };
  }
}

/** The date that is "today" somewhere on earth (UTC+14), as the staff API's founding-date rule. */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

/** `2024-03-01` or German `1.3.2024` / `01.03.2024`, as an ISO date that exists; null otherwise. */
export function parseDate(raw: string): string | null {
  let iso: string;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw);
  if (german) {
    iso = `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}`;
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
    iso = raw;
  } else {
    return null;
  }
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * A whole number: `1200`, with thousands grouped (`1.200.000`, `1,200,000`, `1 200 000`), with a
 * trailing `€`/`EUR`; null otherwise (a decimal like `1,5` is not one).
 */
export function parseInteger(raw: string): number | null {
  const text = raw.replace(/\s*(€|eur)$/i, '').trim();
  const match = /^(-?)(\d{1,3}(?:([.,' \u00a0])\d{3})(?:\3\d{3})*|\d+)$/.exec(text);
  if (!match) return null;
  const value = Number(`${match[1]}${match[2].replace(/[.,' \u00a0]/g, '')}`);
  return Number.isSafeInteger(value) ? value : null;
}

/** `www.acme.de` gets `https://`: spreadsheets rarely carry the scheme, the staff API wants one. */
function withScheme(raw: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
}

// The staff API's phone rule (mentor DTO): digits with the usual separators.
const PHONE_PATTERN = /^\+?[0-9 ()\-/.]{3,40}$/;

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_host: true };

function readChoice(field: ImportField, raw: string): CellResult {
  const lower = raw.toLowerCase();
  for (const choice of field.choices ?? []) {
    const names = [choice.key, choice.labelEn, choice.labelDe, ...(choice.aliases ?? [])];
    if (names.some((name) => name.toLowerCase() === lower)) return { value: choice.key };
  }
  const allowed = (field.choices ?? []).map((c) => `${c.key} (${c.labelEn} / ${c.labelDe})`);
  return { error: `"${raw}" is not one of: ${allowed.join(', ')}` };
}

/** One value (a list's item, or a single cell), already trimmed and not empty. */
function readValue(
  field: ImportField,
  raw: string,
  vocabularies: VocabularyLookup,
  now: Date,
): CellResult {
  if (field.maxLength !== undefined && raw.length > field.maxLength && field.type !== 'url') {
    return { error: `is too long: ${raw.length} characters, at most ${field.maxLength}` };
  }
  switch (field.type) {
    case 'text':
      return { value: raw };
    case 'email':
      return isEmail(raw) ? { value: raw } : { error: `"${raw}" is not an email address` };
    case 'phone':
      return PHONE_PATTERN.test(raw)
        ? { value: raw }
        : { error: `"${raw}" is not a phone number (digits, spaces and + ( ) - / .)` };
    case 'url': {
      const url = withScheme(raw);
      if (!isURL(url, URL_OPTIONS)) {
        return { error: `"${raw}" is not a web address (e.g. https://example.com)` };
      }
      if (url.length > (field.maxLength ?? Infinity)) {
        return { error: `is too long: ${url.length} characters, at most ${field.maxLength}` };
      }
      return { value: url };
    }
    case 'date': {
      const date = parseDate(raw);
      if (!date) return { error: `"${raw}" is not a date (YYYY-MM-DD or DD.MM.YYYY)` };
      if (field.notFuture && date > latestToday(now)) {
        return { error: `${date} is in the future` };
      }
      return { value: date };
    }
    case 'integer': {
      const value = parseInteger(raw);
      if (value === null) return { error: `"${raw}" is not a whole number` };
      if (field.min !== undefined && value < field.min) {
        return { error: `${value} is less than ${field.min}` };
      }
      if (field.max !== undefined && value > field.max) {
        return { error: `${value} is more than ${field.max}` };
      }
      return { value };
    }
    case 'vocabulary':
      return vocabularies.resolve(field.vocabulary!, raw);
    case 'choice':
      return readChoice(field, raw);
    case 'tag':
      return TAG_PATTERN.test(raw)
        ? { value: raw }
        : {
            error: `"${raw}" is not a tag (1–40 letters, digits, spaces and -_.&+/#, starting with a letter or digit)`,
          };
  }
}

/** A list cell's items: split on `,`, `;` or `|`, trimmed, blanks and repeats (any case) left out. */
export function splitList(raw: string): string[] {
  const seen = new Set<string>();
  return raw
    .split(/[,;|]/)
    .map((item) => item.trim())
    .filter((item) => {
      const lower = item.toLowerCase();
      if (item === '' || seen.has(lower)) return false;
      seen.add(lower);
      return true;
    });
}

/**
 * Reads a cell. Returns undefined for a blank cell (nothing given), else the value or every
 * reason it is not one.
 */
export function readCell(
  field: ImportField,
  raw: string,
  vocabularies: VocabularyLookup,
  now: Date,
): { value: CellValue } | { errors: string[] } | undefined {
  // The export writes a formula-like cell with a leading apostrophe (see records-csv.ts).
  const trimmed = raw.trim();
  const text = /^'[=+\-@]/.test(trimmed) ? trimmed.slice(1) : trimmed;
  if (text === '') return undefined;
  if (!field.list) {
    const result = readValue(field, text, vocabularies, now);
    return 'error' in result ? { errors: [result.error] } : result;
  }
  const items = splitList(text);
  const errors: string[] = [];
  const values: string[] = [];
  for (const item of items) {
    const result = readValue(field, item, vocabularies, now);
    if ('error' in result) errors.push(result.error);
    // Two labels of one term give one key.
    else if (!values.includes(result.value as string)) values.push(result.value as string);
  }
  if (field.maxItems !== undefined && values.length > field.maxItems) {
    errors.push(`has ${values.length} values, at most ${field.maxItems}`);
  }
  return errors.length > 0 ? { errors } : { value: values };
}
