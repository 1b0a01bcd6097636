import { describe, expect, it } from '@jest/globals';
import { toModel, toRubricInput } from './rubric-model';

describe('the rubric editor’s model', () => {
  it('suggests team, market and product with five levels in both languages for a new call', () => {
    const model = toModel({
      callId: 'c',
      criteria: [],
      reviewersPerApplication: 3,
      reviewDeadline: null,
      updatedAt: null,
    });
    expect(model.criteria.map((c) => c.key)).toEqual(['team', 'market', 'product']);
    for (const criterion of model.criteria) {
      expect(criterion.levels).toHaveLength(5);
      expect(criterion.levels.every((level) => level.de !== '' && level.en !== '')).toBe(true);
    }
    expect(toRubricInput(model).reviewDeadline).toBeNull();
  });

  it('reads and writes the deadline as a German day and time', () => {
    const model = toModel({
      callId: 'c',
      criteria: [],
      reviewersPerApplication: 2,
      // 18:00 in Berlin in winter.
      reviewDeadline: '2027-01-15T17:00:00.000Z',
      updatedAt: null,
    });
    expect([model.deadlineDay, model.deadlineTime]).toEqual(['2027-01-15', '18:00']);
    model.deadlineTime = '12:00';
    expect(toRubricInput(model).reviewDeadline).toBe('2027-01-15T11:00:00.000Z');
  });
});
