/** Above this many distinct milli-point values the counting pass would need too much memory. */
const MAX_COUNTING_KEY = 1 << 21;

/**
 * The order of the pair arcs in the network: by partner, best score first, then by pair index.
 * With the simplex's small pricing blocks this order keeps the subtrees it moves small: measured
 * on the benchmark's 10,000 × 2,000 graph, ~10 nodes moved per pivot instead of ~350 in startup
 * order, and 3× less time. Two stable counting passes (score, then partner): linear time.
 */
export function arcOrder(
  pairs: Int32Array,
  partner: Int32Array,
  milli: Float64Array,
  partners: number,
) {
  let maxMilli = 0;
  for (const p of pairs) maxMilli = Math.max(maxMilli, milli[p]);
  let byScore: Int32Array;
  if (maxMilli < MAX_COUNTING_KEY) {
    byScore = countingSort(pairs, (p) => maxMilli - milli[p], maxMilli + 1);
  } else {
    byScore = Int32Array.from(pairs).sort((a, b) => milli[b] - milli[a] || a - b);
  }
  return countingSort(byScore, (p) => partner[p], partners);
}

function countingSort(items: Int32Array, key: (item: number) => number, keys: number): Int32Array {
  const start = new Int32Array(keys + 1);
  for (const item of items) start[key(item) + 1]++;
  for (let k = 0; k < keys; k++) start[k + 1] += start[k];
  const sorted = new Int32Array(items.length);
  for (const item of items) sorted[start[key(item)]++] = item;
  return sorted;
}
