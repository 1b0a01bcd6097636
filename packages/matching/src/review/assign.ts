import { buildReviewProblem } from './problem.js';
import { solveReviewAssignment } from './solve.js';
import { measureSpread } from './spread.js';
import type {
  ReviewAssignmentInput,
  ReviewAssignmentPair,
  ReviewAssignmentResult,
  ReviewerLoad,
} from './types.js';

/**
 * Assigns r reviewers to every application: no reviewer beyond their load, no conflict of
 * interest, must-pins in and must-not pins out, the largest total expertise fit (exact), and
 * among assignments of that fit one whose co-reviewers vary (review/spread.ts). Each pair comes
 * with its fit explained in German and English. Throws `ReviewAssignmentError` when the input
 * breaks a rule or no assignment can give every application r reviewers, saying why.
 */
export function assignReviewers(input: ReviewAssignmentInput): ReviewAssignmentResult {
  const { graph, pinned, params, scorer, scoringMs } = buildReviewProblem(input);
  const { applications, reviewers } = input;
  const n = applications.length;
  const m = reviewers.length;
  const { pairStartup, pairPartner } = graph;
  const size = pairStartup.length;
  const solution = solveReviewAssignment(graph, {
    r: params.r,
    pinned,
    spreadSeed: params.spreadSeed,
  });

  const reviewersOf: number[][] = Array.from({ length: n }, () => []);
  const isPinned = new Uint8Array(size);
  for (const q of pinned) isPinned[q] = 1;
  const pairOf = new Map<number, number>();
  const load = new Int32Array(m);
  solution.chosen.forEach((c, q) => {
    if (c !== 1) return;
    reviewersOf[pairStartup[q]!]!.push(pairPartner[q]!);
    pairOf.set(pairStartup[q]! * m + pairPartner[q]!, q);
    load[pairPartner[q]!]!++;
  });
  const pairs: ReviewAssignmentPair[] = [];
  reviewersOf.forEach((list, i) => {
    list.sort((a, b) => scorer.milli(i, b) - scorer.milli(i, a) || a - b);
    for (const j of list) {
      const { score, parts } = scorer.explain(i, j);
      pairs.push({
        applicationId: applications[i]!.id,
        reviewerId: reviewers[j]!.id,
        score,
        pinned: isPinned[pairOf.get(i * m + j) ?? 0] === 1,
        parts,
      });
    }
  });
  const loads: ReviewerLoad[] = reviewers.map((reviewer, j) => ({
    reviewerId: reviewer.id,
    assigned: load[j]!,
    maxLoad: reviewer.maxLoad,
  }));
  return {
    pairs,
    load: loads,
    totalScore: solution.fitMilli / 1000,
    spread: measureSpread(reviewersOf, load),
    stats: {
      nodes: solution.nodes,
      arcs: solution.arcs,
      candidates: solution.candidates,
      pivots: solution.pivots,
      rounds: solution.rounds,
      scoringMs,
      solveMs: solution.solveMs,
      spreadLevels: solution.spreadLevels,
    },
  };
}
