import type { Locale } from './auth.js';
import type { LocalizedText } from './errors.js';

/**
 * Reviews of a call's applications: who reviews (staff, mentors, external jurors), the rubric
 * they score by, the assignment of reviewers to applications, the reviews themselves, and the
 * ranking with calibrated scores that the committee decides from.
 */

/** Who a reviewer is: a staff member, a mentor of the pool, or an external juror. */
export const REVIEWER_KINDS = ['staff', 'mentor', 'external'] as const;
export type ReviewerKind = (typeof REVIEWER_KINDS)[number];

/** `POST /api/v1/calls/:id/reviewers` and `PATCH /api/v1/reviewers/:id`. */
export interface ReviewerInput {
  kind: ReviewerKind;
  /** The staff member (kind `staff`). */
  userId?: string | null;
  /** The mentor (kind `mentor`): name, email, language and expertise default to the mentor's. */
  mentorId?: string | null;
  name: string;
  email: string;
  locale: Locale;
  sectors: string[];
  topics: string[];
  stages: string[];
  /** How many applications the reviewer takes at most. */
  maxLoad: number;
}

/** Why Kohorte holds a reviewer and an application in conflict. */
export const CONFLICT_SOURCES = [
  /** The reviewer declared it on their page (or a manager for them). */
  'declared',
  /** The reviewer is an investor in the startup (an introduction to it). */
  'investor',
  /** The reviewer is one of the startup's contacts. */
  'contact',
  /** The reviewer mentors (or was offered to mentor) the startup. */
  'mentor',
  /** The reviewer's email has the founder's email domain. */
  'email-domain',
] as const;
export type ConflictSource = (typeof CONFLICT_SOURCES)[number];

export interface ReviewConflict {
  applicationId: string;
  reviewerId: string;
  source: ConflictSource;
  /** The reviewer's words (declared conflicts). */
  note: string | null;
}

/** A reviewer as the call page lists them, with their progress. */
export interface Reviewer extends ReviewerInput {
  id: string;
  callId: string;
  /** Reviews sent to them (invitations). */
  invited: number;
  submitted: number;
  /** When the last invitation went out. */
  invitedAt: string | null;
  createdAt: string;
}

/** A criterion of the rubric: what is judged, how much it weighs, what each level means. */
export interface RubricCriterion {
  /** A key (lower-case letters, digits, dashes), unique in the rubric. */
  key: string;
  label: LocalizedText;
  /** Relative weight, 1–100; the overall score is the weighted mean of the criteria. */
  weight: number;
  /** What a 1, 2, 3, 4 and 5 mean, in both languages (five entries, lowest first). */
  levels: LocalizedText[];
}

/** The lowest and highest score of a criterion. */
export const RUBRIC_SCALE = { min: 1, max: 5 } as const;
export const MAX_CRITERIA = 12;
/** Longest comment on one criterion, and the overall comment. */
export const REVIEW_COMMENT_MAX_LENGTH = 4000;
/** Most reviewers per application. */
export const MAX_REVIEWERS_PER_APPLICATION = 10;
/** Longest reason for moving an application in the ranking. */
export const RANKING_REASON_MAX_LENGTH = 1000;
/** Longest declared conflict note. */
export const CONFLICT_NOTE_MAX_LENGTH = 500;

/** `PUT /api/v1/calls/:id/rubric`: the rubric and the review round's settings. */
export interface RubricInput {
  criteria: RubricCriterion[];
  /** Reviewers per application (r). */
  reviewersPerApplication: number;
  /** ISO 8601 moment reviews are due; reminders go out the days before. Null: no deadline. */
  reviewDeadline: string | null;
}

export interface Rubric extends RubricInput {
  callId: string;
  updatedAt: string | null;
}

/** The reviewer's overall recommendation. */
export const RECOMMENDATIONS = ['strong-yes', 'yes', 'maybe', 'no'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** A reviewer's score and comment on one criterion. */
export interface CriterionScore {
  score: number | null;
  comment: string | null;
}

/** `PUT /api/v1/public/reviews/:applicationId`: saves (and with `submit`, submits) a review. */
export interface SaveReviewRequest {
  scores: Record<string, CriterionScore>;
  recommendation: Recommendation | null;
  comment: string | null;
  /** Submit now: every criterion scored and a recommendation given; then it can no longer change. */
  submit: boolean;
}

/** `PUT /api/v1/public/reviews/:applicationId/conflict`: the reviewer declares a conflict. */
export interface DeclareConflictRequest {
  conflict: boolean;
  note?: string | null;
}

/** One application as the reviewer sees it on their page. */
export interface ReviewTask {
  applicationId: string;
  startupName: string | null;
  oneLiner: string | null;
  description: string | null;
  website: string | null;
  stage: string | null;
  sectors: string[];
  topics: string[];
  /** The other answers, by the call's question label. */
  answers: { label: LocalizedText; value: string }[];
  /** The uploaded decks, fetched one by one through the link. */
  files: { questionKey: string; label: LocalizedText; fileName: string }[];
  scores: Record<string, CriterionScore>;
  recommendation: Recommendation | null;
  comment: string | null;
  submittedAt: string | null;
  /** Declared a conflict: no review expected. */
  conflict: boolean;
}

/** `GET /api/v1/public/reviews`: what a reviewer's link shows. Only their own reviews (blind). */
export interface ReviewerView {
  reviewerName: string;
  locale: Locale;
  callTitle: LocalizedText;
  rubric: RubricCriterion[];
  reviewDeadline: string | null;
  tasks: ReviewTask[];
  linkExpiresAt: string;
}

/** The web app's page a review link opens: `${REVIEW_LINK_PATH}/<token>`. */
export const REVIEW_LINK_PATH = '/respond/review';
/** How long a review link works after the deadline (or after the invitation without one). */
export const REVIEW_LINK_GRACE_DAYS = 14;
/** Reminders go to reviewers with reviews open this many days before the deadline. */
export const REVIEW_REMINDER_DAYS = 3;

/** A manager's pin on a pair: `pin` = always assign, `exclude` = never. */
export const PIN_KINDS = ['pin', 'exclude'] as const;
export type PinKind = (typeof PIN_KINDS)[number];

/** `PUT /api/v1/calls/:id/review-pins`: sets (or with `kind: null` removes) a pin. */
export interface SetPinRequest {
  applicationId: string;
  reviewerId: string;
  kind: PinKind | null;
}

export interface ReviewPin {
  applicationId: string;
  reviewerId: string;
  kind: PinKind;
}

/** One proposed (or sent) review pair of the assignment, with why it fits. */
export interface AssignmentPair {
  applicationId: string;
  reviewerId: string;
  /** Expertise fit 0–100. */
  score: number;
  pinned: boolean;
  /** Why, in both languages: one line per part of the fit. */
  reasons: { part: string; points: number; max: number; reason: LocalizedText }[];
  /** Already sent to the reviewer. */
  invited: boolean;
}

/** `GET /api/v1/calls/:id/assignment`: the proposed assignment for the eligible applications. */
export interface AssignmentPreview {
  reviewersPerApplication: number;
  applications: { id: string; startupName: string | null }[];
  reviewers: { id: string; name: string; kind: ReviewerKind; maxLoad: number; assigned: number }[];
  pairs: AssignmentPair[];
  pins: ReviewPin[];
  conflicts: ReviewConflict[];
  totalScore: number;
  /** Why no assignment can be made (too few reviewers, loads, conflicts), when it cannot. */
  problems: LocalizedText[];
}

/** `POST /api/v1/calls/:id/review-invitations`: what the sending did. */
export interface SendInvitationsResult {
  /** New review pairs written. */
  assigned: number;
  /** Reviewers that got an email. */
  emails: number;
}

/** One application of the ranking. */
export interface RankedApplication {
  applicationId: string;
  startupName: string | null;
  status: string;
  /** Position the committee gave it, 1 = first. */
  position: number;
  /** Rank by calibrated score (1 = best); null without a submitted review. */
  calibratedRank: number | null;
  rawMean: number | null;
  calibrated: number | null;
  /** Submitted reviews the scores rest on, and reviews assigned. */
  reviews: number;
  assigned: number;
  /** Highest minus lowest calibrated review. */
  spread: number | null;
  disagreement: boolean;
  /** The committee moved it away from the calibrated order, and why. */
  moved: { reason: string; by: string | null; at: string } | null;
  recommendations: Partial<Record<Recommendation, number>>;
}

/** `GET /api/v1/calls/:id/ranking`. */
export interface Ranking {
  applications: RankedApplication[];
  /** Per reviewer: their estimated offset and scale, from how many reviews. */
  reviewers: { reviewerId: string; name: string; reviews: number; offset: number; scale: number }[];
  /** The disagreement threshold (points on the 1–5 scale). */
  disagreementAt: number;
}

/** `POST /api/v1/calls/:id/ranking/moves`: the committee moves an application, saying why. */
export interface MoveInRankingRequest {
  applicationId: string;
  /** New position, 1 = first. */
  position: number;
  reason: string;
}
