import { FormControl, FormGroup } from '@angular/forms';
import { FieldRule, Startup, STARTUP_FIELDS, StartupInput } from '@kohorte/contracts';
import { fieldRule } from '../core/forms/field-rule';
import { localDate } from '../core/i18n/date-adapter';

// The limits the inputs show (counters, maxlength) are the field schema's.
export const NAME_MAX = STARTUP_FIELDS.name.maxLength;
export const ONE_LINER_MAX = STARTUP_FIELDS.oneLiner.maxLength;
export const DESCRIPTION_MAX = STARTUP_FIELDS.description.maxLength;
export const CITY_MAX = STARTUP_FIELDS.city.maxLength;

/** The edit form. Control names are StartupInput's field names (the API's errors name them). */
export type StartupForm = FormGroup<{
  name: FormControl<string>;
  oneLiner: FormControl<string>;
  description: FormControl<string>;
  website: FormControl<string>;
  foundedOn: FormControl<Date | null>;
  stage: FormControl<string | null>;
  sectors: FormControl<string[]>;
  teamSize: FormControl<number | null>;
  city: FormControl<string>;
  fundingRaisedEur: FormControl<number | null>;
  fundingSoughtEur: FormControl<number | null>;
  languages: FormControl<string[]>;
  topics: FormControl<string[]>;
  tags: FormControl<string[]>;
}>;

export type StartupFormValue = ReturnType<StartupForm['getRawValue']>;

const text = (rule: FieldRule) =>
  new FormControl('', { nonNullable: true, validators: [fieldRule(rule)] });
const amount = (rule: FieldRule) => new FormControl<number | null>(null, [fieldRule(rule)]);
const keys = (rule: FieldRule) =>
  new FormControl<string[]>([], { nonNullable: true, validators: [fieldRule(rule)] });
const day = (rule: FieldRule) =>
  new FormControl<Date | null>(null, [
    // An unreadable typed date is the datepicker's own error (matDatepickerParse).
    fieldRule<Date | null>(rule, (date) =>
      date && !Number.isNaN(date.getTime()) ? toIsoDate(date) : null,
    ),
  ]);

/**
 * Every control checked by its field's rule in STARTUP_FIELDS, as the API and the import check
 * it: a website such as `javascript:…`, a future founding date or a city of 121 characters is
 * refused beside its field, in the page's language, before anything is sent.
 */
export function createStartupForm(): StartupForm {
  const fields = STARTUP_FIELDS;
  return new FormGroup({
    name: text(fields.name),
    oneLiner: text(fields.oneLiner),
    description: text(fields.description),
    website: text(fields.website),
    foundedOn: day(fields.foundedOn),
    stage: new FormControl<string | null>(null, [fieldRule(fields.stage)]),
    sectors: keys(fields.sectors),
    teamSize: amount(fields.teamSize),
    city: text(fields.city),
    fundingRaisedEur: amount(fields.fundingRaisedEur),
    fundingSoughtEur: amount(fields.fundingSoughtEur),
    languages: keys(fields.languages),
    topics: keys(fields.topics),
    tags: keys(fields.tags),
  });
}

/**
 * `YYYY-MM-DD` of the calendar day the person picked. The datepicker gives local midnight;
 * `toISOString()` would turn 15 March 00:00 in Berlin into "2021-03-14".
 */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local calendar day of a `YYYY-MM-DD` string (`new Date(iso)` would read it as UTC). */
export function fromIsoDate(iso: string | null): Date | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const date = localDate(+match[1], +match[2], +match[3]);
  return Number.isNaN(date.getTime()) ? null : date;
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function numberOrNull(value: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** What the form holds, as the API takes it: trimmed, empty text as null, dates as ISO days. */
export function toStartupInput(value: StartupFormValue): StartupInput {
  const foundedOn =
    value.foundedOn && !Number.isNaN(value.foundedOn.getTime()) ? toIsoDate(value.foundedOn) : null;
  return {
    name: value.name.trim(),
    oneLiner: textOrNull(value.oneLiner),
    description: textOrNull(value.description),
    website: textOrNull(value.website),
    foundedOn,
    stage: value.stage || null,
    sectors: [...value.sectors],
    teamSize: numberOrNull(value.teamSize),
    city: textOrNull(value.city),
    fundingRaisedEur: numberOrNull(value.fundingRaisedEur),
    fundingSoughtEur: numberOrNull(value.fundingSoughtEur),
    languages: [...value.languages],
    topics: [...value.topics],
    tags: [...value.tags],
  };
}

/** A stored startup as form values (null text as empty strings, the ISO day as a local Date). */
export function toFormValue(startup: Startup): StartupFormValue {
  return {
    name: startup.name,
    oneLiner: startup.oneLiner ?? '',
    description: startup.description ?? '',
    website: startup.website ?? '',
    foundedOn: fromIsoDate(startup.foundedOn),
    stage: startup.stage,
    sectors: [...startup.sectors],
    teamSize: startup.teamSize,
    city: startup.city ?? '',
    fundingRaisedEur: startup.fundingRaisedEur,
    fundingSoughtEur: startup.fundingSoughtEur,
    languages: [...startup.languages],
    topics: [...startup.topics],
    tags: [...startup.tags],
  };
}
