import type { CandidateOptions, Candidates } from '../candidates/build.js';
import { investorScorer } from '../score/investor-score.js';
import type { InvestorMatchInput, MatchOptions, MatchResult } from '../types.js';
import { runParams } from './params.js';
import { candidatesFor, runMatch } from './run.js';

const scorerOf = (input: InvestorMatchInput) =>
  investorScorer(input.startups, input.investors, input.weights, input.vocabulary);

/** The scored candidate graph of an investor run; an investor's capacity is its intros per round. */
export function buildInvestorCandidates(
  input: InvestorMatchInput,
  options?: CandidateOptions,
): Candidates {
  return candidatesFor(scorerOf(input), runParams(input.params), options);
}

/** The best set of investor–startup introductions under the run's rules, explained. */
export function matchInvestors(input: InvestorMatchInput, options?: MatchOptions): MatchResult {
  return runMatch(() => scorerOf(input), input.params, options);
}
