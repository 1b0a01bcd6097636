import { type ReviewFitScorer, reviewFitScorer } from './fit.js';
import { reviewRules } from './input.js';
import type { ReviewGraph } from './solve.js';
import type { ReviewAssignmentInput, ReviewAssignmentParams } from './types.js';

export interface ReviewProblem {
  /** Every application–reviewer pair but conflicts and must-not pins, with its fit. */
  graph: ReviewGraph;
  /** Pair indices of the must-pins, in the order given. */
  pinned: number[];
  params: ReviewAssignmentParams;
  scorer: ReviewFitScorer;
  scoringMs: number;
}

/**
 * The review assignment by index: checks the input, scores every allowed pair and resolves the
 * pins. `assignReviewers` solves it; tools use it to time or cross-check the two halves.
 */
export function buildReviewProblem(input: ReviewAssignmentInput): ReviewProblem {
  const started = performance.now();
  const { params, blocked, pinnedKeys } = reviewRules(input);
  const { applications, reviewers } = input;
  const n = applications.length;
  const m = reviewers.length;
  const scorer = reviewFitScorer(applications, reviewers, input.weights, input.vocabulary);

  const size = n * m - blocked.size;
  const pairStartup = new Int32Array(size);
  const pairPartner = new Int32Array(size);
  const pairScore = new Float64Array(size);
  const pinnedSet = new Set(pinnedKeys);
  const pairOfPin = new Map<number, number>();
  let p = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const key = i * m + j;
      if (blocked.has(key)) continue;
      if (pinnedSet.has(key)) pairOfPin.set(key, p);
      pairStartup[p] = i;
      pairPartner[p] = j;
      pairScore[p++] = scorer.milli(i, j) / 1000;
    }
  }
  const graph: ReviewGraph = {
    startupCount: n,
    partnerCount: m,
    capacity: Int32Array.from(reviewers, (reviewer) => reviewer.maxLoad),
    pairStartup,
    pairPartner,
    pairScore,
    startupIds: applications.map((a) => a.id),
    partnerIds: reviewers.map((r) => r.id),
  };
  const pinned = pinnedKeys.map((key) => pairOfPin.get(key) ?? -1);
  return { graph, pinned, params, scorer, scoringMs: performance.now() - started };
}
