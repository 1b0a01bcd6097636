import { CalibrationInputError, type CalibrationIssue } from './errors.js';
import type { CalibrationParams, ReviewScore } from './calibration-types.js';

export const DEFAULT_CALIBRATION_PARAMS: CalibrationParams = Object.freeze({
  scale: Object.freeze({ min: 1, max: 5 }),
  reviewerPrior: 3,
  applicationPrior: 1,
  disagreement: null,
});

/**
 * The parameters with defaults filled in, after checking them and every review: a score off the
 * scale or a reviewer's second review of the same application is an error. All issues at once.
 */
export function calibrationParams(
  partial: Partial<CalibrationParams>,
  reviews: readonly ReviewScore[],
): CalibrationParams {
  const params: CalibrationParams = { ...DEFAULT_CALIBRATION_PARAMS, ...partial };
  const issues: CalibrationIssue[] = [];
  const { min, max } = params.scale;
  const param = (ok: boolean, de: string, en: string) => {
    if (!ok) issues.push({ code: 'invalid-param', message: { de, en } });
  };
  param(
    Number.isFinite(min) && Number.isFinite(max) && min < max,
    'die Skala braucht endliche Grenzen mit min < max',
    'the scale needs finite bounds with min < max',
  );
  param(
    Number.isFinite(params.reviewerPrior) && params.reviewerPrior > 0,
    'reviewerPrior muss eine Zahl > 0 sein',
    'reviewerPrior must be a number > 0',
  );
  param(
    Number.isFinite(params.applicationPrior) && params.applicationPrior > 0,
    'applicationPrior muss eine Zahl > 0 sein',
    'applicationPrior must be a number > 0',
  );
  param(
    params.disagreement === null ||
      (Number.isFinite(params.disagreement) && params.disagreement > 0),
    'disagreement muss eine Zahl > 0 oder null sein',
    'disagreement must be a number > 0 or null',
  );
  const seen = new Set<string>();
  for (const review of reviews) {
    const ids = { applicationId: review.applicationId, reviewerId: review.reviewerId };
    const key = JSON.stringify([review.applicationId, review.reviewerId]);
    if (!(Number.isFinite(review.score) && review.score >= min && review.score <= max)) {
      issues.push({
        code: 'invalid-score',
        ...ids,
        message: {
          de: `Bewertung von ${review.reviewerId} für ${review.applicationId} liegt nicht zwischen ${min} und ${max}`,
          en: `the score of ${review.reviewerId} for ${review.applicationId} is not between ${min} and ${max}`,
        },
      });
    }
    if (seen.has(key)) {
      issues.push({
        code: 'duplicate-review',
        ...ids,
        message: {
          de: `${review.reviewerId} hat ${review.applicationId} doppelt bewertet`,
          en: `${review.reviewerId} reviewed ${review.applicationId} twice`,
        },
      });
    }
    seen.add(key);
  }
  if (issues.length > 0) throw new CalibrationInputError(issues);
  return params;
}
