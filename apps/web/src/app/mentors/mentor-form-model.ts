import { AbstractControl, FormControl, FormGroup, ValidationErrors } from '@angular/forms';
import { FieldRule, Mentor, MENTOR_FIELDS, MentorInput, MentorStatus } from '@kohorte/contracts';
import { fieldRule } from '../core/forms/field-rule';
import { fromIsoDate, toIsoDate } from '../startups/startup-form-model';

// The limits the inputs show (counters, maxlength) are the field schema's.
export const FULL_NAME_MAX = MENTOR_FIELDS.fullName.maxLength;
export const EMAIL_MAX = MENTOR_FIELDS.email.maxLength;
export const PHONE_MAX = MENTOR_FIELDS.phone.maxLength;
export const COMPANY_MAX = MENTOR_FIELDS.company.maxLength;
export const JOB_TITLE_MAX = MENTOR_FIELDS.jobTitle.maxLength;
export const BIO_MAX = MENTOR_FIELDS.bio.maxLength;
export const CITY_MAX = MENTOR_FIELDS.city.maxLength;
export const DEFAULT_CAPACITY = 2;

/** The edit form. Control names are MentorInput's field names (the API's errors name them). */
export type MentorForm = FormGroup<{
  fullName: FormControl<string>;
  email: FormControl<string>;
  phone: FormControl<string>;
  company: FormControl<string>;
  jobTitle: FormControl<string>;
  bio: FormControl<string>;
  expertise: FormControl<string[]>;
  sectors: FormControl<string[]>;
  stages: FormControl<string[]>;
  languages: FormControl<string[]>;
  city: FormControl<string>;
  capacity: FormControl<number | null>;
  availableFrom: FormControl<Date | null>;
  availableUntil: FormControl<Date | null>;
  status: FormControl<MentorStatus>;
  tags: FormControl<string[]>;
}>;

export type MentorFormValue = ReturnType<MentorForm['getRawValue']>;

const text = (rule: FieldRule) =>
  new FormControl('', { nonNullable: true, validators: [fieldRule(rule)] });
const keys = (rule: FieldRule) =>
  new FormControl<string[]>([], { nonNullable: true, validators: [fieldRule(rule)] });
const day = (rule: FieldRule) =>
  new FormControl<Date | null>(null, [fieldRule<Date | null>(rule, dayOrNull)]);

function validDate(date: Date | null): date is Date {
  return date !== null && !Number.isNaN(date.getTime());
}

/**
 * The window's end must not come before its start; the error sits on `availableUntil`, where the
 * API names it too.
 */
function windowInOrder(group: AbstractControl): ValidationErrors | null {
  const from = group.get('availableFrom')?.value as Date | null;
  const until = group.get('availableUntil');
  if (!until) return null;
  const wrong = validDate(from) && validDate(until.value) && until.value < from;
  const { windowOrder: _, ...others } = until.errors ?? {};
  if (wrong) {
    until.setErrors({ ...others, windowOrder: true });
  } else if (until.hasError('windowOrder')) {
    until.setErrors(Object.keys(others).length > 0 ? others : null);
  }
  return null;
}

/**
 * Every control checked by its field's rule in MENTOR_FIELDS, as the API and the import check
 * it; the vocabularies' keys and the email's uniqueness are the API's to decide.
 */
export function createMentorForm(): MentorForm {
  const fields = MENTOR_FIELDS;
  return new FormGroup(
    {
      fullName: text(fields.fullName),
      email: text(fields.email),
      phone: text(fields.phone),
      company: text(fields.company),
      jobTitle: text(fields.jobTitle),
      bio: text(fields.bio),
      expertise: keys(fields.expertise),
      sectors: keys(fields.sectors),
      stages: keys(fields.stages),
      languages: keys(fields.languages),
      city: text(fields.city),
      capacity: new FormControl<number | null>(DEFAULT_CAPACITY, [fieldRule(fields.capacity)]),
      availableFrom: day(fields.availableFrom),
      availableUntil: day(fields.availableUntil),
      status: new FormControl<MentorStatus>('active', { nonNullable: true }),
      tags: keys(fields.tags),
    },
    { validators: windowInOrder },
  );
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function dayOrNull(date: Date | null): string | null {
  return validDate(date) ? toIsoDate(date) : null;
}

/** What the form holds, as the API takes it: trimmed, empty text as null, dates as ISO days. */
export function toMentorInput(value: MentorFormValue): MentorInput {
  return {
    fullName: value.fullName.trim(),
    email: value.email.trim(),
    phone: textOrNull(value.phone),
    company: textOrNull(value.company),
    jobTitle: textOrNull(value.jobTitle),
    bio: textOrNull(value.bio),
    expertise: [...value.expertise],
    sectors: [...value.sectors],
    stages: [...value.stages],
    languages: [...value.languages],
    city: textOrNull(value.city),
    capacity: value.capacity ?? DEFAULT_CAPACITY,
    availableFrom: dayOrNull(value.availableFrom),
    availableUntil: dayOrNull(value.availableUntil),
    status: value.status,
    tags: [...value.tags],
  };
}

/** A stored mentor as form values (null text as empty strings, ISO days as local Dates). */
export function toMentorFormValue(mentor: Mentor): MentorFormValue {
  return {
    fullName: mentor.fullName,
    email: mentor.email,
    phone: mentor.phone ?? '',
    company: mentor.company ?? '',
    jobTitle: mentor.jobTitle ?? '',
    bio: mentor.bio ?? '',
    expertise: [...mentor.expertise],
    sectors: [...mentor.sectors],
    stages: [...mentor.stages],
    languages: [...mentor.languages],
    city: mentor.city ?? '',
    capacity: mentor.capacity,
    availableFrom: fromIsoDate(mentor.availableFrom),
    availableUntil: fromIsoDate(mentor.availableUntil),
    status: mentor.status,
    tags: [...mentor.tags],
  };
}
