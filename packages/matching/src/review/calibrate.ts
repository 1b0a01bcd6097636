import { calibrationParams } from './calibration-params.js';
import type {
  CalibratedApplication,
  CalibrationParams,
  CalibrationResult,
  ReviewerEffect,
  ReviewScore,
} from './calibration-types.js';

const MAX_ITERATIONS = 1000;
const TOLERANCE = 1e-9;
/** A reviewer's scale stays within these bounds: below it the division would blow up noise. */
const MIN_SCALE = 0.2;
const MAX_SCALE = 5;

/**
 * Calibrated scores: each review is modelled as y = μ + b_r + s_r · q_a + noise, where q_a is the
 * application's quality, b_r the reviewer's offset (strict or lenient) and s_r their scale (uses
 * the whole range or keeps to the middle). Fitted by regularised alternating least squares.
 *
 * Why this model rather than standardising each reviewer's scores (z-scores): assignment is by
 * expertise, so a reviewer's applications are not a random sample — the fintech reviewers may
 * all get the strongest batch. Standardising would call them lenient and mark their
 * applications down; the joint model separates the two because every application is seen by
 * several reviewers and every reviewer sees several applications (the review graph links them).
 * Why regularised: with r = 3 an application rests on 3 reviews and a reviewer on a few dozen,
 * some on one. The priors (offset 0 and scale 1 worth `reviewerPrior` reviews; quality at the
 * mean worth `applicationPrior` reviews) shrink what little data cannot carry, so a reviewer
 * with one review is taken nearly at face value, and the fit is well-posed even where the review
 * graph falls apart into groups. Each step minimises the same penalised squared error over one
 * block exactly (qualities; each reviewer's offset and scale, a 2 × 2 system; the mean), so the
 * error never rises and the iteration settles.
 */
export function calibrateScores(
  reviews: readonly ReviewScore[],
  partialParams: Partial<CalibrationParams> = {},
): CalibrationResult {
  const params = calibrationParams(partialParams, reviews);
  const { scale } = params;
  const threshold = params.disagreement ?? 0.3 * (scale.max - scale.min);

  const applicationIds: string[] = [];
  const reviewerIds: string[] = [];
  const applicationIndex = new Map<string, number>();
  const reviewerIndex = new Map<string, number>();
  const index = (ids: string[], map: Map<string, number>, id: string) => {
    let i = map.get(id);
    if (i === undefined) {
      i = ids.length;
      map.set(id, i);
      ids.push(id);
    }
    return i;
  };
  const k = reviews.length;
  const app = new Int32Array(k);
  const rev = new Int32Array(k);
  const y = Float64Array.from(reviews, (review) => review.score);
  reviews.forEach((review, t) => {
    app[t] = index(applicationIds, applicationIndex, review.applicationId);
    rev[t] = index(reviewerIds, reviewerIndex, review.reviewerId);
  });
  const n = applicationIds.length;
  const m = reviewerIds.length;

  let mean = 0;
  for (const score of y) mean += score / Math.max(1, k);
  let variance = 0;
  for (const score of y) variance += (score - mean) ** 2 / Math.max(1, k);
  // The scale prior's weight in squared points: a reviewer's scale deviation δ moves a typical
  // prediction by about δ × the spread of qualities, which the spread of all scores bounds.
  const scalePrior = params.reviewerPrior * (variance > 0 ? variance : 1);
  const offsetPrior = params.reviewerPrior;
  const qualityPrior = params.applicationPrior;

  const quality = new Float64Array(n);
  const offset = new Float64Array(m);
  const spreadOf = new Float64Array(m).fill(1);
  const count = new Int32Array(n);
  const reviewerCount = new Int32Array(m);
  for (let t = 0; t < k; t++) {
    count[app[t]!]!++;
    reviewerCount[rev[t]!]!++;
  }

  const num = new Float64Array(Math.max(n, m));
  const den = new Float64Array(Math.max(n, m));
  const sums = new Float64Array(m * 5);
  let iterations = 0;
  let converged = k === 0;
  while (!converged && iterations < MAX_ITERATIONS) {
    iterations++;
    let change = 0;
    // Qualities, given the reviewers: a ridge estimate per application.
    num.fill(0, 0, n);
    den.fill(0, 0, n);
    for (let t = 0; t < k; t++) {
      const s = spreadOf[rev[t]!]!;
      num[app[t]!]! += s * (y[t]! - mean - offset[rev[t]!]!);
      den[app[t]!]! += s * s;
    }
    for (let a = 0; a < n; a++) {
      const next = num[a]! / (den[a]! + qualityPrior);
      change = Math.max(change, Math.abs(next - quality[a]!));
      quality[a] = next;
    }
    // Each reviewer's offset and scale, given the qualities: a 2 × 2 ridge system.
    sums.fill(0);
    for (let t = 0; t < k; t++) {
      const r = rev[t]!;
      const q = quality[app[t]!]!;
      const e = y[t]! - mean;
      sums[r * 5]! += 1;
      sums[r * 5 + 1]! += q;
      sums[r * 5 + 2]! += q * q;
      sums[r * 5 + 3]! += e;
      sums[r * 5 + 4]! += e * q;
    }
    for (let r = 0; r < m; r++) {
      const at = r * 5;
      const nr = sums[at]!;
      const sq = sums[at + 1]!;
      const sqq = sums[at + 2]!;
      const se = sums[at + 3]!;
      const seq = sums[at + 4]!;
      const a11 = nr + offsetPrior;
      const a22 = sqq + scalePrior;
      const det = a11 * a22 - sq * sq;
      let s = (a11 * (seq + scalePrior) - sq * se) / det;
      // On the box's edge the optimum lies on the edge (the error is convex in b and s).
      s = Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));
      const b = (se - sq * s) / a11;
      change = Math.max(change, Math.abs(b - offset[r]!), Math.abs(s - spreadOf[r]!));
      offset[r] = b;
      spreadOf[r] = s;
    }
    // The overall mean, given everything else.
    let next = 0;
    for (let t = 0; t < k; t++)
      next += (y[t]! - offset[rev[t]!]! - spreadOf[rev[t]!]! * quality[app[t]!]!) / k;
    change = Math.max(change, Math.abs(next - mean));
    mean = next;
    converged = change < TOLERANCE;
  }

  return assemble({
    reviews,
    app,
    rev,
    applicationIds,
    reviewerIds,
    quality,
    offset,
    spreadOf,
    count,
    reviewerCount,
    mean,
    threshold,
    iterations,
    converged,
  });
}

interface Fitted {
  reviews: readonly ReviewScore[];
  app: Int32Array;
  rev: Int32Array;
  applicationIds: string[];
  reviewerIds: string[];
  quality: Float64Array;
  offset: Float64Array;
  spreadOf: Float64Array;
  count: Int32Array;
  reviewerCount: Int32Array;
  mean: number;
  threshold: number;
  iterations: number;
  converged: boolean;
}

function assemble(fit: Fitted): CalibrationResult {
  const { reviews, app, rev, applicationIds, reviewerIds, mean } = fit;
  const n = applicationIds.length;
  const rawSum = new Float64Array(n);
  const perApplication: CalibratedApplication['calibratedReviews'][] = Array.from(
    { length: n },
    () => [],
  );
  const reviewerSum = new Float64Array(reviewerIds.length);
  reviews.forEach((review, t) => {
    const r = rev[t]!;
    rawSum[app[t]!]! += review.score;
    reviewerSum[r]! += review.score;
    perApplication[app[t]!]!.push({
      reviewerId: review.reviewerId,
      raw: review.score,
      // What this reviewer's score would be from an average reviewer (offset 0, scale 1).
      calibrated: mean + (review.score - mean - fit.offset[r]!) / fit.spreadOf[r]!,
    });
  });
  const applications = applicationIds.map((applicationId, a) => {
    const calibratedReviews = perApplication[a]!;
    const values = calibratedReviews.map((review) => review.calibrated);
    const spread = values.length > 1 ? Math.max(...values) - Math.min(...values) : 0;
    return {
      applicationId,
      rank: 0,
      rawRank: 0,
      rawMean: rawSum[a]! / fit.count[a]!,
      calibrated: mean + fit.quality[a]!,
      reviews: fit.count[a]!,
      calibratedReviews,
      spread,
      disagreement: values.length > 1 && spread >= fit.threshold,
    };
  });
  const byRaw = [...applications].sort(
    (a, b) => b.rawMean - a.rawMean || b.calibrated - a.calibrated || compareIds(a, b),
  );
  byRaw.forEach((application, r) => (application.rawRank = r + 1));
  applications.sort(
    (a, b) => b.calibrated - a.calibrated || b.rawMean - a.rawMean || compareIds(a, b),
  );
  applications.forEach((application, r) => (application.rank = r + 1));
  const reviewers: ReviewerEffect[] = reviewerIds.map((reviewerId, r) => ({
    reviewerId,
    reviews: fit.reviewerCount[r]!,
    offset: fit.offset[r]!,
    scale: fit.spreadOf[r]!,
    rawMean: reviewerSum[r]! / fit.reviewerCount[r]!,
  }));
  return {
    applications,
    reviewers,
    mean,
    components: components(app, rev, n, reviewerIds.length),
    iterations: fit.iterations,
    converged: fit.converged,
  };
}

const compareIds = (a: { applicationId: string }, b: { applicationId: string }) =>
  a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0;

/** Connected components of the review graph (applications and reviewers joined by reviews). */
function components(app: Int32Array, rev: Int32Array, n: number, m: number): number {
  const parent = Int32Array.from({ length: n + m }, (_, x) => x);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  let groups = n + m;
  for (let t = 0; t < app.length; t++) {
    const a = find(app[t]!);
    const b = find(n + rev[t]!);
    if (a !== b) {
      parent[a] = b;
      groups--;
    }
  }
  return groups;
}
