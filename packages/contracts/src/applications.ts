import type { Locale } from './auth.js';
import type { LocalizedText } from './errors.js';
import type { FounderProfileField } from './links.js';
import type { StartupInput } from './startups.js';

/**
 * Calls for applications and the applications they get. A cohort has at most one call; the call
 * says when it is open (moments, shown in German time), what its public page says in both
 * languages, which startup profile fields and custom questions the form asks, and how long
 * rejected applications are kept.
 */

/** What a custom question asks for. `pitchDeck` is a PDF upload. */
export const QUESTION_KINDS = [
  'shortText',
  'longText',
  'number',
  'singleChoice',
  'multipleChoice',
  'yesNo',
  'pitchDeck',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The kinds whose answers can exclude an application (eligibility questions). */
export const ELIGIBILITY_KINDS = ['singleChoice', 'multipleChoice', 'yesNo'] as const;

/** The answers of a yes/no question, as stored and as `excludingAnswers` name them. */
export const YES_NO_ANSWERS = ['yes', 'no'] as const;
export type YesNoAnswer = (typeof YES_NO_ANSWERS)[number];

export interface QuestionOption {
  /** A key (lower-case letters, digits, dashes), unique in the question. */
  key: string;
  label: LocalizedText;
}

export interface CallQuestion {
  /** A key (lower-case letters, digits, dashes), unique in the call; answers are keyed by it. */
  key: string;
  kind: QuestionKind;
  label: LocalizedText;
  /** A hint under the field, in both languages; empty texts for none. */
  help?: LocalizedText | null;
  required: boolean;
  /** Longest answer of a `longText` question (characters). */
  maxLength?: number | null;
  /** Bounds of a `number` question. */
  min?: number | null;
  max?: number | null;
  /** The choices of a single or multiple choice question. */
  options?: QuestionOption[];
  /**
   * Eligibility: the answers (option keys, or `yes`/`no`) that exclude the application. Screening
   * pre-marks an application that gave one as not eligible.
   */
  excludingAnswers?: string[];
}

/** The startup profile fields a call may ask besides the startup's name, which it always asks. */
export const CALL_PROFILE_FIELDS = [
  'oneLiner',
  'description',
  'website',
  'foundedOn',
  'stage',
  'sectors',
  'teamSize',
  'city',
  'fundingRaisedEur',
  'fundingSoughtEur',
  'languages',
  'topics',
] as const satisfies readonly Exclude<FounderProfileField, 'name'>[];
export type CallProfileField = (typeof CALL_PROFILE_FIELDS)[number];

/** `PUT /api/v1/cohorts/:id/call`: creates the cohort's call or replaces its settings. */
export interface CallInput {
  /** ISO 8601 moments with an offset (`2027-01-10T09:00:00+01:00`); opensAt < closesAt. */
  opensAt: string;
  closesAt: string;
  title: LocalizedText;
  intro: LocalizedText;
  /** What the applicant reads after submitting (page and email). */
  confirmation: LocalizedText;
  /** The processing the applicant consents to, as the form states it. */
  consent: LocalizedText;
  profileFields: CallProfileField[];
  questions: CallQuestion[];
  /** Days a rejected application is kept after the decision. */
  retentionDays: number;
}

export interface Call extends CallInput {
  id: string;
  cohortId: string;
  cohortName: string;
  /** Raised each time the consent text changes; an application records the one it agreed to. */
  consentVersion: number;
  /** The public page: `${CALL_PAGE_PATH}/<id>`. */
  createdAt: string;
  updatedAt: string;
}

/** The web app's public page of a call: `${CALL_PAGE_PATH}/<callId>`. */
export const CALL_PAGE_PATH = '/apply';
/** The page an application link opens: `${APPLICATION_LINK_PATH}/<token>`. */
export const APPLICATION_LINK_PATH = '/respond/application';
/** How long an application link works (any number of saves until then). */
export const APPLICATION_LINK_TTL_DAYS = 30;
/** Largest pitch deck (bytes). */
export const PITCH_DECK_MAX_BYTES = 10 * 1024 * 1024;
/** Longest answer to a short text question. */
export const SHORT_TEXT_MAX_LENGTH = 300;
/** Longest limit a long text question may set. */
export const LONG_TEXT_MAX_LENGTH = 20_000;
/** Most questions of one call, and options of one question. */
export const MAX_QUESTIONS = 60;
export const MAX_OPTIONS = 30;
/** Longest retention of rejected applications (ten years). */
export const MAX_RETENTION_DAYS = 3650;

/** Whether a call takes applications now: before, open, closed. */
export type CallPhase = 'upcoming' | 'open' | 'closed';

/** `GET /api/v1/public/calls/:id`: what the public page shows (no internal fields). */
export interface PublicCall {
  id: string;
  opensAt: string;
  closesAt: string;
  phase: CallPhase;
  title: LocalizedText;
  intro: LocalizedText;
  consent: LocalizedText;
  consentVersion: number;
  profileFields: CallProfileField[];
  /** `excludingAnswers` left out: the applicant answers truthfully, not to pass. */
  questions: Omit<CallQuestion, 'excludingAnswers'>[];
}

/** `POST /api/v1/public/calls/:id/applications`: an applicant asks for their link. */
export interface StartApplicationRequest {
  email: string;
  locale: Locale;
  /** The honeypot: a field people do not see; a value means a bot, and nothing is sent. */
  homepage?: string;
}

/** The startup profile answers of an application; `name` is the startup's name. */
export type ApplicationProfile = Partial<Pick<StartupInput, 'name' | CallProfileField>>;

/** An answer to a custom question: text, number, option key(s), yes/no; a deck is an upload. */
export type AnswerValue = string | number | string[] | null;

/** `PATCH /api/v1/public/application`: the fields given are saved (autosave of a draft). */
export interface SaveApplicationRequest {
  founderName?: string | null;
  profile?: ApplicationProfile;
  answers?: Record<string, AnswerValue>;
  locale?: Locale;
}

/** `POST /api/v1/public/application/submit`. */
export interface SubmitApplicationRequest {
  /** The consent text's version the applicant agreed to (it must be the call's current one). */
  consentVersion: number;
}

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'waitlisted',
  'accepted',
  'rejected',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Screening: `pending` until marked (or pre-marked by the eligibility answers). */
export const ELIGIBILITY_STATES = ['pending', 'eligible', 'ineligible'] as const;
export type EligibilityState = (typeof ELIGIBILITY_STATES)[number];

export const DECISIONS = ['accept', 'waitlist', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

/** An uploaded deck, as the applicant and staff see it (the bytes are fetched on their own). */
export interface ApplicationFile {
  questionKey: string;
  fileName: string;
  sizeBytes: number;
  pages: number;
  uploadedAt: string;
}

/** `GET /api/v1/public/application`: the applicant's own application and its call. */
export interface ApplicantView {
  call: PublicCall;
  email: string;
  locale: Locale;
  status: ApplicationStatus;
  founderName: string | null;
  profile: ApplicationProfile;
  answers: Record<string, AnswerValue>;
  files: ApplicationFile[];
  submittedAt: string | null;
  decidedAt: string | null;
  /** The call's confirmation text, once submitted. */
  confirmation: LocalizedText | null;
  linkExpiresAt: string;
}

/** An existing startup this application may be: same website host or a founder's email. */
export interface DuplicateStartup {
  id: string;
  name: string;
  /** What matched. */
  by: ('website' | 'email')[];
}

/** One row of the screening list. */
export interface ApplicationListItem {
  id: string;
  email: string;
  founderName: string | null;
  startupName: string | null;
  status: ApplicationStatus;
  eligibility: EligibilityState;
  /** Whether the eligibility answers set it (no one has marked it yet). */
  eligibilityAutomatic: boolean;
  eligibilityReason: string | null;
  duplicates: DuplicateStartup[];
  submittedAt: string | null;
  decidedAt: string | null;
  /** The startup the application became (accepted). */
  startupId: string | null;
  updatedAt: string;
}

export interface ListApplicationsQuery {
  status?: ApplicationStatus;
  eligibility?: EligibilityState;
  /** Words searched in the email, the founder's and the startup's name. */
  q?: string;
}

/** `GET /api/v1/applications/:id`: everything the applicant gave, for staff. */
export interface ApplicationDetail extends ApplicationListItem {
  callId: string;
  cohortId: string;
  locale: Locale;
  profile: ApplicationProfile;
  answers: Record<string, AnswerValue>;
  files: ApplicationFile[];
  consentVersion: number | null;
  consentedAt: string | null;
  questions: CallQuestion[];
  profileFields: CallProfileField[];
}

/** `POST /api/v1/applications/:id/eligibility`. */
export interface MarkEligibilityRequest {
  eligible: boolean;
  /** Why; required when not eligible. */
  reason?: string | null;
}

/** `POST /api/v1/calls/:id/decisions`. */
export interface DecideApplicationsRequest {
  applicationIds: string[];
  decision: Decision;
}

/** An application a bulk decision left as it was, and why. */
export interface DecisionSkip {
  applicationId: string;
  reason: 'not-submitted' | 'already-decided' | 'ineligible' | 'unknown';
}

export interface DecisionResult {
  decided: number;
  emails: number;
  skipped: DecisionSkip[];
}

/** The call page's funnel: how far the applications got, and how long a decision took. */
export interface CallFunnel {
  /** Drafts: a link was sent, nothing submitted yet. */
  started: number;
  applied: number;
  eligible: number;
  /** Eligible applications with a submitted review and none still open. */
  reviewed: number;
  accepted: number;
  waitlisted: number;
  rejected: number;
  /** Median and longest days from submission to decision, over decided applications. */
  medianDaysToDecision: number | null;
  maxDaysToDecision: number | null;
}

/** Most applications decided in one request. */
export const MAX_DECISIONS = 500;
/** Longest reason for an eligibility mark. */
export const ELIGIBILITY_REASON_MAX_LENGTH = 1000;
