import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { Mentor, MENTOR_CAPACITY_MAX, MentorInput, MentorStatus } from '@kohorte/contracts';
import { integer, notBlank } from '../core/forms/validators';
import { fromIsoDate, toIsoDate } from '../startups/startup-form-model';

export const FULL_NAME_MAX = 200;
export const EMAIL_MAX = 320;
export const PHONE_MAX = 40;
export const COMPANY_MAX = 200;
export const JOB_TITLE_MAX = 200;
export const BIO_MAX = 5000;
export const CITY_MAX = 120;
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

const text = (max: number) =>
  new FormControl('', { nonNullable: true, validators: [Validators.maxLength(max)] });
const keys = () => new FormControl<string[]>([], { nonNullable: true });

function validDate(date: Date | null): date is Date {
  return date !== null && !Number.isNaN(date.getTime());
}

/** Like `Validators.email`, but spaces around a pasted address do not count (they are trimmed). */
export function trimmedEmail(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  if (typeof value !== 'string') return null;
  return Validators.email(new FormControl(value.trim()));
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

/** Client-side checks catch the obvious (required, lengths, ranges); the API decides the rest. */
export function createMentorForm(): MentorForm {
  return new FormGroup(
    {
      fullName: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, notBlank, Validators.maxLength(FULL_NAME_MAX)],
      }),
      email: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, notBlank, trimmedEmail, Validators.maxLength(EMAIL_MAX)],
      }),
      phone: text(PHONE_MAX),
      company: text(COMPANY_MAX),
      jobTitle: text(JOB_TITLE_MAX),
      bio: text(BIO_MAX),
      expertise: keys(),
      sectors: keys(),
      stages: keys(),
      languages: keys(),
      city: text(CITY_MAX),
      capacity: new FormControl<number | null>(DEFAULT_CAPACITY, [
        Validators.required,
        Validators.min(0),
        Validators.max(MENTOR_CAPACITY_MAX),
        integer,
      ]),
      availableFrom: new FormControl<Date | null>(null),
      availableUntil: new FormControl<Date | null>(null),
      status: new FormControl<MentorStatus>('active', { nonNullable: true }),
      tags: keys(),
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
