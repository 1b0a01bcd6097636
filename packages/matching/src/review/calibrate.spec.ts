import { describe, expect, it } from '@jest/globals';
import { kendallTau } from '../testing/kendall.js';
import { SeededRandom } from '../testing/seeded-random.js';
import { assignReviewers } from './assign.js';
import { calibrateScores } from './calibrate.js';
import type { ReviewScore } from './calibration-types.js';
import { CalibrationInputError } from './errors.js';
import type { ApplicationProfile, ReviewerProfile } from './types.js';

const SECTORS = ['fintech', 'healthtech', 'cleantech', 'software'];
const TOPICS = ['pricing', 'sales', 'hiring', 'legal', 'product', 'funding'];

/**
 * A call as the product runs it: 240 applications in four sectors, 40 reviewers with expertise,
 * assigned by assignReviewers (r = 3, so reviewers see non-random batches). Each application has
 * a true quality (standard normal; one sector is stronger on average), each reviewer an offset
 * (normal, sd 0.6 points) and a scale (uniform 0.4–1.6); a review is 3 + offset + scale × 0.8 ×
 * quality + noise (sd 0.3), kept on the 1–5 scale.
 */
function syntheticCall(seed: number) {
  const random = new SeededRandom(seed);
  const applications: ApplicationProfile[] = Array.from({ length: 240 }, (_, i) => ({
    id: `a${i}`,
    sectors: [random.pick(SECTORS)],
    topics: [random.pick(TOPICS), random.pick(TOPICS)],
    stage: null,
  }));
  const reviewers: ReviewerProfile[] = Array.from({ length: 40 }, (_, j) => ({
    id: `r${j}`,
    sectors: [SECTORS[j % SECTORS.length]!],
    topics: [random.pick(TOPICS), random.pick(TOPICS), random.pick(TOPICS)],
    stages: [],
    maxLoad: 20,
  }));
  const truth = new Map(
    applications.map((a) => [a.id, random.normal() + (a.sectors[0] === 'fintech' ? 0.5 : 0)]),
  );
  const offset = new Map(reviewers.map((r) => [r.id, 0.6 * random.normal()]));
  const scale = new Map(reviewers.map((r) => [r.id, random.uniform(0.4, 1.6)]));
  const { pairs } = assignReviewers({
    applications,
    reviewers,
    params: { r: 3, spreadSeed: seed },
  });
  const reviews: ReviewScore[] = pairs.map(({ applicationId, reviewerId }) => {
    const y =
      3 +
      offset.get(reviewerId)! +
      scale.get(reviewerId)! * 0.8 * truth.get(applicationId)! +
      0.3 * random.normal();
    return { applicationId, reviewerId, score: Math.min(5, Math.max(1, y)) };
  });
  return { truth, offset, scale, reviews };
}

/** The usual alternative: each reviewer's scores as z-scores, averaged per application. */
function standardisedMeans(reviews: readonly ReviewScore[]): Map<string, number> {
  const byReviewer = new Map<string, number[]>();
  for (const review of reviews) {
    byReviewer.set(review.reviewerId, [...(byReviewer.get(review.reviewerId) ?? []), review.score]);
  }
  const stats = new Map(
    [...byReviewer].map(([id, scores]) => {
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      const sd = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / scores.length) || 1;
      return [id, { mean, sd }];
    }),
  );
  const sums = new Map<string, number[]>();
  for (const review of reviews) {
    const { mean, sd } = stats.get(review.reviewerId)!;
    sums.set(review.applicationId, [
      ...(sums.get(review.applicationId) ?? []),
      (review.score - mean) / sd,
    ]);
  }
  return new Map([...sums].map(([id, z]) => [id, z.reduce((a, b) => a + b, 0) / z.length]));
}

describe('calibrateScores', () => {
  it('ranks closer to the truth than the raw mean and than z-scores (Kendall tau, five seeds)', () => {
    const lines: string[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const { truth, offset, reviews } = syntheticCall(seed);
      const result = calibrateScores(reviews);
      expect(result.converged).toBe(true);
      const truths = result.applications.map((a) => truth.get(a.applicationId)!);
      const rawTau = kendallTau(
        result.applications.map((a) => a.rawMean),
        truths,
      );
      const calibratedTau = kendallTau(
        result.applications.map((a) => a.calibrated),
        truths,
      );
      const standardised = standardisedMeans(reviews);
      const standardisedTau = kendallTau(
        result.applications.map((a) => standardised.get(a.applicationId)!),
        truths,
      );
      // The fitted offsets follow the true ones.
      const offsetTau = kendallTau(
        result.reviewers.map((r) => r.offset),
        result.reviewers.map((r) => offset.get(r.reviewerId)!),
      );
      lines.push(
        `seed ${seed}: Kendall tau raw mean ${rawTau.toFixed(3)}, calibrated ${calibratedTau.toFixed(3)}` +
          `, per-reviewer z-scores ${standardisedTau.toFixed(3)}` +
          ` (reviewer offsets recovered: tau ${offsetTau.toFixed(3)}; ${result.iterations} iterations)`,
      );
      expect(calibratedTau).toBeGreaterThan(rawTau);
      expect(calibratedTau).toBeGreaterThan(standardisedTau);
      expect(offsetTau).toBeGreaterThan(0.5);
    }
    console.log(lines.join('\n'));
  });

  it('removes a known offset and scale and says what each score rests on', () => {
    // Four applications of quality 1..4 seen by a fair reviewer, a strict one (−1) and one who
    // doubles distances; everything else follows.
    const reviews: ReviewScore[] = [];
    for (let a = 0; a < 4; a++) {
      reviews.push({ applicationId: `a${a}`, reviewerId: 'fair', score: 1.5 + a });
      reviews.push({ applicationId: `a${a}`, reviewerId: 'strict', score: 1 + a * 0.9 });
      if (a > 0)
        reviews.push({
          applicationId: `a${a}`,
          reviewerId: 'wide',
          score: Math.min(5, 1 + 1.3 * a),
        });
    }
    const result = calibrateScores(reviews, { reviewerPrior: 0.01, applicationPrior: 0.01 });
    expect(result.applications.map((a) => a.applicationId)).toEqual(['a3', 'a2', 'a1', 'a0']);
    const strict = result.reviewers.find((r) => r.reviewerId === 'strict')!;
    const fair = result.reviewers.find((r) => r.reviewerId === 'fair')!;
    expect(strict.offset).toBeLessThan(fair.offset);
    expect(result.applications.find((a) => a.applicationId === 'a0')!.reviews).toBe(2);
    expect(result.applications.find((a) => a.applicationId === 'a3')!.reviews).toBe(3);
    expect(result.components).toBe(1);
  });

  it('flags wide disagreement after calibration, not before', () => {
    const base = (reviewerId: string, shift: number): ReviewScore[] =>
      ['a1', 'a2', 'a3', 'a4'].map((applicationId, a) => ({
        applicationId,
        reviewerId,
        score: 2 + a * 0.5 + shift,
      }));
    // r2 is 1.5 points stricter on everything: consistent, so no disagreement …
    const reviews = [...base('r1', 1), ...base('r2', -0.5)];
    // … but on a5 r1 says 5 and r2 says 1, far apart even after calibration.
    reviews.push({ applicationId: 'a5', reviewerId: 'r1', score: 5 });
    reviews.push({ applicationId: 'a5', reviewerId: 'r2', score: 1 });
    const result = calibrateScores(reviews);
    const flagged = result.applications.filter((a) => a.disagreement).map((a) => a.applicationId);
    expect(flagged).toEqual(['a5']);
    const a1 = result.applications.find((a) => a.applicationId === 'a1')!;
    expect(a1.calibratedReviews[0]!.raw - a1.calibratedReviews[1]!.raw).toBe(1.5);
    expect(a1.spread).toBeLessThan(0.5);
  });

  it('takes a lone review nearly at face value and counts separate groups', () => {
    const result = calibrateScores([
      { applicationId: 'a1', reviewerId: 'r1', score: 4 },
      { applicationId: 'a2', reviewerId: 'r2', score: 2 },
    ]);
    expect(result.components).toBe(2);
    expect(result.applications.map((a) => a.applicationId)).toEqual(['a1', 'a2']);
    expect(result.applications[0]!.disagreement).toBe(false);
    expect(result.reviewers.map((r) => r.reviews)).toEqual([1, 1]);
    expect(calibrateScores([]).applications).toEqual([]);
  });

  it('refuses scores off the scale, repeated reviews and bad parameters', () => {
    const run = () =>
      calibrateScores(
        [
          { applicationId: 'a1', reviewerId: 'r1', score: 6 },
          { applicationId: 'a1', reviewerId: 'r1', score: 3 },
          { applicationId: 'a2', reviewerId: 'r1', score: Number.NaN },
        ],
        { reviewerPrior: 0 },
      );
    expect(run).toThrow(CalibrationInputError);
    try {
      run();
    } catch (error) {
      expect((error as CalibrationInputError).issues.map((issue) => issue.code)).toEqual([
        'invalid-param',
        'invalid-score',
        'duplicate-review',
        'invalid-score',
      ]);
    }
  });
});
