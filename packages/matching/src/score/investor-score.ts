import { DEFAULT_INVESTOR_WEIGHTS } from '../defaults.js';
import type {
  FitScore,
  InvestorProfile,
  InvestorWeights,
  StartupProfile,
  Vocabulary,
} from '../types.js';
import { encodeInvestorPools } from './encode.js';
import { INVESTOR_PARTS, investorPairMilli } from './investor-kernel.js';
import { investorReasons } from './investor-reasons.js';
import { partMaxima } from './points.js';
import { RegionTree } from './region-tree.js';
import { fitScore, type PairScorer } from './scorer.js';

/** Encodes both pools once; an investor's capacity is its intros per round. */
export function investorScorer(
  startups: readonly StartupProfile[],
  investors: readonly InvestorProfile[],
  weights: Partial<InvestorWeights> = {},
  vocabulary: Vocabulary = {},
): PairScorer {
  const maxima = partMaxima(INVESTOR_PARTS, { ...DEFAULT_INVESTOR_WEIGHTS, ...weights });
  const tree = new RegionTree(vocabulary.regions);
  const codes = encodeInvestorPools(startups, investors, tree);
  const points = new Int32Array(INVESTOR_PARTS.length);
  return {
    startupIds: startups.map((startup) => startup.id),
    partnerIds: investors.map((investor) => investor.id),
    capacity: codes.investors.capacity,
    milli: (i, j) => investorPairMilli(codes.startups, codes.investors, codes.dict, maxima, i, j),
    explain(i, j) {
      investorPairMilli(codes.startups, codes.investors, codes.dict, maxima, i, j, points);
      const reasons = investorReasons(startups[i]!, investors[j]!, vocabulary, tree);
      return fitScore(INVESTOR_PARTS, maxima, points, reasons, null);
    },
  };
}

/** The fit of one startup and one investor, 0–100, with each part's points and reason. */
export function scoreInvestor(
  startup: StartupProfile,
  investor: InvestorProfile,
  weights: Partial<InvestorWeights> = {},
  vocabulary: Vocabulary = {},
): FitScore {
  return investorScorer([startup], [investor], weights, vocabulary).explain(0, 0);
}
