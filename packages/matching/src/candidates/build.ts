import { type CandidateGraph, toMilli } from '../assign/candidate-graph.js';
import type { PairScorer } from '../score/scorer.js';
import type { PairRules } from './rules.js';

/** Which pairs to score; by default every startup with every partner. */
export interface CandidateOptions {
  /** Score only these pairs (indices into the pools), e.g. a shortlist from a search. */
  pairs?: { startup: Int32Array; partner: Int32Array };
  /** Keep only the best this-many candidates per startup (ties: earlier partner). */
  maxPerStartup?: number;
}

export interface Candidates extends CandidateGraph {
  /** Pair indices of the pinned pairs, in the order they were pinned. */
  pinnedPairs: number[];
  /** Scored pairs, candidates or not. */
  scoredPairs: number;
  scoringMs: number;
}

/** Typed arrays that double when full: a graph of unknown size without a JS array per pair. */
class PairBuffer {
  startup = new Int32Array(1024);
  partner = new Int32Array(1024);
  milli = new Int32Array(1024);
  length = 0;

  push(i: number, j: number, milli: number): void {
    if (this.length === this.startup.length) {
      const grow = <T extends Int32Array>(a: T): T => {
        const b = new Int32Array(a.length * 2) as T;
        b.set(a);
        return b;
      };
      this.startup = grow(this.startup);
      this.partner = grow(this.partner);
      this.milli = grow(this.milli);
    }
    this.startup[this.length] = i;
    this.partner[this.length] = j;
    this.milli[this.length++] = milli;
  }
}

/**
 * Scores the pairs and keeps the candidates: allowed by the rules, not forbidden by a hard rule,
 * worth more than 0 and at least `minScore`. Pinned pairs are always kept.
 */
export function buildCandidates(
  scorer: PairScorer,
  rules: PairRules,
  minScore: number,
  options: CandidateOptions = {},
): Candidates {
  const started = performance.now();
  const n = scorer.startupIds.length;
  const m = scorer.partnerIds.length;
  const minMilli = Math.max(1, toMilli(minScore));
  const { forbidden } = rules;
  const pinnedKeys = new Set(rules.pinned.map(({ startup, partner }) => startup * m + partner));
  const checkKeys = pinnedKeys.size > 0 || forbidden.size > 0;
  const buffer = new PairBuffer();
  const limit = options.maxPerStartup ?? Number.POSITIVE_INFINITY;
  let scoredPairs = 0;
  const consider = (i: number, j: number): void => {
    scoredPairs++;
    const key = i * m + j;
    if (checkKeys && (pinnedKeys.has(key) || forbidden.has(key))) return;
    const milli = scorer.milli(i, j);
    if (milli >= minMilli) buffer.push(i, j, milli);
  };
  if (options.pairs) {
    const { startup, partner } = options.pairs;
    for (let p = 0; p < startup.length; p++) consider(startup[p]!, partner[p]!);
  } else {
    // Every pair, a startup's row at a time (the scorer's fast row when it has one). With a
    // limit only each startup's best `limit` are kept as its row is scored: the buffer holds
    // n × limit pairs, not n × m (a 10,000 × 2,000 pool would need 20 million).
    const shortlist = limit < m ? new RowShortlist(limit) : null;
    const scores = new Int32Array(m);
    const blocked = checkKeys ? blockedByStartup([...pinnedKeys, ...forbidden], n, m) : null;
    for (let i = 0; i < n; i++) {
      if (scorer.row) scorer.row(i, scores);
      else for (let j = 0; j < m; j++) scores[j] = scorer.milli(i, j);
      if (blocked !== null) {
        for (let q = blocked.start[i]!; q < blocked.start[i + 1]!; q++)
          scores[blocked.partner[q]!] = -1;
      }
      scoredPairs += m;
      if (shortlist === null) {
        for (let j = 0; j < m; j++) if (scores[j]! >= minMilli) buffer.push(i, j, scores[j]!);
        continue;
      }
      shortlist.clear();
      for (let j = 0; j < m; j++) {
        const milli = scores[j]!;
        if (milli >= minMilli && milli > shortlist.floor) shortlist.offer(j, milli);
      }
      shortlist.drainInto(buffer, i);
    }
  }
  const keep = options.pairs && limit < m ? bestPerStartup(buffer, n, limit) : null;
  const count = keep === null ? buffer.length : keep.length;
  const pairs = count + rules.pinned.length;
  const pairStartup = new Int32Array(pairs);
  const pairPartner = new Int32Array(pairs);
  const pairScore = new Float64Array(pairs);
  for (let q = 0; q < count; q++) {
    const p = keep === null ? q : keep[q]!;
    pairStartup[q] = buffer.startup[p]!;
    pairPartner[q] = buffer.partner[p]!;
    pairScore[q] = buffer.milli[p]! / 1000;
  }
  const pinnedPairs = rules.pinned.map(({ startup, partner }, index) => {
    const p = count + index;
    pairStartup[p] = startup;
    pairPartner[p] = partner;
    pairScore[p] = Math.max(0, scorer.milli(startup, partner)) / 1000;
    return p;
  });
  return {
    startupCount: n,
    partnerCount: m,
    capacity: scorer.capacity,
    pairStartup,
    pairPartner,
    pairScore,
    startupIds: scorer.startupIds,
    partnerIds: scorer.partnerIds,
    pinnedPairs,
    scoredPairs,
    scoringMs: performance.now() - started,
  };
}

/** Above every score in milli-points (100 points = 100,000). */
const MILLI_SPAN = 1 << 17;

/**
 * One startup's best `limit` partners while its row is scored: a min-heap whose root is the pair
 * to drop first (the lowest score; of equal scores the later partner, so ties keep the earlier
 * partner, as `bestPerStartup` does). A pair no better than the root costs one comparison.
 */
class RowShortlist {
  private readonly partner: Int32Array;
  private readonly milli: Int32Array;
  private size = 0;
  private readonly packed: Float64Array;
  /** A pair must score above this to enter: the root's score once the list is full. */
  floor = -1;

  constructor(private readonly limit: number) {
    this.partner = new Int32Array(limit);
    this.milli = new Int32Array(limit);
    this.packed = new Float64Array(limit);
  }

  clear(): void {
    this.size = 0;
    this.floor = -1;
  }

  /** Partners arrive in increasing order, so an equal score never displaces the root. */
  offer(j: number, milli: number): void {
    if (this.size < this.limit) {
      let c = this.size++;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (!this.dropsBefore(milli, j, this.milli[parent]!, this.partner[parent]!)) break;
        this.milli[c] = this.milli[parent]!;
        this.partner[c] = this.partner[parent]!;
        c = parent;
      }
      this.milli[c] = milli;
      this.partner[c] = j;
      if (this.size === this.limit) this.floor = this.milli[0]!;
      return;
    }
    if (milli <= this.milli[0]!) return;
    let c = 0;
    for (;;) {
      const left = 2 * c + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child =
        right < this.size &&
        this.dropsBefore(
          this.milli[right]!,
          this.partner[right]!,
          this.milli[left]!,
          this.partner[left]!,
        )
          ? right
          : left;
      if (!this.dropsBefore(this.milli[child]!, this.partner[child]!, milli, j)) break;
      this.milli[c] = this.milli[child]!;
      this.partner[c] = this.partner[child]!;
      c = child;
    }
    this.milli[c] = milli;
    this.partner[c] = j;
    this.floor = this.milli[0]!;
  }

  /** The kept pairs of startup i into the buffer, by partner: the order of a full scan. */
  drainInto(buffer: PairBuffer, i: number): void {
    // Packed as partner × 2^17 + milli (scores are ≤ 100,000 < 2^17): one native numeric sort.
    const packed = this.packed;
    for (let q = 0; q < this.size; q++) packed[q] = this.partner[q]! * MILLI_SPAN + this.milli[q]!;
    const sorted = packed.subarray(0, this.size).sort();
    for (let q = 0; q < sorted.length; q++) {
      const j = Math.floor(sorted[q]! / MILLI_SPAN);
      buffer.push(i, j, sorted[q]! - j * MILLI_SPAN);
    }
  }

  /** Whether pair (milliA, jA) leaves the shortlist before (milliB, jB). */
  private dropsBefore(milliA: number, jA: number, milliB: number, jB: number): boolean {
    return milliA < milliB || (milliA === milliB && jA > jB);
  }
}

/** Partners to leave out per startup (pair keys i × m + j), bucketed by startup. */
function blockedByStartup(
  keys: readonly number[],
  n: number,
  m: number,
): { start: Int32Array; partner: Int32Array } {
  const start = new Int32Array(n + 1);
  for (const key of keys) start[Math.floor(key / m) + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const partner = new Int32Array(keys.length);
  for (const key of keys) {
    const i = Math.floor(key / m);
    partner[fill[i]!++] = key - i * m;
  }
  return { start, partner };
}

/** Indices into the buffer of each startup's best `limit` pairs, by startup, then buffer order. */
function bestPerStartup(buffer: PairBuffer, n: number, limit: number): Int32Array {
  const byStartup: number[][] = Array.from({ length: n }, () => []);
  for (let p = 0; p < buffer.length; p++) byStartup[buffer.startup[p]!]!.push(p);
  const kept: number[] = [];
  for (const list of byStartup) {
    if (list.length > limit) {
      list.sort((a, b) => buffer.milli[b]! - buffer.milli[a]! || a - b);
      list.length = limit;
      list.sort((a, b) => a - b);
    }
    kept.push(...list);
  }
  return Int32Array.from(kept);
}
