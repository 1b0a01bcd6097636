import type { FitScore, LocalizedText, ScorePartName } from '../types.js';
import { toPoints } from './points.js';

/**
 * Scores of one pool pair (startups × mentors, or startups × investors), by index: the candidate
 * graph calls `milli` for many pairs; the result explains only the pairs it shows.
 */
export interface PairScorer {
  readonly startupIds: readonly string[];
  readonly partnerIds: readonly string[];
  /** Free places per partner. */
  readonly capacity: Int32Array;
  /** Fit of startup i and partner j in milli-points (0–100,000), or -1 when forbidden. */
  milli(i: number, j: number): number;
  /**
   * Optional, for full scans: startup i's `milli` with every partner, into out[0 .. partners).
   * Must give exactly what `milli` gives.
   */
  row?(i: number, out: Int32Array): void;
  explain(i: number, j: number): FitScore;
}

/** A FitScore from the kernel's per-part milli-points and the reasons, both in part order. */
export function fitScore(
  parts: readonly ScorePartName[],
  maxima: Int32Array,
  points: Int32Array,
  reasons: readonly LocalizedText[],
  blockedBy: LocalizedText | null,
): FitScore {
  let total = 0;
  const list = parts.map((part, p) => {
    total += points[p]!;
    return { part, points: toPoints(points[p]!), max: toPoints(maxima[p]!), reason: reasons[p]! };
  });
  if (blockedBy !== null) return { feasible: false, score: 0, parts: list, blockedBy };
  return { feasible: true, score: toPoints(total), parts: list };
}
