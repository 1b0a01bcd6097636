import type { StartupContactInput } from './contacts.js';
import type { InvestorInput } from './investors.js';
import { INTROS_PER_ROUND_MAX, MAX_REGIONS } from './investors.js';
import type { MentorInput } from './mentors.js';
import { MENTOR_CAPACITY_MAX } from './mentors.js';
import type { CohortInput, ProgrammeInput } from './programme.js';
import {
  ELIGIBILITY_REASON_MAX_LENGTH,
  LONG_TEXT_MAX_LENGTH,
  MAX_RETENTION_DAYS,
  SHORT_TEXT_MAX_LENGTH,
} from './applications.js';
import type { StartupInput } from './startups.js';
import { MAX_TAGS } from './tags.js';
import type { VocabularyKind } from './vocabularies.js';

/**
 * One definition per field: what a record's field holds and which values it refuses. The API's
 * validation of request bodies, the import's cell rules and the web forms' validators are all
 * built from these rules and checked by `checkField`, so a value is refused with the same reason
 * (see FIELD_REASONS) wherever it is entered.
 */

/** What a value is. Lists (`list: true`) hold several values of the type. */
export type FieldType =
  | 'text'
  | 'email'
  /** Digits and `+ ( ) - / .` and spaces. */
  | 'phone'
  /** An http(s) address; `www.firma.de` gets `https://`. */
  | 'url'
  /** An ISO calendar day `YYYY-MM-DD` that exists. */
  | 'date'
  | 'integer'
  /** A key of a controlled vocabulary; whether the key is known is checked against the list. */
  | 'vocabulary'
  /** A free tag (TAG_PATTERN). */
  | 'tag';

export interface FieldRule {
  type: FieldType;
  /** Must be given and not empty (a PATCH may leave it out, but not clear it). */
  required: boolean;
  list: boolean;
  /** Longest text, after trimming (each value of a list). */
  maxLength?: number;
  /** Most values in a list. */
  maxItems?: number;
  min?: number;
  max?: number;
  /** A date that may not lie in the future (a founding date). */
  notFuture?: boolean;
  /** May be left out (the record's default applies) but not cleared (a capacity). */
  hasDefault?: boolean;
  /** Free text that may hold line breaks (a description); every other text is one line. */
  multiLine?: boolean;
  vocabulary?: VocabularyKind;
  /** An amount of money in whole euros. */
  money?: boolean;
}

/** Longest email address (RFC 5321 path limit as the auth and contact forms use it). */
export const MAX_EMAIL_LENGTH = 320;
/** Longest vocabulary key. */
export const MAX_KEY_LENGTH = 64;
/** Most vocabulary terms on one record field. */
export const MAX_TERMS = 20;
/** Largest amount of money a record holds (one trillion euros). */
export const MAX_AMOUNT_EUR = 1_000_000_000_000;
export const MAX_TEAM_SIZE = 100_000;

// The helpers keep their literal shapes (`satisfies`), so that `STARTUP_FIELDS.city.maxLength`
// is a number where a form shows the limit.
const text = (maxLength: number, required = false) =>
  ({ type: 'text', required, list: false, maxLength }) satisfies FieldRule;
const longText = (maxLength: number) => ({ ...text(maxLength), multiLine: true });
const keys = (vocabulary: VocabularyKind, maxItems = MAX_TERMS): FieldRule => ({
  type: 'vocabulary',
  required: false,
  list: true,
  vocabulary,
  maxLength: MAX_KEY_LENGTH,
  maxItems,
});
const amount = (): FieldRule => ({
  type: 'integer',
  required: false,
  list: false,
  min: 0,
  max: MAX_AMOUNT_EUR,
  money: true,
});
const whole = (max: number): FieldRule => ({
  type: 'integer',
  required: false,
  list: false,
  min: 0,
  max,
});
const day = (notFuture = false): FieldRule => ({
  type: 'date',
  required: false,
  list: false,
  ...(notFuture ? { notFuture } : {}),
});
const EMAIL = {
  type: 'email',
  required: true,
  list: false,
  maxLength: MAX_EMAIL_LENGTH,
} satisfies FieldRule;
const PHONE = { type: 'phone', required: false, list: false, maxLength: 40 } satisfies FieldRule;
const TAGS: FieldRule = {
  type: 'tag',
  required: false,
  list: true,
  maxLength: 40,
  maxItems: MAX_TAGS,
};

/** The rules of the fields of each record kind; keyed by the record's contract, so a renamed field fails the build. */
export type FieldRules<T> = { readonly [K in keyof T]-?: FieldRule };

// Fields with fixed choices (status, investor type, locale) are enums of the contracts, checked
// as such; they have no rule here.
type FixedChoice = 'status' | 'type' | 'locale';

export const STARTUP_FIELDS = {
  name: text(200, true),
  oneLiner: text(280),
  description: longText(5000),
  website: { type: 'url', required: false, list: false, maxLength: 2048 },
  foundedOn: day(true),
  stage: { type: 'vocabulary', required: false, list: false, vocabulary: 'stages', maxLength: 64 },
  sectors: keys('sectors'),
  teamSize: whole(MAX_TEAM_SIZE),
  city: text(120),
  fundingRaisedEur: amount(),
  fundingSoughtEur: amount(),
  languages: keys('languages'),
  topics: keys('topics'),
  tags: TAGS,
} as const satisfies FieldRules<StartupInput>;

export const MENTOR_FIELDS = {
  fullName: text(200, true),
  email: EMAIL,
  phone: PHONE,
  company: text(200),
  jobTitle: text(200),
  bio: longText(5000),
  expertise: keys('topics'),
  sectors: keys('sectors'),
  stages: keys('stages'),
  languages: keys('languages'),
  city: text(120),
  capacity: { ...whole(MENTOR_CAPACITY_MAX), hasDefault: true },
  availableFrom: day(),
  availableUntil: day(),
  tags: TAGS,
} as const satisfies FieldRules<Omit<MentorInput, FixedChoice>>;

export const INVESTOR_FIELDS = {
  name: text(200, true),
  contactName: text(200),
  email: EMAIL,
  sectors: keys('sectors'),
  stages: keys('stages'),
  ticketMinEur: amount(),
  ticketMaxEur: amount(),
  regions: keys('regions', MAX_REGIONS),
  introsPerRound: { ...whole(INTROS_PER_ROUND_MAX), hasDefault: true },
  tags: TAGS,
} as const satisfies FieldRules<Omit<InvestorInput, FixedChoice>>;

/** A startup's contact person (founder); `isFounder` is a yes/no and has no rule here. */
export const CONTACT_FIELDS = {
  fullName: text(200, true),
  email: EMAIL,
  role: text(120),
  phone: PHONE,
} as const satisfies FieldRules<Omit<StartupContactInput, 'isFounder'>>;

export const PROGRAMME_FIELDS = {
  name: text(200, true),
  description: longText(5000),
} as const satisfies FieldRules<ProgrammeInput>;

/** The most startups a cohort takes (its column is a smallint). */
export const COHORT_CAPACITY_MAX = 10_000;

/** A cohort; its programme is an id and its status a fixed choice, checked as such. */
export const COHORT_FIELDS = {
  name: text(200, true),
  startsOn: { ...day(), required: true },
  endsOn: { ...day(), required: true },
  capacity: whole(COHORT_CAPACITY_MAX),
} as const satisfies FieldRules<Omit<CohortInput, 'programmeId' | 'status'>>;

/**
 * A call for applications. Its texts exist in both languages: each language's text is checked by
 * the rule of its field (`title.de`, `title.en`). Its moments (`opensAt`, `closesAt`) are
 * checked by `checkMoment`.
 */
export const CALL_FIELDS = {
  title: text(200, true),
  intro: { ...longText(10_000), required: true },
  confirmation: { ...longText(5000), required: true },
  consent: { ...longText(5000), required: true },
  retentionDays: { ...whole(MAX_RETENTION_DAYS), min: 1, required: true },
} as const satisfies Record<string, FieldRule>;

/** A custom question's own fields; its answers are checked by `answerRule`. */
export const QUESTION_FIELDS = {
  key: { type: 'vocabulary', required: true, list: false, maxLength: MAX_KEY_LENGTH },
  label: text(500, true),
  help: longText(2000),
  maxLength: { ...whole(LONG_TEXT_MAX_LENGTH), min: 1 },
  min: { type: 'integer', required: false, list: false, min: -MAX_AMOUNT_EUR, max: MAX_AMOUNT_EUR },
  max: { type: 'integer', required: false, list: false, min: -MAX_AMOUNT_EUR, max: MAX_AMOUNT_EUR },
  optionKey: { type: 'vocabulary', required: true, list: false, maxLength: MAX_KEY_LENGTH },
  optionLabel: text(200, true),
} as const satisfies Record<string, FieldRule>;

/** The applicant's own fields besides the startup profile (which STARTUP_FIELDS check). */
export const APPLICATION_FIELDS = {
  email: EMAIL,
  founderName: text(200),
  shortAnswer: text(SHORT_TEXT_MAX_LENGTH),
  eligibilityReason: longText(ELIGIBILITY_REASON_MAX_LENGTH),
} as const satisfies Record<string, FieldRule>;
