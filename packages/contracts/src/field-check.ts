import type { ReasonParam } from './errors.js';
import { FIELD_REASON_WORDS, type FieldReason, type FieldReasonCode } from './field-reasons.js';
import type { FieldRule } from './field-rules.js';
import { isEmail, isURL } from './formats.js';
import { TAG_PATTERN } from './tags.js';

/** Vocabulary keys: lower-case letters and digits, words joined by single dashes. */
export const VOCABULARY_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Digits with the usual separators: "+49 341 123456-7", "(0341) 12 34 56". */
export const PHONE_PATTERN = /^\+?[0-9 ()\-/.]{3,40}$/;

// What breaks a line, and the tab: only multi-line fields hold them.
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;
// The same options class-validator's @IsUrl had in the API before, so stored websites stay valid.
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_host: true };
// A value quoted in a reason is cut here: a reason is read beside a field, not a copy of the input.
const QUOTED_MAX = 80;

/** The verdict on a value: accepted as `value` (trimmed, normalised), or refused with a reason. */
export type FieldVerdict =
  | { ok: true; value: unknown }
  | {
      ok: false;
      reason: FieldReason;
      /** In a list, the position of the refused item (the field is then `sectors.1`). */
      index?: number;
    };

const refuse = (
  code: FieldReasonCode,
  params: Record<string, ReasonParam> = {},
  index?: number,
): FieldVerdict => ({
  ok: false,
  reason: { code, params },
  ...(index === undefined ? {} : { index }),
});

function quoted(text: string): string {
  return text.length > QUOTED_MAX ? `${text.slice(0, QUOTED_MAX)}…` : text;
}

/** The date that is "today" somewhere on earth (UTC+14): nobody's today is in the future. */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * `www.firma.de` gets `https://`: people rarely type the scheme. A value that names another
 * scheme (`javascript:`, `ftp://`) keeps it, and the URL rule refuses it.
 */
export function withScheme(raw: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^[^:/]+:\d/.test(raw) ? raw : `https://${raw}`;
}

/** One value that is present (not null, not blank). */
function checkOne(rule: FieldRule, value: unknown, now: Date): FieldVerdict {
  if (rule.type === 'integer') {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      const shown = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
      return refuse('notWhole', { value: quoted(shown) });
    }
    if (rule.min !== undefined && value < rule.min) {
      return refuse('tooSmall', { value, min: rule.min });
    }
    if (rule.max !== undefined && value > rule.max) {
      return refuse('tooLarge', { value, max: rule.max });
    }
    return { ok: true, value };
  }
  if (typeof value !== 'string') return refuse('notText');
  const text = value.trim();
  if (!rule.multiLine && LINE_BREAK_OR_TAB.test(text)) return refuse('notSingleLine');
  // A URL's length counts with the scheme it is stored with.
  if (rule.maxLength !== undefined && text.length > rule.maxLength && rule.type !== 'url') {
    return refuse('tooLong', { length: text.length, max: rule.maxLength });
  }
  switch (rule.type) {
    case 'text':
      return { ok: true, value: text };
    case 'email':
      return isEmail(text)
        ? { ok: true, value: text }
        : refuse('notEmail', { value: quoted(text) });
    case 'phone':
      return PHONE_PATTERN.test(text)
        ? { ok: true, value: text }
        : refuse('notPhone', { value: quoted(text) });
    case 'url': {
      const url = withScheme(text);
      if (!isURL(url, URL_OPTIONS)) return refuse('notUrl', { value: quoted(text) });
      if (rule.maxLength !== undefined && url.length > rule.maxLength) {
        return refuse('tooLong', { length: url.length, max: rule.maxLength });
      }
      return { ok: true, value: url };
    }
    case 'date':
      if (!isIsoDay(text)) {
        return refuse('notDate', { value: quoted(text), format: FIELD_REASON_WORDS.isoDate });
      }
      if (rule.notFuture && text > latestToday(now)) return refuse('future', { value: text });
      return { ok: true, value: text };
    case 'vocabulary':
      return VOCABULARY_KEY_PATTERN.test(text)
        ? { ok: true, value: text }
        : refuse('notKey', { value: quoted(text) });
    case 'tag':
      return TAG_PATTERN.test(text)
        ? { ok: true, value: text }
        : refuse('notTag', { value: quoted(text) });
  }
}

const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * Checks a value against its field's rule, as the API, the import and the web forms all do.
 * Returns the value as it is stored (text trimmed, `''` as null, a website with its scheme), or
 * the first reason it is refused. Lists must be arrays; a vocabulary key given twice is refused,
 * a tag given twice (any case) is kept once.
 */
export function checkField(rule: FieldRule, value: unknown, now = new Date()): FieldVerdict {
  if (!rule.list) {
    if (isBlank(value)) {
      const cleared = rule.hasDefault === true && value !== undefined;
      return rule.required || cleared ? refuse('required') : { ok: true, value: null };
    }
    return checkOne(rule, value, now);
  }
  if (value === undefined) return rule.required ? refuse('required') : { ok: true, value: [] };
  if (!Array.isArray(value)) return refuse('notList');
  const items: string[] = [];
  const seen = new Set<string>();
  for (const [index, item] of value.entries()) {
    const verdict = checkOne(rule, item, now);
    if (!verdict.ok) return { ...verdict, index };
    const text = verdict.value as string;
    const same = rule.type === 'tag' ? text.toLowerCase() : text;
    if (seen.has(same)) {
      if (rule.type === 'tag') continue;
      return refuse('repeated', { value: quoted(text) }, index);
    }
    seen.add(same);
    items.push(text);
  }
  if (rule.required && items.length === 0) return refuse('required');
  if (rule.maxItems !== undefined && items.length > rule.maxItems) {
    return refuse('tooMany', { count: items.length, max: rule.maxItems });
  }
  return { ok: true, value: items };
}
