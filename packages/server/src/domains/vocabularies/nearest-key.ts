/** Levenshtein distance, for suggesting the key a person probably meant. */
export function editDistance(a: string, b: string): number {
  // Each row holds b.length + 1 distances, so every index read below exists (`at` reads them).
  const at = (row: readonly number[], j: number): number => row[j] ?? Number.POSITIVE_INFINITY;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = at(previous, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(at(previous, j) + 1, at(current, j - 1) + 1, substitution));
    }
    previous = current;
  }
  return at(previous, b.length);
}

/**
 * The known key closest to `key`: one that contains it or is contained in it (`fin` → `fintech`),
 * else the one within a third of its length in edits (`fintek` → `fintech`); null when none is close.
 */
export function nearestKey(key: string, known: readonly string[]): string | null {
  const needle = key.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance =
      needle.length >= 2 && (candidate.includes(needle) || needle.includes(candidate))
        ? 0.5
        : editDistance(needle, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(needle.length / 3)) ? best : null;
}
