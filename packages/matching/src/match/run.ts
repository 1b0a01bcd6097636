import { solveAssignment } from '../assign/solve.js';
import { buildCandidates, type CandidateOptions, type Candidates } from '../candidates/build.js';
import { resolveRules } from '../candidates/rules.js';
import type { PairScorer } from '../score/scorer.js';
import type { MatchOptions, MatchResult, RunParams } from '../types.js';
import { assembleResult } from './assemble.js';
import { runParams } from './params.js';

export function candidatesFor(
  scorer: PairScorer,
  params: RunParams,
  options?: CandidateOptions,
): Candidates {
  return buildCandidates(scorer, resolveRules(scorer, params), params.minScore, options);
}

/**
 * Scoring, rules, the exact assignment and the explained result, for either kind of partner.
 * `options.onPhase` hears 'scoring' once the parameters are valid and 'solving' once the
 * candidate graph is built (the explanations of the chosen pairs count as solving).
 */
export function runMatch(
  createScorer: () => PairScorer,
  partialParams: Partial<RunParams> | undefined,
  options: MatchOptions = {},
): MatchResult {
  const { onPhase, ...candidateOptions } = options;
  const params = runParams(partialParams);
  onPhase?.('scoring');
  const scorer = createScorer();
  const graph = candidatesFor(scorer, params, candidateOptions);
  onPhase?.('solving');
  const assignment = solveAssignment(graph, {
    k: params.k,
    minScore: params.minScore,
    fairnessPenalty: params.fairnessPenalty,
    pinned: graph.pinnedPairs,
  });
  return assembleResult(scorer, graph, assignment, params);
}
