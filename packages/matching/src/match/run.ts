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
  const { onPhase, partnersWithoutSpreading, ...candidateOptions } = options;
  const params = runParams(partialParams);
  onPhase?.('scoring');
  const scorer = createScorer();
  const graph = candidatesFor(scorer, params, candidateOptions);
  onPhase?.('solving');
  const solve = (fairnessPenalty: number) =>
    solveAssignment(graph, {
      k: params.k,
      minScore: params.minScore,
      fairnessPenalty,
      pinned: graph.pinnedPairs,
    });
  const result = assembleResult(scorer, graph, solve(params.fairnessPenalty), params);
  if (partnersWithoutSpreading && params.fairnessPenalty > 0) {
    const { chosen } = solve(0);
    const used = new Uint8Array(graph.partnerCount);
    for (let p = 0; p < chosen.length; p++) if (chosen[p] === 1) used[graph.pairPartner[p]!] = 1;
    result.partnersUsedWithoutSpreading = used.reduce((sum, u) => sum + u, 0);
  }
  return result;
}
