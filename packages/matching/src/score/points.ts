import { MatchingInputError } from '../errors.js';

/** Scores are kept in integer milli-points, so sums are exact and the solver's costs integral. */
export const SCALE = 1000;
const FULL = 100 * SCALE;

/**
 * Each part's maximum in milli-points, in the order of `parts`: the weights normalised to sum to
 * exactly 100 points (largest remainder, ties to the earlier part), or all 0 when they sum to 0.
 */
export function partMaxima<P extends string>(
  parts: readonly P[],
  weights: Readonly<Record<P, number>>,
): Int32Array {
  const values = parts.map((part) => weights[part]);
  const bad = parts.filter((_, i) => !Number.isFinite(values[i]) || values[i]! < 0);
  if (bad.length > 0) {
    throw new MatchingInputError([
      {
        code: 'invalid-weights',
        message: {
          de: `Gewichte müssen endliche Zahlen ≥ 0 sein: ${bad.join(', ')}`,
          en: `weights must be finite numbers ≥ 0: ${bad.join(', ')}`,
        },
      },
    ]);
  }
  const sum = values.reduce((a, b) => a + b, 0);
  const maxima = new Int32Array(parts.length);
  if (sum === 0) return maxima;
  const exact = values.map((value) => (value / sum) * FULL);
  let left = FULL;
  for (let i = 0; i < parts.length; i++) {
    maxima[i] = Math.floor(exact[i]!);
    left -= maxima[i]!;
  }
  const order = parts
    .map((_, i) => i)
    .sort(
      (a, b) => exact[b]! - Math.floor(exact[b]!) - (exact[a]! - Math.floor(exact[a]!)) || a - b,
    );
  for (let i = 0; left > 0; i++, left--) maxima[order[i]!]!++;
  return maxima;
}

/** A part's milli-points for a fraction in [0, 1] of its maximum. */
export function partPoints(maximum: number, fraction: number): number {
  return Math.round(maximum * fraction);
}

export function toPoints(milli: number): number {
  return milli / SCALE;
}
