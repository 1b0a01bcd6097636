import { describe, expect, it } from '@jest/globals';
import type { ReviewTask, RubricCriterion } from '@kohorte/contracts';
import { draftOf, draftScore, toSaveRequest } from './review-draft';

const levels = [1, 2, 3, 4, 5].map((n) => ({ de: `${n}`, en: `${n}` }));
const rubric: RubricCriterion[] = [
  { key: 'team', label: { de: 'Team', en: 'Team' }, weight: 3, levels },
  { key: 'market', label: { de: 'Markt', en: 'Market' }, weight: 1, levels },
];
const task = {
  applicationId: 'a',
  scores: { team: { score: 4, comment: 'Strong' } },
  recommendation: null,
  comment: null,
} as unknown as ReviewTask;

describe('a review draft', () => {
  it('starts from what was saved, with every criterion of the rubric', () => {
    const draft = draftOf(task, rubric);
    expect(draft.scores).toEqual({
      team: { score: 4, comment: 'Strong' },
      market: { score: null, comment: '' },
    });
  });

  it('has a weighted score only once every criterion is scored', () => {
    const draft = draftOf(task, rubric);
    expect(draftScore(draft, rubric)).toBeNull();
    draft.scores['market'].score = 2;
    expect(draftScore(draft, rubric)).toBe((4 * 3 + 2) / 4);
  });

  it('sends empty comments as null and says whether it submits', () => {
    const request = toSaveRequest(draftOf(task, rubric), true);
    expect(request).toEqual({
      scores: { team: { score: 4, comment: 'Strong' }, market: { score: null, comment: null } },
      recommendation: null,
      comment: null,
      submit: true,
    });
  });
});
