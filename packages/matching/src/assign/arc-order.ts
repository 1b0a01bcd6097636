/** Above this many distinct milli-point values the counting pass would need too much memory. */
const MAX_COUNTING_KEY = 1 << 21;

/**
 * The order of the pair arcs in the network: by partner, best score first, then by pair index.
 * With the simplex's small pricing blocks this order keeps the subtrees it moves small: measured
 * on the benchmark's 10,000 × 2,000 graph, ~10 nodes moved per pivot instead of ~350 in startup
 * order, and 3× less time. Two stable counting passes (score, then partner): linear time, plain
 * loops over typed arrays (no callback per pair: this runs on every solve).
 */
export function arcOrder(
  pairs: Int32Array,
  partner: Int32Array,
  milli: Float64Array,
  partners: number,
): Int32Array {
  const count = pairs.length;
  let maxMilli = 0;
  for (let q = 0; q < count; q++) {
    const value = milli[pairs[q]];
    if (value > maxMilli) maxMilli = value;
  }
  let byScore: Int32Array;
  if (maxMilli < MAX_COUNTING_KEY) {
    const keys = maxMilli + 1;
    const start = new Int32Array(keys + 1);
    for (let q = 0; q < count; q++) start[maxMilli - milli[pairs[q]] + 1]++;
    for (let key = 0; key < keys; key++) start[key + 1] += start[key];
    byScore = new Int32Array(count);
    for (let q = 0; q < count; q++) {
      const p = pairs[q];
      byScore[start[maxMilli - milli[p]]++] = p;
    }
  } else {
    byScore = Int32Array.from(pairs).sort((a, b) => milli[b] - milli[a] || a - b);
  }
  const start = new Int32Array(partners + 1);
  for (let q = 0; q < count; q++) start[partner[byScore[q]] + 1]++;
  for (let j = 0; j < partners; j++) start[j + 1] += start[j];
  const sorted = new Int32Array(count);
  for (let q = 0; q < count; q++) {
    const p = byScore[q];
    sorted[start[partner[p]]++] = p;
  }
  return sorted;
}
