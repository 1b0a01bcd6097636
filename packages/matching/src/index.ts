/**
 * Kohorte's matching engine: pure functions over plain data, no framework, no I/O.
 *
 * - `scoreMentor` / `scoreInvestor`: the fit of one pair, 0–100, as a sum of named parts with
 *   weights the run can change, each with a one-line reason in German and English.
 * - `matchMentors` / `matchInvestors`: the set of pairs with the largest total score such that no
 *   partner exceeds its free places, each startup gets at most k partners, excluded and rejected
 *   pairs never appear, pinned pairs always do and hard rules (a required language) hold — an
 *   exact optimum (minimum-cost flow by network simplex), explained, with shortfalls and
 *   solver statistics. Invalid input throws `MatchingInputError` with issues a manager can act on.
 * - `buildMentorCandidates` / `buildInvestorCandidates`, `solveAssignment`: the two halves of a
 *   run (scoring, then the assignment with scores given), for tools and benchmarks.
 * - `RegionTree`: the region vocabulary as a tree; finds a place by key or name in either language
 *   (as the engine does for a startup's city) and walks up to the regions around it.
 * - `@kohorte/matching/thread`: the engine as a long-lived worker thread (EngineCall in,
 *   EngineReply out), so that callers solve off their event loop with warm code.
 * - `greedyAssignment`: a greedy baseline for the benchmark only; `assignmentLp` writes the
 *   assignment as an LP (CPLEX format) to check the solver against any LP solver.
 * - `assignReviewers`: reviewers for a call's applications — exactly r per application, loads,
 *   conflicts and pins kept, the largest total expertise fit (exact, same network simplex), a
 *   seeded spread among equally good choices, each pair explained. Infeasible input throws
 *   `ReviewAssignmentError` saying why. `buildReviewProblem` / `solveReviewAssignment` /
 *   `reviewAssignmentLp` are its halves and its LP, for tools.
 * - `calibrateScores`: from submitted review scores, each reviewer's offset and scale and a
 *   calibrated score per application (with raw mean, ranks, review count, disagreement flag).
 */
export type * from './types.js';
export {
  DEFAULT_INVESTOR_WEIGHTS,
  DEFAULT_MENTOR_WEIGHTS,
  DEFAULT_RUN_PARAMS,
  FULL_CAPACITY,
} from './defaults.js';
export { MatchingInputError, type InputIssue, type InputIssueCode } from './errors.js';
export { scoreMentor, mentorScorer } from './score/mentor-score.js';
export { scoreInvestor, investorScorer } from './score/investor-score.js';
export type { PairScorer } from './score/scorer.js';
export { foldPlace, RegionTree } from './score/region-tree.js';
export type { CandidateOptions, Candidates } from './candidates/build.js';
export { buildMentorCandidates, matchMentors } from './match/mentors.js';
export { buildInvestorCandidates, matchInvestors } from './match/investors.js';
export type {
  Assignment,
  AssignmentParams,
  AssignmentStats,
  CandidateGraph,
} from './assign/candidate-graph.js';
export { solveAssignment } from './assign/solve.js';
export { greedyAssignment } from './assign/greedy.js';
export { assignmentLp } from './assign/lp-model.js';
export type { EngineCall, EngineReply, EngineRequest } from './thread/protocol.js';
export type * from './review/types.js';
export { ReviewAssignmentError, type ReviewIssue, type ReviewIssueCode } from './review/errors.js';
export { DEFAULT_REVIEW_FIT_WEIGHTS } from './review/fit.js';
export { DEFAULT_REVIEW_PARAMS } from './review/input.js';
export { assignReviewers } from './review/assign.js';
export type * from './review/calibration-types.js';
export {
  CalibrationInputError,
  type CalibrationIssue,
  type CalibrationIssueCode,
} from './review/errors.js';
export { DEFAULT_CALIBRATION_PARAMS } from './review/calibration-params.js';
export { calibrateScores } from './review/calibrate.js';
export { buildReviewProblem, type ReviewProblem } from './review/problem.js';
export {
  solveReviewAssignment,
  type ReviewGraph,
  type ReviewSolution,
  type ReviewSolveParams,
} from './review/solve.js';
export { reviewAssignmentLp } from './review/lp-model.js';
