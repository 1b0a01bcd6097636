import type {
  ApplicationProfile,
  AnswerValue,
  ApplicationStatus,
  ConflictSource,
  CriterionScore,
  Locale,
  PinKind,
  Recommendation,
  ReviewConflict,
  ReviewerKind,
  RubricCriterion,
} from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { column, query, rowSpec, type RowOf } from '../../infra/database/typed-query';
import { duplicatesOf } from '../applications/index';

/** The queries of the reviews area and their row types. */

export const REVIEWER_ROW = rowSpec({
  id: 'uuid',
  callId: 'uuid',
  kind: column('text').as<ReviewerKind>(),
  userId: 'uuid?',
  mentorId: 'uuid?',
  name: 'text',
  email: 'text',
  locale: column('text').as<Locale>(),
  sectors: 'text[]',
  topics: 'text[]',
  stages: 'text[]',
  maxLoad: 'int4',
  invitedAt: 'timestamptz?',
  createdAt: 'timestamptz',
  invited: 'int4',
  submitted: 'int4',
});

export type ReviewerRow = RowOf<typeof REVIEWER_ROW>;

const REVIEWER_COLUMNS = `r.id, r.call_id AS "callId", r.kind, r.user_id AS "userId",
  r.mentor_id AS "mentorId", r.name, r.email, r.locale, r.sectors, r.topics, r.stages,
  r.max_load AS "maxLoad", r.invited_at AS "invitedAt", r.created_at AS "createdAt",
  (SELECT count(*) FROM reviews v WHERE v.reviewer_id = r.id)::int AS invited,
  (SELECT count(*) FROM reviews v WHERE v.reviewer_id = r.id AND v.submitted_at IS NOT NULL)::int AS submitted`;

const reviewersOfCall = query(
  `SELECT ${REVIEWER_COLUMNS} FROM call_reviewers r WHERE r.call_id = $1
ORDER BY lower(r.name), r.id`,
  REVIEWER_ROW,
);

export async function reviewersOf(manager: EntityManager, callId: string): Promise<ReviewerRow[]> {
  return reviewersOfCall.all(manager, [callId]);
}

const reviewerById = query(
  `SELECT ${REVIEWER_COLUMNS} FROM call_reviewers r WHERE r.id = $1`,
  REVIEWER_ROW,
);
const lockedReviewerById = query(
  `SELECT ${REVIEWER_COLUMNS} FROM call_reviewers r WHERE r.id = $1 FOR UPDATE OF r`,
  REVIEWER_ROW,
);

export async function reviewerRow(
  manager: EntityManager,
  id: string,
  lock = false,
): Promise<ReviewerRow | undefined> {
  const [row] = await (lock ? lockedReviewerById : reviewerById).all(manager, [id]);
  return row;
}

/** An application as the reviews see it. */
export const REVIEWABLE_ROW = rowSpec({
  id: 'uuid',
  email: 'text',
  status: column('text').as<ApplicationStatus>(),
  profile: column('jsonb').as<ApplicationProfile>(),
  answers: column('jsonb').as<Record<string, unknown>>(),
  startupId: 'uuid?',
});

export type ReviewableRow = RowOf<typeof REVIEWABLE_ROW>;

const reviewableOfCall = query(
  `SELECT id, email, status, profile, answers, startup_id AS "startupId" FROM applications
WHERE call_id = $1 AND submitted_at IS NOT NULL AND eligibility = 'eligible'
ORDER BY submitted_at, id`,
  REVIEWABLE_ROW,
);

/**
 * The applications of a call that are reviewed: submitted and marked eligible, and those decided
 * since (their reviews still count in the ranking).
 */
export async function reviewableApplications(
  manager: EntityManager,
  callId: string,
): Promise<ReviewableRow[]> {
  return reviewableOfCall.all(manager, [callId]);
}

export const REVIEW_ROW = rowSpec({
  id: 'uuid',
  applicationId: 'uuid',
  reviewerId: 'uuid',
  scores: column('jsonb').as<Record<string, CriterionScore>>(),
  recommendation: column('text?').as<Recommendation>(),
  comment: 'text?',
  overall: 'float8?',
  submittedAt: 'timestamptz?',
  /** The reviewer declared a conflict for it since. */
  conflict: 'bool',
});

export type ReviewRow = RowOf<typeof REVIEW_ROW>;

const REVIEW_COLUMNS = `v.id, v.application_id AS "applicationId", v.reviewer_id AS "reviewerId",
  v.scores, v.recommendation, v.comment, v.overall, v.submitted_at AS "submittedAt",
  EXISTS (SELECT 1 FROM review_conflicts k WHERE k.application_id = v.application_id
    AND k.reviewer_id = v.reviewer_id) AS conflict`;

const reviewsOfCallQuery = query(
  `SELECT ${REVIEW_COLUMNS} FROM reviews v WHERE v.call_id = $1 ORDER BY v.created_at, v.id`,
  REVIEW_ROW,
);

export async function reviewsOfCall(manager: EntityManager, callId: string): Promise<ReviewRow[]> {
  return reviewsOfCallQuery.all(manager, [callId]);
}

const reviewsOfReviewerQuery = query(
  `SELECT ${REVIEW_COLUMNS} FROM reviews v WHERE v.reviewer_id = $1 ORDER BY v.created_at, v.id`,
  REVIEW_ROW,
);

export async function reviewsOfReviewer(
  manager: EntityManager,
  reviewerId: string,
): Promise<ReviewRow[]> {
  return reviewsOfReviewerQuery.all(manager, [reviewerId]);
}

const reviewOfPair = query(
  `SELECT ${REVIEW_COLUMNS} FROM reviews v WHERE v.application_id = $1 AND v.reviewer_id = $2
`,
  REVIEW_ROW,
);
const lockedReviewOfPair = query(
  `SELECT ${REVIEW_COLUMNS} FROM reviews v WHERE v.application_id = $1 AND v.reviewer_id = $2
FOR UPDATE OF v`,
  REVIEW_ROW,
);

export async function reviewOf(
  manager: EntityManager,
  applicationId: string,
  reviewerId: string,
  lock = false,
): Promise<ReviewRow | undefined> {
  const [row] = await (lock ? lockedReviewOfPair : reviewOfPair).all(manager, [
    applicationId,
    reviewerId,
  ]);
  return row;
}

export const RUBRIC_ROW = rowSpec({
  criteria: column('jsonb').as<RubricCriterion[]>(),
  reviewersPerApplication: 'int4',
  reviewDeadline: 'timestamptz?',
  committeeOrder: 'uuid[]?',
  updatedAt: 'timestamptz',
});

export type RubricRow = RowOf<typeof RUBRIC_ROW>;

const rubricOfCall = query(
  `SELECT criteria, reviewers_per_application AS "reviewersPerApplication",
  review_deadline AS "reviewDeadline", committee_order AS "committeeOrder", updated_at AS "updatedAt"
FROM review_rubrics WHERE call_id = $1`,
  RUBRIC_ROW,
);
const lockedRubricOfCall = query(
  `SELECT criteria, reviewers_per_application AS "reviewersPerApplication",
  review_deadline AS "reviewDeadline", committee_order AS "committeeOrder", updated_at AS "updatedAt"
FROM review_rubrics WHERE call_id = $1 FOR UPDATE`,
  RUBRIC_ROW,
);

export async function rubricOf(
  manager: EntityManager,
  callId: string,
  lock = false,
): Promise<RubricRow | undefined> {
  const [row] = await (lock ? lockedRubricOfCall : rubricOfCall).all(manager, [callId]);
  return row;
}

// Mail providers many people share: the same domain there says nothing about a relationship.
const SHARED_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'posteo.de',
  'mailbox.org',
  'proton.me',
  'protonmail.com',
  'freenet.de',
  'aol.com',
  'example.org',
  'example.com',
]);

function domainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 0) return null;
  const domain = email.slice(at + 1).toLowerCase();
  return SHARED_MAIL_DOMAINS.has(domain) ? null : domain;
}

function websiteHost(website: unknown): string | null {
  if (typeof website !== 'string') return null;
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(website.trim());
  const host = match?.[1];
  return host ? host.toLowerCase().replace(/^www\./, '') : null;
}

const foundConflicts = query(
  `SELECT c.startup_id AS "startupId", 'contact' AS source, lower(c.email) AS email, NULL::uuid AS "mentorId"
FROM startup_contacts c WHERE c.startup_id = ANY($1) AND lower(c.email) = ANY($2)
UNION ALL
SELECT p.startup_id, 'investor', lower(i.email), NULL FROM match_proposals p JOIN investors i ON i.id = p.investor_id
WHERE p.startup_id = ANY($1) AND p.status IN ('offered', 'accepted') AND lower(i.email) = ANY($2)
UNION ALL
SELECT m.startup_id, 'mentor', lower(t.email), t.id FROM mentorships m JOIN mentors t ON t.id = m.mentor_id
WHERE m.startup_id = ANY($1) AND (lower(t.email) = ANY($2) OR t.id = ANY($3))
UNION ALL
SELECT p.startup_id, 'mentor', lower(t.email), t.id FROM match_proposals p JOIN mentors t ON t.id = p.mentor_id
WHERE p.startup_id = ANY($1) AND p.status IN ('offered', 'accepted')
  AND (lower(t.email) = ANY($2) OR t.id = ANY($3))`,
  {
    startupId: 'uuid',
    source: column('text').as<ConflictSource>(),
    email: 'text',
    mentorId: 'uuid?',
  },
);

const declaredConflicts = query(
  `SELECT application_id AS "applicationId", reviewer_id AS "reviewerId", note FROM review_conflicts
WHERE reviewer_id = ANY($1) AND application_id = ANY($2)`,
  { applicationId: 'uuid', reviewerId: 'uuid', note: 'text?' },
);

/**
 * The conflicts of a call: those reviewers declared, and those Kohorte finds — the reviewer is an
 * investor in the startup (an offered or accepted introduction), one of its contacts, its mentor
 * (a mentorship or an offered or accepted match), or writes from the founder's email domain or
 * the startup's website domain. The startup of an application is the one it became, or the
 * existing records it duplicates (same website or founder email).
 */
export async function conflictsOf(
  manager: EntityManager,
  reviewers: readonly Pick<ReviewerRow, 'id' | 'email' | 'mentorId'>[],
  applications: readonly ReviewableRow[],
): Promise<ReviewConflict[]> {
  const conflicts: ReviewConflict[] = [];
  if (reviewers.length === 0 || applications.length === 0) return conflicts;
  const reviewerIds = reviewers.map((reviewer) => reviewer.id);
  const applicationIds = applications.map((application) => application.id);
  const declared = await declaredConflicts.all(manager, [reviewerIds, applicationIds]);
  for (const row of declared) conflicts.push({ ...row, source: 'declared' });

  const duplicates = await duplicatesOf(
    manager,
    applications.map((application) => ({
      id: application.id,
      email: application.email,
      profile: application.profile,
      startupId: application.startupId,
    })),
  );
  const startupsOf = new Map<string, string[]>();
  for (const application of applications) {
    const ids = (duplicates.get(application.id) ?? []).map((startup) => startup.id);
    if (application.startupId) ids.push(application.startupId);
    startupsOf.set(application.id, ids);
  }
  const startupIds = [...new Set([...startupsOf.values()].flat())];
  const emails = reviewers.map((reviewer) => reviewer.email.toLowerCase());
  const mentorIds = reviewers.map((reviewer) => reviewer.mentorId).filter((id) => id !== null);
  // Per startup, the lower-case emails (and mentor ids) linked to it, by relation.
  const links =
    startupIds.length === 0
      ? []
      : await foundConflicts.all(manager, [startupIds, emails, mentorIds]);

  const seen = new Set(conflicts.map((c) => `${c.applicationId}|${c.reviewerId}`));
  const add = (applicationId: string, reviewerId: string, source: ConflictSource): void => {
    const key = `${applicationId}|${reviewerId}`;
    if (seen.has(key)) return;
    seen.add(key);
    conflicts.push({ applicationId, reviewerId, source, note: null });
  };
  for (const application of applications) {
    const startups = new Set(startupsOf.get(application.id));
    const domains = new Set(
      [domainOf(application.email), websiteHost(application.profile.website)].filter(Boolean),
    );
    for (const reviewer of reviewers) {
      const email = reviewer.email.toLowerCase();
      for (const link of links) {
        if (!startups.has(link.startupId)) continue;
        if (
          link.email === email ||
          (link.mentorId !== null && link.mentorId === reviewer.mentorId)
        ) {
          add(application.id, reviewer.id, link.source);
        }
      }
      const domain = domainOf(email);
      if (domain !== null && domains.has(domain)) add(application.id, reviewer.id, 'email-domain');
    }
  }
  return conflicts;
}

/** The name of an application's startup as the applicant gave it. */
export function startupNameOf(profile: ApplicationProfile): string | null {
  return typeof profile.name === 'string' && profile.name.trim() !== '' ? profile.name : null;
}

/** Each application's latest committee move, with the reason given. */
export const rankingMoves = query(
  `SELECT DISTINCT ON (subject_id) subject_id AS "applicationId", body AS reason,
  actor_id AS by, created_at AS at
FROM activities WHERE subject_type = 'application' AND subject_id = ANY($1) AND kind = 'review'
  AND data->>'action' = 'ranking-moved' AND body IS NOT NULL
ORDER BY subject_id, created_at DESC`,
  { applicationId: 'uuid', reason: 'text!', by: 'uuid?', at: 'timestamptz' },
);

export const callExists = query(`SELECT 1 AS found FROM calls WHERE id = $1`, { found: 'int4' });
/** The call, held against a concurrent delete while its reviews or reviewers change. */
export const lockedCallExists = query(`SELECT 1 AS found FROM calls WHERE id = $1 FOR SHARE`, {
  found: 'int4',
});

export const pinTargetsInCall = query(
  `SELECT (SELECT count(*) FROM applications WHERE id = $2 AND call_id = $1)::int AS applications,
  (SELECT count(*) FROM call_reviewers WHERE id = $3 AND call_id = $1)::int AS reviewers`,
  { applications: 'int4', reviewers: 'int4' },
);

export const secondsUntil = query(
  `SELECT greatest(extract(epoch FROM coalesce($1::timestamptz, now()) - now()), 0)::int AS left`,
  { left: 'int4' },
);

export const pinsOfCall = query(
  `SELECT p.application_id AS "applicationId", p.reviewer_id AS "reviewerId", p.kind
FROM review_pins p JOIN call_reviewers r ON r.id = p.reviewer_id WHERE r.call_id = $1`,
  { applicationId: 'uuid', reviewerId: 'uuid', kind: column('text').as<PinKind>() },
);

/** Reviewers with reviews still open in the reminder days before their call's deadline. */
export const dueReviewers = query(
  `SELECT r.id, r.name, r.email, r.locale, c.title AS "callTitle",
  b.review_deadline AS deadline, count(*)::int AS open,
  (extract(epoch FROM b.review_deadline - now()) + $2 * 86400)::int AS "linkSeconds"
FROM reviews v
JOIN call_reviewers r ON r.id = v.reviewer_id
JOIN review_rubrics b ON b.call_id = v.call_id
JOIN calls c ON c.id = v.call_id
WHERE v.submitted_at IS NULL
  AND (v.reminded_at IS NULL OR v.reminded_at < b.review_deadline - make_interval(days => $1))
  AND b.review_deadline > now() AND b.review_deadline - make_interval(days => $1) <= now()
  AND NOT EXISTS (SELECT 1 FROM review_conflicts k
    WHERE k.application_id = v.application_id AND k.reviewer_id = v.reviewer_id)
GROUP BY r.id, c.title, b.review_deadline
ORDER BY r.id`,
  {
    id: 'uuid',
    name: 'text',
    email: 'text',
    locale: column('text').as<Locale>(),
    callTitle: column('jsonb').as<{ de: string; en: string }>(),
    deadline: 'timestamptz!',
    open: 'int4',
    linkSeconds: 'int4',
  },
);

export const applicationFile = query(
  `SELECT file_name AS "fileName", content FROM application_files
WHERE application_id = $1 AND question_key = $2`,
  { fileName: 'text', content: 'bytea' },
);

export const applicationsToReview = query(
  `SELECT id, profile, answers FROM applications WHERE id = ANY($1)`,
  {
    id: 'uuid',
    profile: column('jsonb').as<Record<string, unknown>>(),
    answers: column('jsonb').as<Record<string, AnswerValue>>(),
  },
);

export const filesOfApplications = query(
  `SELECT application_id AS "applicationId", question_key AS "questionKey", file_name AS "fileName"
FROM application_files WHERE application_id = ANY($1) ORDER BY question_key`,
  { applicationId: 'uuid', questionKey: 'text', fileName: 'text' },
);

export const insertReviewer = query(
  `INSERT INTO call_reviewers (call_id, kind, user_id, mentor_id, name, email, locale, sectors,
  topics, stages, max_load)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
ON CONFLICT DO NOTHING RETURNING id`,
  { id: 'uuid' },
);

export const reviewerEmailTaken = query(
  `SELECT 1 AS found FROM call_reviewers WHERE call_id = $1 AND lower(email) = lower($2) AND id <> $3`,
  { found: 'int4' },
);

export const userExists = query(`SELECT 1 AS found FROM users WHERE id = $1`, { found: 'int4' });

export const mentorExists = query(`SELECT 1 AS found FROM mentors WHERE id = $1`, {
  found: 'int4',
});
