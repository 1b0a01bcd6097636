import type { Locale } from './auth.js';
import { type FieldRule, MAX_EMAIL_LENGTH } from './field-rules.js';

/**
 * Privacy (GDPR): the kinds of records that are about a person, the access reports (Art. 15)
 * and the erasures (Art. 17) that admins run on them. Which tables hold what about each kind is
 * defined once, on the server (the personal-data registry); these are the shapes around it.
 */
export const PERSON_KINDS = [
  'contact',
  'mentor',
  'investor',
  'user',
  'applicant',
  'reviewer',
] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/**
 * What access and erasure work on: the people, and the startups whose profile, figures and
 * timeline their founders may ask for (or want erased) along with their own data.
 */
export const PRIVACY_RECORD_KINDS = [...PERSON_KINDS, 'startup'] as const;
export type PrivacyRecordKind = (typeof PRIVACY_RECORD_KINDS)[number];

export interface PrivacyRecordRef {
  kind: PrivacyRecordKind;
  id: string;
}

/** A record found by email: `GET /api/v1/privacy/people?email=`. */
export interface PersonRecord extends PrivacyRecordRef {
  /** The person's name (a startup's name for kind `startup`). */
  label: string;
  email: string | null;
  /** A contact's startup, with how many contacts it has (the person included). */
  startup: { id: string; name: string; contacts: number } | null;
  /** The language the person reads (when the record knows it). */
  locale: Locale | null;
}

/** Finding a person: by an email address (any record kind holding it). */
export const PRIVACY_EMAIL_FIELD = {
  type: 'email',
  required: true,
  list: false,
  maxLength: MAX_EMAIL_LENGTH,
} satisfies FieldRule;

export const ACCESS_REPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type AccessReportStatus = (typeof ACCESS_REPORT_STATUSES)[number];

/** `POST /api/v1/privacy/access-reports`: the records that make up one person. */
export interface CreateAccessReportRequest {
  records: PrivacyRecordRef[];
  /** The report's language: the person's. */
  locale: Locale;
}

/** An access report as the admin follows it; its content is downloaded as JSON or HTML. */
export interface AccessReport {
  id: string;
  status: AccessReportStatus;
  /** 0–100. */
  progress: number;
  locale: Locale;
  records: PrivacyRecordRef[];
  /** Rows per registry section (`table` or `table.part`), once done. */
  counts: Record<string, number> | null;
  createdAt: string;
  finishedAt: string | null;
  /** When the report is deleted (it holds the person's data). */
  expiresAt: string;
}

/** How long a finished access report is held for download. */
export const ACCESS_REPORT_KEEP_DAYS = 7;

/** An applicant's own access report, as their application link shows it. */
export interface ApplicantAccessReport {
  status: AccessReportStatus;
  /** 0–100. */
  progress: number;
  createdAt: string;
  finishedAt: string | null;
  expiresAt: string;
}

/**
 * `GET|POST /api/v1/public/application/access-report`: the link's latest report (null before the
 * first request). A new request while one is under way or younger than
 * APPLICANT_ACCESS_REPORT_MINUTES returns that one.
 */
export interface ApplicantAccessReportState {
  report: ApplicantAccessReport | null;
}

/** An applicant gets at most one new access report in this many minutes. */
export const APPLICANT_ACCESS_REPORT_MINUTES = 60;

/** `POST /api/v1/privacy/erasures`: erase these records and everything about them. */
export interface CreateErasureRequest {
  records: PrivacyRecordRef[];
}

/** The minimal record an erasure leaves: no personal data, only what, when, by whom, how much. */
export interface ErasureRecord {
  id: string;
  /** Kinds of the erased records, one entry per record (`['mentor', 'contact']`). */
  kinds: PrivacyRecordKind[];
  /** `request` (an admin, on a person's request) or `retention` (the daily job). */
  reason: 'request' | 'retention';
  /** Rows removed or anonymised per registry section. */
  counts: Record<string, number>;
  /** Queued background jobs removed from Redis. */
  queuedJobs: number;
  erasedBy: string | null;
  erasedAt: string;
}

/**
 * The kinds of data that admins give a retention period; the daily `privacy.retention` job erases
 * what is older (access reports go when they expire, always).
 */
export const RETENTION_KINDS = [
  'declined-offers',
  'sent-emails',
  'timeline-notes',
  'alumni-figures',
  'audit-log',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** Longest retention period an admin can set (30 years). */
export const MAX_PRIVACY_RETENTION_DAYS = 10_950;

export interface RetentionSetting {
  kind: RetentionKind;
  /** Days the data is kept; null keeps it until erased by hand. */
  days: number | null;
}

/** `GET /api/v1/privacy/retention`: the settings and what the next run would remove. */
export interface RetentionOverview {
  settings: RetentionSetting[];
  /** Dry run: rows the next daily run would remove per kind (0 for kinds kept forever). */
  due: Record<RetentionKind, number>;
}

/** `PUT /api/v1/privacy/retention`. */
export interface UpdateRetentionRequest {
  settings: RetentionSetting[];
}

/** What Kohorte relies on consent for. */
export const CONSENT_PURPOSES = ['investor-introductions'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * The consent texts founders agree to, by version: a record names the version its person saw,
 * so a later wording never changes what was agreed. A new wording gets a new version.
 */
export const CONSENT_TEXTS: Record<ConsentPurpose, { version: string } & Record<Locale, string>> = {
  'investor-introductions': {
    version: '2026-12-01',
    en: 'We agree that the incubator introduces our startup to investors it matches with us: it sends them an anonymised teaser, and our name and contact only once an investor accepts.',
    de: 'Wir sind einverstanden, dass der Inkubator unser Startup passenden Investor:innen vorstellt: Sie erhalten eine anonymisierte Kurzbeschreibung und unseren Namen und Kontakt erst, wenn sie zusagen.',
  },
};

/** A startup's current consent for one purpose, as its link page shows it. */
export interface FounderConsent {
  purpose: ConsentPurpose;
  /** `none`: never asked or answered yet. */
  status: 'given' | 'withdrawn' | 'none';
  /** The text version of the last answer. */
  textVersion: string | null;
  /** When it was given or withdrawn. */
  at: string | null;
}

/** `PUT /api/v1/public/profile/consent` through the profile link: give or withdraw. */
export interface SetConsentRequest {
  purpose: ConsentPurpose;
  given: boolean;
}

/** One category of personal data in the records of processing (Art. 30 GDPR), from the registry. */
export interface ProcessingRecord {
  category: string;
  label: string;
  purpose: string;
  basis: string;
  /** The tables that hold it. */
  tables: string[];
  /** Its personal columns, `table.column`. */
  personalColumns: string[];
  /** How long it is kept, in words, from the retention settings. */
  retention: string;
}

/** The words the records of processing use for retention. */
export const PROCESSING_RETENTION_TEXTS: Record<
  Locale,
  { days: string; untilErased: string; kinds: Record<RetentionKind | 'access-reports', string> }
> = {
  en: {
    days: '{days} days',
    untilErased: 'until erased on request',
    kinds: {
      'declined-offers': 'declined offers',
      'sent-emails': 'sent emails',
      'timeline-notes': 'notes',
      'alumni-figures': 'figures of alumni startups',
      'audit-log': 'audit log of staff access',
      'access-reports': 'access reports',
    },
  },
  de: {
    days: '{days} Tage',
    untilErased: 'bis zur Löschung auf Anfrage',
    kinds: {
      'declined-offers': 'abgelehnte Angebote',
      'sent-emails': 'gesendete E-Mails',
      'timeline-notes': 'Notizen',
      'alumni-figures': 'Kennzahlen von Alumni-Startups',
      'audit-log': 'Protokoll der Zugriffe durch Mitarbeitende',
      'access-reports': 'Auskunftsberichte',
    },
  },
};

/** What the audit log records of staff access: reading a personal record, or downloading an export. */
export const AUDIT_ACTIONS = ['read', 'export'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * The kinds of records whose reading is logged: a record's detail page, a startup's contacts,
 * a call's reviewers, an access report's download.
 */
export const AUDIT_RECORD_KINDS = [
  'startup',
  'startup-contacts',
  'mentor',
  'investor',
  'application',
  'call-reviewers',
  'access-report',
] as const;
export type AuditRecordKind = (typeof AUDIT_RECORD_KINDS)[number];

/** One entry of the audit log: who, when, what, and which record or which export. */
export interface AuditEntry {
  id: string;
  /** The staff user; null once that user was erased. */
  userId: string | null;
  /** The staff user's name, while the account exists. */
  userName: string | null;
  action: AuditAction;
  recordKind: AuditRecordKind | null;
  /** Null for exports, and once the record was erased. */
  recordId: string | null;
  /** The export's file name (`startups.csv`). */
  exportName: string | null;
  /** The export's filter, as the query string it was asked with. */
  exportQuery: string | null;
  at: string;
}

/** `GET /api/v1/privacy/audit`: a page of the log, newest first. */
export interface AuditPage {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

/** Most rows one CSV export of the audit log holds (narrow the search for more). */
export const MAX_AUDIT_CSV_ROWS = 50_000;

/** A day that bounds an audit-log search (`from` inclusive, `to` inclusive). */
export const AUDIT_DAY_FIELD = {
  type: 'date',
  required: false,
  list: false,
} satisfies FieldRule;
