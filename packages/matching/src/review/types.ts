import type { LocalizedText, Vocabulary } from '../types.js';

/** An eligible application as the assignment sees it: what it is about. */
export interface ApplicationProfile {
  id: string;
  sectors: readonly string[];
  /** Topics the application is about (its needs or its field). */
  topics: readonly string[];
  /** Stage key, or null when unknown. */
  stage: string | null;
}

/** A reviewer (staff, mentor or external juror) and what they can judge. */
export interface ReviewerProfile {
  id: string;
  /** Empty = judges every sector equally. */
  sectors: readonly string[];
  topics: readonly string[];
  /** Empty = judges every stage equally. */
  stages: readonly string[];
  /** How many applications this reviewer takes at most, ≥ 0. */
  maxLoad: number;
}

/** An application and a reviewer, by id. */
export interface ReviewPairRef {
  applicationId: string;
  reviewerId: string;
}

export type ReviewFitPart = 'topics' | 'sector' | 'stage';

/** Relative weight of each part; normalised so that a perfect fit scores 100. */
export type ReviewFitWeights = Readonly<Record<ReviewFitPart, number>>;

export interface ReviewFitScorePart {
  part: ReviewFitPart;
  /** Points earned, 0 ≤ points ≤ max, in steps of 0.001. */
  points: number;
  max: number;
  reason: LocalizedText;
}

export interface ReviewAssignmentParams {
  /** Reviewers per application, ≥ 1 (default 3). */
  r: number;
  /**
   * Conflicts of interest (declared, or found: investor in, contact of, mentor of): never
   * assigned; a pin on one is an error.
   */
  conflicts: readonly ReviewPairRef[];
  /** Must-pins: always in the assignment. */
  pinned: readonly ReviewPairRef[];
  /** Must-not pins: a manager's "not this reviewer for this application". */
  forbidden: readonly ReviewPairRef[];
  /**
   * Spread of co-reviews: a seed for the second objective that, among the assignments of the
   * largest total fit, picks one where co-reviewers vary (see review/spread.ts); null = off,
   * which leaves ties to the solver's order and tends to send the same reviewers together.
   * Default 1; the same seed gives the same assignment.
   */
  spreadSeed: number | null;
}

export interface ReviewAssignmentInput {
  applications: readonly ApplicationProfile[];
  reviewers: readonly ReviewerProfile[];
  vocabulary?: Vocabulary;
  weights?: Partial<ReviewFitWeights>;
  params?: Partial<ReviewAssignmentParams>;
}

/** One assigned review, with why this reviewer fits this application. */
export interface ReviewAssignmentPair extends ReviewPairRef {
  /** Expertise fit 0–100, the sum of the parts' points. */
  score: number;
  pinned: boolean;
  parts: ReviewFitScorePart[];
}

export interface ReviewerLoad {
  reviewerId: string;
  assigned: number;
  maxLoad: number;
}

/**
 * How evenly co-reviews are spread: two reviewers "always see the same applications" when one's
 * applications are all among the other's.
 */
export interface ReviewSpread {
  /** The most applications any two reviewers share. */
  maxShared: number;
  /**
   * Reviewer pairs where the reviewer with fewer applications (at least 2) shares all of them
   * with the other; the spread aims at none.
   */
  alwaysTogether: number;
  /** Reviewer pairs that share at least one application. */
  pairsThatMeet: number;
}

export interface ReviewAssignmentStats {
  nodes: number;
  arcs: number;
  /** Pairs the solver could choose (not conflicted, forbidden or pinned). */
  candidates: number;
  pivots: number;
  /**
   * Network simplex solves: the first on each application's best arcs, then again while an arc
   * left out could improve the optimum (review/solve.ts).
   */
  rounds: number;
  scoringMs: number;
  solveMs: number;
  /** Distinct tie-break values per pair in the spread objective (1 = spread off). */
  spreadLevels: number;
}

export interface ReviewAssignmentResult {
  /** By application in input order, then best fit first. */
  pairs: ReviewAssignmentPair[];
  /** Per reviewer, in input order. */
  load: ReviewerLoad[];
  /** Sum of the pairs' fit scores: the largest any valid assignment reaches. */
  totalScore: number;
  spread: ReviewSpread;
  stats: ReviewAssignmentStats;
}
