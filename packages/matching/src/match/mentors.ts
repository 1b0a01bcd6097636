import type { CandidateOptions, Candidates } from '../candidates/build.js';
import { mentorScorer } from '../score/mentor-score.js';
import type { MatchOptions, MatchResult, MentorMatchInput } from '../types.js';
import { runParams } from './params.js';
import { candidatesFor, runMatch } from './run.js';

const scorerOf = (input: MentorMatchInput) =>
  mentorScorer(input.startups, input.mentors, input.weights, input.vocabulary);

/** The scored candidate graph of a mentor run (for solveAssignment, greedyAssignment, tools). */
export function buildMentorCandidates(
  input: MentorMatchInput,
  options?: CandidateOptions,
): Candidates {
  return candidatesFor(scorerOf(input), runParams(input.params), options);
}

/** The best set of mentor–startup pairs under the run's rules, explained. */
export function matchMentors(input: MentorMatchInput, options?: MatchOptions): MatchResult {
  return runMatch(() => scorerOf(input), input.params, options);
}
