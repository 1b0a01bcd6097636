import type { RuleError } from './application-rules.js';
import { checkMoment } from './application-rules.js';
import type { ReasonParam } from './errors.js';
import { checkField } from './field-check.js';
import type { FieldReasonCode } from './field-reasons.js';
import { type FieldRule, MAX_EMAIL_LENGTH, MAX_KEY_LENGTH, MAX_TERMS } from './field-rules.js';
import {
  CONFLICT_NOTE_MAX_LENGTH,
  MAX_CRITERIA,
  MAX_REVIEWERS_PER_APPLICATION,
  RANKING_REASON_MAX_LENGTH,
  RECOMMENDATIONS,
  REVIEW_COMMENT_MAX_LENGTH,
  RUBRIC_SCALE,
  type RubricCriterion,
  type RubricInput,
  type SaveReviewRequest,
} from './reviews.js';

/**
 * The fields of reviewers, rubrics and reviews, and the rules across them: the API, the reviewer's
 * page and the manager's forms all check by these, so a value is refused with the same reason.
 */

const terms = (vocabulary: 'sectors' | 'topics' | 'stages'): FieldRule => ({
  type: 'vocabulary',
  required: false,
  list: true,
  vocabulary,
  maxLength: MAX_KEY_LENGTH,
  maxItems: MAX_TERMS,
});

export const REVIEWER_FIELDS = {
  name: { type: 'text', required: true, list: false, maxLength: 200 },
  email: { type: 'email', required: true, list: false, maxLength: MAX_EMAIL_LENGTH },
  sectors: terms('sectors'),
  topics: terms('topics'),
  stages: terms('stages'),
  maxLoad: { type: 'integer', required: true, list: false, min: 0, max: 500 },
} as const satisfies Record<string, FieldRule>;

export const RUBRIC_FIELDS = {
  key: { type: 'vocabulary', required: true, list: false, maxLength: MAX_KEY_LENGTH },
  label: { type: 'text', required: true, list: false, maxLength: 200 },
  level: { type: 'text', required: true, list: false, maxLength: 500 },
  weight: { type: 'integer', required: true, list: false, min: 1, max: 100 },
  reviewersPerApplication: {
    type: 'integer',
    required: true,
    list: false,
    min: 1,
    max: MAX_REVIEWERS_PER_APPLICATION,
  },
} as const satisfies Record<string, FieldRule>;

export const REVIEW_FIELDS = {
  score: {
    type: 'integer',
    required: false,
    list: false,
    min: RUBRIC_SCALE.min,
    max: RUBRIC_SCALE.max,
  },
  comment: {
    type: 'text',
    required: false,
    list: false,
    maxLength: REVIEW_COMMENT_MAX_LENGTH,
    multiLine: true,
  },
  conflictNote: { type: 'text', required: false, list: false, maxLength: CONFLICT_NOTE_MAX_LENGTH },
  rankingReason: {
    type: 'text',
    required: true,
    list: false,
    maxLength: RANKING_REASON_MAX_LENGTH,
    multiLine: true,
  },
} as const satisfies Record<string, FieldRule>;

const error = (
  field: string,
  code: FieldReasonCode,
  params: Record<string, ReasonParam> = {},
): RuleError => ({ field, code, params });

function checked(field: string, rule: FieldRule, value: unknown, errors: RuleError[]): void {
  const verdict = checkField(rule, value);
  if (!verdict.ok) {
    const path = verdict.index === undefined ? field : `${field}.${verdict.index}`;
    errors.push(error(path, verdict.reason.code, verdict.reason.params));
  }
}

const LEVELS = RUBRIC_SCALE.max - RUBRIC_SCALE.min + 1;

/** A rubric: 1–MAX_CRITERIA criteria with unique keys, labels and five level texts in both languages. */
export function rubricErrors(rubric: Partial<RubricInput>): RuleError[] {
  const errors: RuleError[] = [];
  const criteria: readonly RubricCriterion[] = rubric.criteria ?? [];
  if (criteria.length === 0) errors.push(error('criteria', 'required'));
  if (criteria.length > MAX_CRITERIA) {
    errors.push(error('criteria', 'tooMany', { count: criteria.length, max: MAX_CRITERIA }));
  }
  const keys = new Set<string>();
  criteria.slice(0, MAX_CRITERIA).forEach((criterion, index) => {
    const at = `criteria.${index}`;
    checked(`${at}.key`, RUBRIC_FIELDS.key, criterion.key, errors);
    if (keys.has(criterion.key))
      errors.push(error(`${at}.key`, 'repeated', { value: criterion.key }));
    keys.add(criterion.key);
    checked(`${at}.weight`, RUBRIC_FIELDS.weight, criterion.weight, errors);
    for (const locale of ['de', 'en'] as const) {
      checked(`${at}.label.${locale}`, RUBRIC_FIELDS.label, criterion.label?.[locale], errors);
    }
    const levels = criterion.levels ?? [];
    if (levels.length !== LEVELS) {
      errors.push(error(`${at}.levels`, 'levelsCount', { count: LEVELS }));
    }
    levels.slice(0, LEVELS).forEach((level, l) => {
      for (const locale of ['de', 'en'] as const) {
        checked(`${at}.levels.${l}.${locale}`, RUBRIC_FIELDS.level, level?.[locale], errors);
      }
    });
  });
  checked(
    'reviewersPerApplication',
    RUBRIC_FIELDS.reviewersPerApplication,
    rubric.reviewersPerApplication,
    errors,
  );
  if (rubric.reviewDeadline !== null && rubric.reviewDeadline !== undefined) {
    const verdict = checkMoment(rubric.reviewDeadline);
    if (!verdict.ok)
      errors.push(error('reviewDeadline', verdict.reason.code, verdict.reason.params));
  }
  return errors;
}

/**
 * A review against its rubric: scores only for the rubric's criteria, whole numbers on the scale,
 * comments within their limit; to submit, every criterion scored and a recommendation given.
 */
export function reviewErrors(
  criteria: readonly RubricCriterion[],
  review: Pick<SaveReviewRequest, 'scores' | 'recommendation' | 'comment' | 'submit'>,
): RuleError[] {
  const errors: RuleError[] = [];
  const known = new Set(criteria.map((criterion) => criterion.key));
  for (const [key, given] of Object.entries(review.scores ?? {})) {
    const at = `scores.${key}`;
    if (!known.has(key)) {
      errors.push(error(at, 'notFormField'));
      continue;
    }
    checked(`${at}.score`, REVIEW_FIELDS.score, given?.score, errors);
    checked(`${at}.comment`, REVIEW_FIELDS.comment, given?.comment, errors);
  }
  checked('comment', REVIEW_FIELDS.comment, review.comment, errors);
  if (
    review.recommendation !== null &&
    review.recommendation !== undefined &&
    !(RECOMMENDATIONS as readonly string[]).includes(review.recommendation)
  ) {
    errors.push(
      error('recommendation', 'notChoice', {
        value: String(review.recommendation),
        choices: RECOMMENDATIONS.join(', '),
      }),
    );
  }
  if (review.submit) {
    for (const criterion of criteria) {
      const score = review.scores?.[criterion.key]?.score;
      if (score === null || score === undefined) {
        errors.push(error(`scores.${criterion.key}.score`, 'required'));
      }
    }
    if (!review.recommendation) errors.push(error('recommendation', 'required'));
  }
  return errors;
}

/** The overall score of a review: the weighted mean of its criteria's scores (null if any is missing). */
export function weightedScore(
  criteria: readonly RubricCriterion[],
  scores: Readonly<Record<string, { score: number | null } | undefined>>,
): number | null {
  let sum = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const score = scores[criterion.key]?.score;
    if (score === null || score === undefined) return null;
    sum += score * criterion.weight;
    weights += criterion.weight;
  }
  return weights === 0 ? null : sum / weights;
}
