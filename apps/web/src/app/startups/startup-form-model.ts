import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Startup, StartupInput } from '@kohorte/contracts';
import { localDate } from '../core/i18n/date-adapter';
import { integer, notBlank } from '../core/forms/validators';

export const NAME_MAX = 200;
export const ONE_LINER_MAX = 280;
export const DESCRIPTION_MAX = 5000;
export const WEBSITE_MAX = 2048;
export const CITY_MAX = 200;

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

const text = (max: number) =>
  new FormControl('', { nonNullable: true, validators: [Validators.maxLength(max)] });
const amount = () => new FormControl<number | null>(null, [Validators.min(0), integer]);
const keys = () => new FormControl<string[]>([], { nonNullable: true });

/**
 * Client-side checks only catch the obvious (required name, lengths, negative numbers). The
 * website is deliberately not checked here: the API decides what a URL is, and its field
 * error is shown beside the field.
 */
export function createStartupForm(): StartupForm {
  return new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(NAME_MAX)],
    }),
    oneLiner: text(ONE_LINER_MAX),
    description: text(DESCRIPTION_MAX),
    website: text(WEBSITE_MAX),
    foundedOn: new FormControl<Date | null>(null),
    stage: new FormControl<string | null>(null),
    sectors: keys(),
    teamSize: amount(),
    city: text(CITY_MAX),
    fundingRaisedEur: amount(),
    fundingSoughtEur: amount(),
    languages: keys(),
    topics: keys(),
    tags: keys(),
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
