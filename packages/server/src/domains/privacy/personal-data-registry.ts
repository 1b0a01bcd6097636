import {
  type PrivacyCategory,
  PRIVACY_RECORD_KINDS,
  type PrivacyRecordKind,
} from '@kohorte/contracts';

/** The category of each section, as the records of processing list them (texts in contracts). */
export type DataCategory = PrivacyCategory;

/**
 * How one kind of record finds its rows in a section, and what erasure does with them.
 * The WHERE clause gets `$1` (the record's id, uuid) and `$2` (its email address in lower case,
 * or null); `anonymise` is the SET list of an UPDATE over the same rows, and without it the rows
 * are deleted.
 */
export interface SectionRule {
  where: string;
  anonymise?: string;
}

/** One way rows of one table are about a person: the unit that access lists and erasure counts. */
export interface RegistrySection {
  /** `table`, or `table.part` where one table is about a person in more than one way. */
  key: string;
  table: string;
  category: DataCategory;
  /** The columns that hold personal data (the schema test holds the registry to this). */
  personalColumns: readonly string[];
  /** The columns that point at a person or record, which the rules search by. */
  keyColumns: readonly string[];
  /**
   * Left out of access reports: secrets (hashes of passwords and tokens, never shown) and the
   * content of earlier reports (a report does not nest its predecessors).
   */
  omitFromAccess?: readonly string[];
  rules: Partial<Record<PrivacyRecordKind, SectionRule>>;
}

// Conditions used by several sections. A uuid appears in JSON text only as itself; the email is
// compared in lower case, as every record stores it normalised.
const DATA_NAMES_ID = (column: string) => `strpos(${column}::text, $1::text) > 0`;
const DATA_NAMES_EMAIL = (column: string) =>
  `($2::text IS NOT NULL AND strpos(lower(${column}::text), $2::text) > 0)`;

/**
 * Entries on other records' timelines that name the record in a role (`data.<role>Id`): they keep
 * what happened but lose who it was (`<role>Erased: true`), as the timeline shows it.
 */
function namedInRole(role: string): SectionRule {
  return {
    where: `data ->> '${role}Id' = $1::text`,
    anonymise: `data = (data - '${role}Id' - '${role}Name') || jsonb_build_object('${role}Erased', true)`,
  };
}

/** One rule for every kind of record (rows found by the record's id or email alone). */
function everyKind(rule: SectionRule): Partial<Record<PrivacyRecordKind, SectionRule>> {
  return Object.fromEntries(PRIVACY_RECORD_KINDS.map((kind) => [kind, rule]));
}

/**
 * Rows of the review tables (reviews, conflicts, pins): found by their application, or by their
 * reviewer — as the reviewer, or as the staff member or mentor who reviewed — and deleted.
 */
function ofReviewOrApplication(): Partial<Record<PrivacyRecordKind, SectionRule>> {
  const reviewerWhere = (column: string) =>
    `reviewer_id IN (SELECT id FROM call_reviewers WHERE ${column} = $1::uuid)`;
  return {
    applicant: { where: `application_id = $1::uuid` },
    reviewer: { where: `reviewer_id = $1::uuid` },
    user: { where: reviewerWhere('user_id') },
    mentor: { where: reviewerWhere('mentor_id') },
  };
}

/** Everything about one kind of record that a staff member's id marks as theirs: set to null. */
function staffColumn(column: string): SectionRule {
  return { where: `${column} = $1::uuid`, anonymise: `${column} = NULL` };
}

/**
 * THE definition of "what Kohorte keeps about a person": every table with personal data, how
 * rows about a person (or a founder's startup) are found, which columns are personal and how
 * erasure removes or anonymises them. Access reports, erasure, retention and the records of
 * processing all read this list; `personal-data-registry.spec` fails when the schema has a
 * personal-looking column or a reference to a person that no section covers.
 *
 * Order matters for erasure: the mail outbox goes first (a send in progress holds its row's
 * lock, so erasure waits for it and then also finds the link it issued), the records last.
 * To add a kind (e.g. applications): add it to PRIVACY_RECORD_KINDS and give the sections that
 * hold its rows a rule, plus one section for its own table.
 */
export const PERSONAL_DATA_REGISTRY: readonly RegistrySection[] = [
  {
    key: 'mail_outbox',
    table: 'mail_outbox',
    category: 'email',
    personalColumns: [
      'recipient',
      'recipient_name',
      'data',
      'subject',
      'text',
      'html',
      'last_error',
    ],
    keyColumns: ['subject_id', 'recipient', 'data'],
    // Stored copies of every email to the person, about their record, or naming them (an
    // introduction names both sides); the person's address or id in the mail's data finds it.
    rules: everyKind({
      where: `(subject_id = $1::uuid OR lower(recipient) = $2::text
        OR ${DATA_NAMES_ID('data')} OR ${DATA_NAMES_EMAIL('data')})`,
    }),
  },
  {
    key: 'link_tokens',
    table: 'link_tokens',
    category: 'links',
    personalColumns: ['extra'],
    keyColumns: ['subject_id', 'extra'],
    omitFromAccess: ['token_hash'],
    rules: {
      // A founder's links are issued on the startup and name the founder in `extra`.
      contact: { where: `extra ->> 'contactId' = $1::text` },
      mentor: { where: `subject_id = $1::uuid` },
      investor: { where: `subject_id = $1::uuid` },
      startup: { where: `subject_id = $1::uuid` },
      applicant: { where: `subject_type = 'application' AND subject_id = $1::uuid` },
    },
  },
  {
    key: 'link_tokens.issued-by',
    table: 'link_tokens',
    category: 'links',
    personalColumns: [],
    keyColumns: ['created_by'],
    omitFromAccess: ['token_hash'],
    rules: { user: staffColumn('created_by') },
  },
  {
    key: 'job_outbox',
    table: 'job_outbox',
    category: 'background-jobs',
    personalColumns: ['payload'],
    keyColumns: ['payload'],
    // Payloads carry ids only; a job kept for a record that goes is dropped with it.
    rules: everyKind({ where: DATA_NAMES_ID('payload') }),
  },
  {
    key: 'import_jobs',
    table: 'import_jobs',
    category: 'imports',
    personalColumns: ['content', 'rows', 'file_name', 'error'],
    keyColumns: ['content', 'rows'],
    // An import's file and parsed rows may hold the person; the import stays as a count.
    rules: everyKind({
      where: `(${DATA_NAMES_EMAIL('content')} OR ${DATA_NAMES_ID('rows')} OR ${DATA_NAMES_EMAIL('rows')})`,
      anonymise: `content = NULL, rows = NULL`,
    }),
  },
  {
    key: 'import_jobs.created-by',
    table: 'import_jobs',
    category: 'imports',
    personalColumns: [],
    keyColumns: ['created_by'],
    rules: { user: staffColumn('created_by') },
  },
  {
    key: 'import_value_mappings',
    table: 'import_value_mappings',
    category: 'imports',
    personalColumns: [],
    keyColumns: ['updated_by'],
    rules: { user: staffColumn('updated_by') },
  },
  {
    key: 'privacy_access_reports',
    table: 'privacy_access_reports',
    category: 'privacy-requests',
    personalColumns: ['records', 'content', 'html'],
    keyColumns: ['records'],
    omitFromAccess: ['content', 'html'],
    rules: everyKind({
      where: `records @> jsonb_build_array(jsonb_build_object('id', $1::text))`,
    }),
  },
  {
    key: 'privacy_access_reports.requested-by',
    table: 'privacy_access_reports',
    category: 'privacy-requests',
    personalColumns: [],
    keyColumns: ['requested_by'],
    rules: { user: staffColumn('requested_by') },
  },
  {
    key: 'privacy_erasures.erased-by',
    table: 'privacy_erasures',
    category: 'privacy-requests',
    personalColumns: [],
    keyColumns: ['erased_by'],
    rules: { user: staffColumn('erased_by') },
  },
  {
    // Reads of the record, and exports filtered by the person's address: the entry stays,
    // without the record's id or the filter.
    key: 'privacy_audit',
    table: 'privacy_audit',
    category: 'audit-log',
    personalColumns: ['filter_query'],
    keyColumns: ['record_id', 'filter_query'],
    rules: everyKind({
      where: `(record_id = $1::uuid OR ${DATA_NAMES_EMAIL('filter_query')})`,
      anonymise: `record_id = NULLIF(record_id, $1::uuid),
        filter_query = CASE WHEN ${DATA_NAMES_EMAIL('filter_query')} THEN NULL ELSE filter_query END`,
    }),
  },
  {
    // A staff member's own accesses: kept as what happened, no longer by whom.
    key: 'privacy_audit.by-staff',
    table: 'privacy_audit',
    category: 'audit-log',
    personalColumns: [],
    keyColumns: ['user_id'],
    rules: { user: staffColumn('user_id') },
  },
  {
    key: 'privacy_retention.updated-by',
    table: 'privacy_retention',
    category: 'privacy-requests',
    personalColumns: [],
    keyColumns: ['updated_by'],
    rules: { user: staffColumn('updated_by') },
  },
  {
    key: 'activities',
    table: 'activities',
    category: 'timeline',
    personalColumns: ['body', 'changes', 'data', 'actor_label'],
    keyColumns: ['subject_id'],
    rules: {
      mentor: { where: `subject_type = 'mentor' AND subject_id = $1::uuid` },
      investor: { where: `subject_type = 'investor' AND subject_id = $1::uuid` },
      startup: { where: `subject_type = 'startup' AND subject_id = $1::uuid` },
      applicant: { where: `subject_type = 'application' AND subject_id = $1::uuid` },
    },
  },
  {
    key: 'activities.named-mentor',
    table: 'activities',
    category: 'timeline',
    personalColumns: ['data'],
    keyColumns: ['data'],
    rules: { mentor: namedInRole('mentor') },
  },
  {
    key: 'activities.named-investor',
    table: 'activities',
    category: 'timeline',
    personalColumns: ['data'],
    keyColumns: ['data'],
    rules: { investor: namedInRole('investor') },
  },
  {
    // Matching decisions name a mentor or an investor as the (previous) partner of a startup.
    key: 'activities.named-partner',
    table: 'activities',
    category: 'timeline',
    personalColumns: ['data'],
    keyColumns: ['data'],
    rules: { mentor: namedInRole('partner'), investor: namedInRole('partner') },
  },
  {
    key: 'activities.named-previous-partner',
    table: 'activities',
    category: 'timeline',
    personalColumns: ['data'],
    keyColumns: ['data'],
    rules: { mentor: namedInRole('previousPartner'), investor: namedInRole('previousPartner') },
  },
  {
    key: 'activities.named-startup',
    table: 'activities',
    category: 'timeline',
    personalColumns: ['data'],
    keyColumns: ['data'],
    rules: { startup: namedInRole('startup') },
  },
  {
    // A founder added, changed or removed: the entry keeps the action, not the name or the
    // changed values (which are the founder's name, email and phone).
    key: 'activities.named-contact',
    table: 'activities',
    category: 'timeline',
    personalColumns: ['data', 'changes'],
    keyColumns: ['data'],
    rules: {
      contact: {
        where: `data ->> 'contactId' = $1::text`,
        anonymise: `changes = NULL,
          data = (data - 'contactId' - 'fullName') || jsonb_build_object('contactErased', true)`,
      },
    },
  },
  {
    key: 'activities.by-staff',
    table: 'activities',
    category: 'timeline',
    personalColumns: [],
    keyColumns: ['actor_id', 'deleted_by'],
    rules: {
      user: {
        where: `(actor_id = $1::uuid OR deleted_by = $1::uuid)`,
        anonymise: `actor_id = NULLIF(actor_id, $1::uuid), deleted_by = NULLIF(deleted_by, $1::uuid)`,
      },
    },
  },
  {
    key: 'match_proposals',
    table: 'match_proposals',
    category: 'matching',
    personalColumns: ['parts'],
    keyColumns: ['mentor_id', 'investor_id', 'startup_id'],
    rules: {
      mentor: { where: `mentor_id = $1::uuid` },
      investor: { where: `investor_id = $1::uuid` },
      startup: { where: `startup_id = $1::uuid` },
    },
  },
  {
    key: 'match_proposals.decided-by',
    table: 'match_proposals',
    category: 'matching',
    personalColumns: [],
    keyColumns: ['decided_by'],
    rules: { user: staffColumn('decided_by') },
  },
  {
    key: 'match_rules',
    table: 'match_rules',
    category: 'matching',
    personalColumns: [],
    keyColumns: ['mentor_id', 'investor_id', 'startup_id'],
    rules: {
      mentor: { where: `mentor_id = $1::uuid` },
      investor: { where: `investor_id = $1::uuid` },
      startup: { where: `startup_id = $1::uuid` },
    },
  },
  {
    key: 'match_rules.created-by',
    table: 'match_rules',
    category: 'matching',
    personalColumns: [],
    keyColumns: ['created_by'],
    rules: { user: staffColumn('created_by') },
  },
  {
    key: 'matching_runs.created-by',
    table: 'matching_runs',
    category: 'matching',
    personalColumns: [],
    keyColumns: ['created_by'],
    rules: { user: staffColumn('created_by') },
  },
  {
    key: 'mentorships',
    table: 'mentorships',
    category: 'programme-participation',
    personalColumns: [],
    keyColumns: ['mentor_id', 'startup_id'],
    rules: {
      mentor: { where: `mentor_id = $1::uuid` },
      startup: { where: `startup_id = $1::uuid` },
    },
  },
  {
    key: 'cohort_mentors',
    table: 'cohort_mentors',
    category: 'programme-participation',
    personalColumns: [],
    keyColumns: ['mentor_id'],
    rules: { mentor: { where: `mentor_id = $1::uuid` } },
  },
  {
    key: 'cohort_startups',
    table: 'cohort_startups',
    category: 'programme-participation',
    personalColumns: [],
    keyColumns: ['startup_id'],
    rules: { startup: { where: `startup_id = $1::uuid` } },
  },
  {
    // Consents are the startup's; an erased founder's answers stay without naming them.
    key: 'privacy_consents',
    table: 'privacy_consents',
    category: 'consents',
    personalColumns: [],
    keyColumns: ['startup_id', 'contact_id'],
    rules: {
      startup: { where: `startup_id = $1::uuid` },
      contact: { where: `contact_id = $1::uuid`, anonymise: `contact_id = NULL` },
    },
  },
  {
    key: 'startup_figures',
    table: 'startup_figures',
    category: 'startup-figures',
    personalColumns: ['highlights', 'asks'],
    keyColumns: ['startup_id'],
    rules: { startup: { where: `startup_id = $1::uuid` } },
  },
  {
    key: 'startup_contacts',
    table: 'startup_contacts',
    category: 'person-profile',
    personalColumns: ['full_name', 'email', 'role', 'phone'],
    keyColumns: ['id', 'startup_id', 'email'],
    rules: {
      contact: { where: `id = $1::uuid` },
      startup: { where: `startup_id = $1::uuid` },
    },
  },
  {
    key: 'startups',
    table: 'startups',
    category: 'startup-profile',
    personalColumns: ['name', 'one_liner', 'description', 'website', 'city'],
    keyColumns: ['id'],
    rules: { startup: { where: `id = $1::uuid` } },
  },
  {
    key: 'startups.edited-by',
    table: 'startups',
    category: 'startup-profile',
    personalColumns: [],
    keyColumns: ['created_by', 'updated_by'],
    rules: {
      user: {
        where: `(created_by = $1::uuid OR updated_by = $1::uuid)`,
        anonymise: `created_by = NULLIF(created_by, $1::uuid), updated_by = NULLIF(updated_by, $1::uuid)`,
      },
    },
  },
  {
    // An application's uploads (the pitch deck): they go with the application.
    key: 'application_files',
    table: 'application_files',
    category: 'applications',
    personalColumns: ['content', 'file_name'],
    keyColumns: ['application_id'],
    omitFromAccess: ['content'],
    rules: { applicant: { where: `application_id = $1::uuid` } },
  },
  {
    key: 'applications',
    table: 'applications',
    category: 'applications',
    personalColumns: ['email', 'founder_name', 'profile', 'answers', 'eligibility_reason'],
    keyColumns: ['id', 'email'],
    rules: { applicant: { where: `id = $1::uuid` } },
  },
  {
    key: 'applications.decided-by',
    table: 'applications',
    category: 'applications',
    personalColumns: [],
    keyColumns: ['eligibility_by', 'decided_by'],
    rules: {
      user: {
        where: `(eligibility_by = $1::uuid OR decided_by = $1::uuid)`,
        anonymise: `eligibility_by = NULLIF(eligibility_by, $1::uuid),
          decided_by = NULLIF(decided_by, $1::uuid)`,
      },
    },
  },
  {
    // An accepted application points at the startup it became; that startup's erasure leaves
    // the application (the applicant's own record) without the link.
    key: 'applications.startup',
    table: 'applications',
    category: 'applications',
    personalColumns: [],
    keyColumns: ['startup_id'],
    rules: { startup: { where: `startup_id = $1::uuid`, anonymise: `startup_id = NULL` } },
  },
  {
    // A reviewer's declared conflicts: the note is theirs; both go with the reviewer or the
    // application.
    key: 'review_conflicts',
    table: 'review_conflicts',
    category: 'applications',
    personalColumns: ['note'],
    keyColumns: ['reviewer_id', 'application_id'],
    rules: ofReviewOrApplication(),
  },
  {
    key: 'review_pins',
    table: 'review_pins',
    category: 'applications',
    personalColumns: [],
    keyColumns: ['reviewer_id', 'application_id'],
    rules: ofReviewOrApplication(),
  },
  {
    // Reviews are about an application and go with it; a reviewer's go with the reviewer (the
    // call's ranking is then computed from the reviews that remain).
    key: 'reviews',
    table: 'reviews',
    category: 'applications',
    personalColumns: ['scores', 'comment'],
    keyColumns: ['reviewer_id', 'application_id'],
    rules: ofReviewOrApplication(),
  },
  {
    // The reviewer's own row: found as the reviewer, or as the staff member or mentor who
    // reviewed.
    key: 'call_reviewers',
    table: 'call_reviewers',
    category: 'applications',
    personalColumns: ['name', 'email'],
    keyColumns: ['id', 'email', 'user_id', 'mentor_id'],
    rules: {
      reviewer: { where: `id = $1::uuid` },
      user: { where: `user_id = $1::uuid` },
      mentor: { where: `mentor_id = $1::uuid` },
    },
  },
  {
    key: 'calls.created-by',
    table: 'calls',
    category: 'applications',
    personalColumns: [],
    keyColumns: ['created_by'],
    rules: { user: staffColumn('created_by') },
  },
  {
    key: 'mentors',
    table: 'mentors',
    category: 'person-profile',
    personalColumns: ['full_name', 'email', 'phone', 'company', 'job_title', 'bio', 'city'],
    keyColumns: ['id', 'email'],
    rules: { mentor: { where: `id = $1::uuid` } },
  },
  {
    key: 'investors',
    table: 'investors',
    category: 'person-profile',
    personalColumns: ['name', 'contact_name', 'email'],
    keyColumns: ['id', 'email'],
    rules: { investor: { where: `id = $1::uuid` } },
  },
  {
    key: 'saved_filters',
    table: 'saved_filters',
    category: 'staff-account',
    personalColumns: ['name', 'query'],
    keyColumns: ['user_id'],
    rules: { user: { where: `user_id = $1::uuid` } },
  },
  {
    key: 'sessions',
    table: 'sessions',
    category: 'staff-account',
    personalColumns: ['ip', 'user_agent'],
    keyColumns: ['user_id'],
    omitFromAccess: ['token_hash', 'csrf_token'],
    rules: { user: { where: `user_id = $1::uuid` } },
  },
  {
    key: 'users',
    table: 'users',
    category: 'staff-account',
    personalColumns: ['email', 'name'],
    keyColumns: ['id', 'email'],
    omitFromAccess: ['password_hash'],
    rules: { user: { where: `id = $1::uuid` } },
  },
];

/** The sections that hold rows of this kind of record, in registry (erasure) order. */
export function sectionsFor(kind: PrivacyRecordKind): RegistrySection[] {
  return PERSONAL_DATA_REGISTRY.filter((section) => section.rules[kind] !== undefined);
}
