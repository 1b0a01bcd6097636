import {
  type CriterionScore,
  type Recommendation,
  type ReviewTask,
  type RubricCriterion,
  type SaveReviewRequest,
} from '@kohorte/contracts';

/** What the reviewer has entered for one application, before it is sent. */
export interface ReviewDraft {
  scores: Record<string, { score: number | null; comment: string }>;
  recommendation: Recommendation | null;
  comment: string;
}

export function draftOf(task: ReviewTask, rubric: readonly RubricCriterion[]): ReviewDraft {
  const scores: ReviewDraft['scores'] = {};
  for (const criterion of rubric) {
    const given: CriterionScore | undefined = task.scores[criterion.key];
    scores[criterion.key] = { score: given?.score ?? null, comment: given?.comment ?? '' };
  }
  return { scores, recommendation: task.recommendation, comment: task.comment ?? '' };
}

/** The request that saves (or submits) a draft; empty comments are sent as null. */
export function toSaveRequest(draft: ReviewDraft, submit: boolean): SaveReviewRequest {
  const text = (value: string) => (value.trim() === '' ? null : value);
  return {
    scores: Object.fromEntries(
      Object.entries(draft.scores).map(([key, given]) => [
        key,
        { score: given.score, comment: text(given.comment) },
      ]),
    ),
    recommendation: draft.recommendation,
    comment: text(draft.comment),
    submit,
  };
}

/** The weighted score the draft would have, on the 1–5 scale (null until every criterion is scored). */
export function draftScore(draft: ReviewDraft, rubric: readonly RubricCriterion[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const criterion of rubric) {
    const score = draft.scores[criterion.key]?.score;
    if (score === null || score === undefined) return null;
    sum += score * criterion.weight;
    weights += criterion.weight;
  }
  return weights === 0 ? null : sum / weights;
}
