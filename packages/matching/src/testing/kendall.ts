/**
 * Kendall's rank correlation (tau-a) of two equally long lists: concordant minus discordant
 * pairs over all pairs; a pair tied in either list counts as neither. O(n²): test sizes only.
 */
export function kendallTau(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new RangeError('lists differ in length');
  const n = a.length;
  let score = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) score += Math.sign(a[i]! - a[j]!) * Math.sign(b[i]! - b[j]!);
  }
  return n < 2 ? 0 : score / ((n * (n - 1)) / 2);
}
