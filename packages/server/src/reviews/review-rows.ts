import type {
  ApplicationProfile,
  ApplicationStatus,
  ConflictSource,
  CriterionScore,
  Locale,
  Recommendation,
  ReviewConflict,
  ReviewerKind,
  RubricCriterion,
} from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { duplicatesOf } from '../applications/application-rows';

/** The queries of the reviews area and their row types. */

export interface ReviewerRow {
  id: string;
  callId: string;
  kind: ReviewerKind;
  userId: string | null;
  mentorId: string | null;
  name: string;
  email: string;
  locale: Locale;
  sectors: string[];
  topics: string[];
  stages: string[];
  maxLoad: number;
  invitedAt: Date | null;
  createdAt: Date;
  invited: number;
  submitted: number;
}

const REVIEWER_COLUMNS = `r.id, r.call_id AS "callId", r.kind, r.user_id AS "userId",
  r.mentor_id AS "mentorId", r.name, r.email, r.locale, r.sectors, r.topics, r.stages,
  r.max_load AS "maxLoad", r.invited_at AS "invitedAt", r.created_at AS "createdAt",
  (SELECT count(*) FROM reviews v WHERE v.reviewer_id = r.id)::int AS invited,
  (SELECT count(*) FROM reviews v WHERE v.reviewer_id = r.id AND v.submitted_at IS NOT NULL)::int AS submitted`;

export async function reviewersOf(manager: EntityManager, callId: string): Promise<ReviewerRow[]> {
  return (await manager.query(
    `SELECT ${REVIEWER_COLUMNS} FROM call_reviewers r WHERE r.call_id = $1
ORDER BY lower(r.name), r.id`,
    [callId],
  )) as ReviewerRow[];
}

export async function reviewerRow(
  manager: EntityManager,
  id: string,
  lock = false,
): Promise<ReviewerRow | undefined> {
  const [row] = (await manager.query(
    `SELECT ${REVIEWER_COLUMNS} FROM call_reviewers r WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`,
    [id],
  )) as ReviewerRow[];
  return row;
}

/** An application as the reviews see it. */
export interface ReviewableRow {
  id: string;
  email: string;
  status: ApplicationStatus;
  profile: ApplicationProfile;
  answers: Record<string, unknown>;
  startupId: string | null;
}

/**
 * The applications of a call that are reviewed: submitted and marked eligible, and those decided
 * since (their reviews still count in the ranking).
 */
export async function reviewableApplications(
  manager: EntityManager,
  callId: string,
): Promise<ReviewableRow[]> {
  return (await manager.query(
    `SELECT id, email, status, profile, answers, startup_id AS "startupId" FROM applications
WHERE call_id = $1 AND submitted_at IS NOT NULL AND eligibility = 'eligible'
ORDER BY submitted_at, id`,
    [callId],
  )) as ReviewableRow[];
}

export interface ReviewRow {
  id: string;
  applicationId: string;
  reviewerId: string;
  scores: Record<string, CriterionScore>;
  recommendation: Recommendation | null;
  comment: string | null;
  overall: number | null;
  submittedAt: Date | null;
  /** The reviewer declared a conflict for it since. */
  conflict: boolean;
}

const REVIEW_COLUMNS = `v.id, v.application_id AS "applicationId", v.reviewer_id AS "reviewerId",
  v.scores, v.recommendation, v.comment, v.overall, v.submitted_at AS "submittedAt",
  EXISTS (SELECT 1 FROM review_conflicts k WHERE k.application_id = v.application_id
    AND k.reviewer_id = v.reviewer_id) AS conflict`;

export async function reviewsOfCall(manager: EntityManager, callId: string): Promise<ReviewRow[]> {
  return (await manager.query(
    `SELECT ${REVIEW_COLUMNS} FROM reviews v WHERE v.call_id = $1 ORDER BY v.created_at, v.id`,
    [callId],
  )) as ReviewRow[];
}

export async function reviewsOfReviewer(
  manager: EntityManager,
  reviewerId: string,
): Promise<ReviewRow[]> {
  return (await manager.query(
    `SELECT ${REVIEW_COLUMNS} FROM reviews v WHERE v.reviewer_id = $1 ORDER BY v.created_at, v.id`,
    [reviewerId],
  )) as ReviewRow[];
}

export async function reviewOf(
  manager: EntityManager,
  applicationId: string,
  reviewerId: string,
  lock = false,
): Promise<ReviewRow | undefined> {
  const [row] = (await manager.query(
    `SELECT ${REVIEW_COLUMNS} FROM reviews v WHERE v.application_id = $1 AND v.reviewer_id = $2
${lock ? 'FOR UPDATE OF v' : ''}`,
    [applicationId, reviewerId],
  )) as ReviewRow[];
  return row;
}

export interface RubricRow {
  criteria: RubricCriterion[];
  reviewersPerApplication: number;
  reviewDeadline: Date | null;
  committeeOrder: string[] | null;
  updatedAt: Date;
}

export async function rubricOf(
  manager: EntityManager,
  callId: string,
  lock = false,
): Promise<RubricRow | undefined> {
  const [row] = (await manager.query(
    `SELECT criteria, reviewers_per_application AS "reviewersPerApplication",
  review_deadline AS "reviewDeadline", committee_order AS "committeeOrder", updated_at AS "updatedAt"
FROM review_rubrics WHERE call_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [callId],
  )) as RubricRow[];
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
  return match ? match[1].toLowerCase().replace(/^www\./, '') : null;
}

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
  const declared = (await manager.query(
    `SELECT application_id AS "applicationId", reviewer_id AS "reviewerId", note FROM review_conflicts
WHERE reviewer_id = ANY($1) AND application_id = ANY($2)`,
    [reviewerIds, applicationIds],
  )) as { applicationId: string; reviewerId: string; note: string | null }[];
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
      : ((await manager.query(
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
          [startupIds, emails, mentorIds],
        )) as {
          startupId: string;
          source: ConflictSource;
          email: string;
          mentorId: string | null;
        }[]);

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
