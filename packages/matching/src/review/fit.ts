import { KeyIndex, hasBit, intersects, packBitsets, popcount } from '../score/key-index.js';
import { partMaxima, partPoints, toPoints } from '../score/points.js';
import type { Vocabulary } from '../types.js';
import { fitReasons } from './fit-reasons.js';
import type {
  ApplicationProfile,
  ReviewerProfile,
  ReviewFitPart,
  ReviewFitScorePart,
  ReviewFitWeights,
} from './types.js';

/** The fit's parts, in the order of the kernel's output. */
export const REVIEW_FIT_PARTS: readonly ReviewFitPart[] = ['topics', 'sector', 'stage'];

/** Topics weigh most: a reviewer judges an application by what it does, then by its market. */
export const DEFAULT_REVIEW_FIT_WEIGHTS: ReviewFitWeights = Object.freeze({
  topics: 50,
  sector: 30,
  stage: 20,
});

/**
 * Fit of application i and reviewer j in integer milli-points (0–100,000), over bitsets of both
 * pools: a few word operations per pair, as a run scores every pair (2,000 × 150 = 300,000).
 * `explain` uses the same kernel, so the explanation always adds up to the score.
 */
export interface ReviewFitScorer {
  milli(i: number, j: number): number;
  explain(i: number, j: number): { score: number; parts: ReviewFitScorePart[] };
}

export function reviewFitScorer(
  applications: readonly ApplicationProfile[],
  reviewers: readonly ReviewerProfile[],
  weights: Partial<ReviewFitWeights> = {},
  vocabulary: Vocabulary = {},
): ReviewFitScorer {
  const maxima = partMaxima(REVIEW_FIT_PARTS, { ...DEFAULT_REVIEW_FIT_WEIGHTS, ...weights });
  const topics = new KeyIndex();
  const sectors = new KeyIndex();
  const stages = new KeyIndex();
  for (const a of applications) {
    topics.addAll(a.topics);
    sectors.addAll(a.sectors);
    if (a.stage !== null) stages.add(a.stage);
  }
  const tw = topics.words;
  const sw = sectors.words;
  const gw = stages.words;
  const appTopics = packBitsets(
    applications.map((a) => a.topics),
    topics,
    tw,
  );
  const appTopicCount = Int32Array.from(applications, (a) => new Set(a.topics).size);
  const appSectors = packBitsets(
    applications.map((a) => a.sectors),
    sectors,
    sw,
  );
  const appStage = Int32Array.from(applications, (a) =>
    a.stage === null ? -1 : stages.get(a.stage),
  );
  const revTopics = packBitsets(
    reviewers.map((r) => r.topics),
    topics,
    tw,
  );
  const revSectors = packBitsets(
    reviewers.map((r) => r.sectors),
    sectors,
    sw,
  );
  const revStages = packBitsets(
    reviewers.map((r) => r.stages),
    stages,
    gw,
  );
  const sectorOpen = Uint8Array.from(reviewers, (r) => (r.sectors.length === 0 ? 1 : 0));
  const stageOpen = Uint8Array.from(reviewers, (r) => (r.stages.length === 0 ? 1 : 0));
  const sectorUnknown = Uint8Array.from(applications, (a) => (a.sectors.length === 0 ? 1 : 0));

  const kernel = (i: number, j: number, out?: Int32Array): number => {
    let covered = 0;
    for (let w = 0, a = i * tw, b = j * tw; w < tw; w++) {
      covered += popcount(appTopics[a + w]! & revTopics[b + w]!);
    }
    const count = appTopicCount[i]!;
    // An application that names no topics cannot be matched on them: half, like "unknown".
    const topicPoints = partPoints(maxima[0]!, count === 0 ? 0.5 : covered / count);
    const sectorPoints = partPoints(
      maxima[1]!,
      sectorUnknown[i] === 1 || sectorOpen[j] === 1
        ? 0.5
        : intersects(appSectors, i, revSectors, j, sw)
          ? 1
          : 0,
    );
    const stage = appStage[i]!;
    const stagePoints = partPoints(
      maxima[2]!,
      stage < 0 || stageOpen[j] === 1 ? 0.5 : hasBit(revStages, j * gw, stage) ? 1 : 0,
    );
    if (out) {
      out[0] = topicPoints;
      out[1] = sectorPoints;
      out[2] = stagePoints;
    }
    return topicPoints + sectorPoints + stagePoints;
  };

  const points = new Int32Array(REVIEW_FIT_PARTS.length);
  return {
    milli: (i, j) => kernel(i, j),
    explain(i, j) {
      const total = kernel(i, j, points);
      const reasons = fitReasons(applications[i]!, reviewers[j]!, vocabulary);
      return {
        score: toPoints(total),
        parts: REVIEW_FIT_PARTS.map((part, p) => ({
          part,
          points: toPoints(points[p]!),
          max: toPoints(maxima[p]!),
          reason: reasons[p]!,
        })),
      };
    },
  };
}
