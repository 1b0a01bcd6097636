import { solveAssignment } from '../assign/solve.js';
import { buildCandidates, type CandidateOptions, type Candidates } from '../candidates/build.js';
import { resolveRules } from '../candidates/rules.js';
import type { PairScorer } from '../score/scorer.js';
import type { MatchResult, RunParams } from '../types.js';
import { assembleResult } from './assemble.js';
import { runParams } from './params.js';

export function candidatesFor(
  scorer: PairScorer,
  params: RunParams,
  options?: CandidateOptions,
): Candidates {
  return buildCandidates(scorer, resolveRules(scorer, params), params.minScore, options);
}

/** Scoring, rules, the exact assignment and the explained result, for either kind of partner. */
export function runMatch(
  scorer: PairScorer,
  partialParams: Partial<RunParams> | undefined,
  options?: CandidateOptions,
): MatchResult {
  const params = runParams(partialParams);
  const graph = candidatesFor(scorer, params, options);
  const assignment = solveAssignment(graph, {
    k: params.k,
    minScore: params.minScore,
    fairnessPenalty: params.fairnessPenalty,
    pinned: graph.pinnedPairs,
  });
  return assembleResult(scorer, graph, assignment, params);
}
