import { describe, expect, it } from '@jest/globals';
import { assignReviewers } from './assign.js';
import { ReviewAssignmentError } from './errors.js';
import type { ApplicationProfile, ReviewerProfile } from './types.js';

const application = (id: string, over: Partial<ApplicationProfile> = {}): ApplicationProfile => ({
  id,
  sectors: ['fintech'],
  topics: ['pricing', 'b2b-sales'],
  stage: 'seed',
  ...over,
});

const reviewer = (id: string, over: Partial<ReviewerProfile> = {}): ReviewerProfile => ({
  id,
  sectors: ['fintech'],
  topics: ['pricing', 'b2b-sales'],
  stages: ['seed'],
  maxLoad: 5,
  ...over,
});

const vocabulary = {
  topics: {
    pricing: { de: 'Preisgestaltung', en: 'Pricing' },
    'b2b-sales': { de: 'B2B-Vertrieb', en: 'B2B sales' },
  },
  sectors: {
    fintech: { de: 'Fintech', en: 'Fintech' },
    healthtech: { de: 'Gesundheit', en: 'Health' },
  },
  stages: { seed: { de: 'Seed', en: 'Seed' }, idea: { de: 'Idee', en: 'Idea' } },
};

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ReviewAssignmentError) return error.issues;
    throw error;
  }
  throw new Error('expected a ReviewAssignmentError');
}

describe('assignReviewers', () => {
  it('gives every application exactly r reviewers, best fit first, explained in both languages', () => {
    const result = assignReviewers({
      applications: [application('a1'), application('a2', { sectors: ['healthtech'] })],
      reviewers: [
        reviewer('expert'),
        reviewer('health', { sectors: ['healthtech'], topics: [] }),
        reviewer('generalist', { sectors: [], topics: ['pricing'], stages: [] }),
        reviewer('novice', { sectors: ['healthtech'], topics: [], stages: ['idea'] }),
      ],
      vocabulary,
      params: { r: 2 },
    });
    const byApp = (id: string) => result.pairs.filter((p) => p.applicationId === id);
    expect(byApp('a1').map((p) => p.reviewerId)).toEqual(['expert', 'generalist']);
    expect(byApp('a2').map((p) => p.reviewerId)).toEqual(['expert', 'generalist']);
    const expert = byApp('a1')[0]!;
    expect(expert.score).toBe(100);
    expect(expert.parts.map((part) => part.reason)).toEqual([
      {
        de: 'kennt 2 von 2 Themen: Preisgestaltung, B2B-Vertrieb',
        en: 'knows 2 of 2 topics: Pricing, B2B sales',
      },
      { de: 'kennt die Branche Fintech', en: 'knows the sector Fintech' },
      { de: 'kennt die Phase Seed', en: 'knows Seed startups' },
    ]);
    const generalist = byApp('a1')[1]!;
    // Half the topics (25), open to every sector (15) and stage (10).
    expect(generalist.score).toBe(50);
    expect(generalist.parts[1]!.reason.en).toBe('reviews every sector');
    expect(result.totalScore).toBe(100 + 50 + 70 + 50);
    expect(result.load.find((l) => l.reviewerId === 'expert')?.assigned).toBe(2);
  });

  it('keeps conflicts and must-not pins out and must-pins in', () => {
    const result = assignReviewers({
      applications: [application('a1'), application('a2')],
      reviewers: [
        reviewer('r1'),
        reviewer('r2'),
        reviewer('r3', { topics: ['pricing'] }),
        reviewer('r4', { topics: [] }),
      ],
      params: {
        r: 2,
        conflicts: [{ applicationId: 'a1', reviewerId: 'r1' }],
        forbidden: [{ applicationId: 'a2', reviewerId: 'r2' }],
        pinned: [{ applicationId: 'a2', reviewerId: 'r4' }],
      },
    });
    const pairs = result.pairs.map(
      (p) => `${p.applicationId}-${p.reviewerId}${p.pinned ? '*' : ''}`,
    );
    expect(pairs).toEqual(['a1-r2', 'a1-r3', 'a2-r1', 'a2-r4*']);
  });

  it('respects load limits even when that lowers the fit', () => {
    const result = assignReviewers({
      applications: [application('a1'), application('a2'), application('a3')],
      reviewers: [
        reviewer('best', { maxLoad: 1 }),
        reviewer('ok', { topics: [] }),
        reviewer('weak', { topics: [], sectors: [] }),
      ],
      params: { r: 2 },
    });
    expect(result.load.map((l) => l.assigned)).toEqual([1, 3, 2]);
  });

  it('says when the loads together are too small', () => {
    const issues = issuesOf(() =>
      assignReviewers({
        applications: [application('a1'), application('a2')],
        reviewers: [reviewer('r1', { maxLoad: 2 }), reviewer('r2', { maxLoad: 1 })],
        params: { r: 2 },
      }),
    );
    expect(issues.map((issue) => issue.code)).toEqual(['not-enough-capacity']);
    expect(issues[0]!.message.en).toBe(
      'The reviewers can take 3 more reviews in total, but 4 are needed',
    );
  });

  it('names an application with fewer than r reviewers free of conflicts', () => {
    const issues = issuesOf(() =>
      assignReviewers({
        applications: [application('a1'), application('a2')],
        reviewers: [reviewer('r1'), reviewer('r2'), reviewer('r3')],
        params: {
          r: 2,
          conflicts: [
            { applicationId: 'a2', reviewerId: 'r1' },
            { applicationId: 'a2', reviewerId: 'r3' },
          ],
        },
      }),
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: 'too-few-reviewers', applicationId: 'a2' }),
    ]);
    expect(issues[0]!.message.de).toContain('a2 hat nur 1 mögliche Gutachter:innen');
  });

  it('names the applications a group of shared reviewers cannot cover (Hall)', () => {
    // Each application has a reviewer and the loads suffice in total, but all three may only
    // be reviewed by r1, who takes two.
    const conflicts = ['a1', 'a2', 'a3'].map((applicationId) => ({
      applicationId,
      reviewerId: 'r2',
    }));
    const issues = issuesOf(() =>
      assignReviewers({
        applications: [application('a1'), application('a2'), application('a3')],
        reviewers: [reviewer('r1', { maxLoad: 2 }), reviewer('r2', { maxLoad: 9 })],
        params: { r: 1, conflicts },
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('no-feasible-assignment');
    expect(issues[0]!.message.en).toMatch(
      /^a\d cannot get 1 reviewers: the 1 applications affected share 1 possible reviewers \(r1\)/,
    );
  });

  it('refuses pins that break a rule, all at once', () => {
    const issues = issuesOf(() =>
      assignReviewers({
        applications: [application('a1'), application('a2')],
        reviewers: [reviewer('r1', { maxLoad: 1 }), reviewer('r2'), reviewer('r3')],
        params: {
          r: 1,
          conflicts: [{ applicationId: 'a1', reviewerId: 'r2' }],
          forbidden: [{ applicationId: 'a1', reviewerId: 'r3' }],
          pinned: [
            { applicationId: 'a1', reviewerId: 'r2' },
            { applicationId: 'a1', reviewerId: 'r3' },
            { applicationId: 'a9', reviewerId: 'r1' },
          ],
        },
      }),
    );
    expect(issues.map((issue) => issue.code)).toEqual([
      'pin-conflict',
      'pin-forbidden',
      'unknown-id',
    ]);
    const overload = issuesOf(() =>
      assignReviewers({
        applications: [application('a1'), application('a2')],
        reviewers: [reviewer('r1', { maxLoad: 1 }), reviewer('r2')],
        params: {
          r: 1,
          pinned: [
            { applicationId: 'a1', reviewerId: 'r1' },
            { applicationId: 'a2', reviewerId: 'r1' },
            { applicationId: 'a1', reviewerId: 'r2' },
          ],
        },
      }),
    );
    expect(overload.map((issue) => issue.code)).toEqual(['pin-over-load', 'pin-over-r']);
  });

  it('refuses invalid parameters, weights, loads and repeated ids', () => {
    const issues = issuesOf(() =>
      assignReviewers({
        applications: [application('a1'), application('a1')],
        reviewers: [
          reviewer('r1', { maxLoad: -1 }),
          reviewer('r2', { maxLoad: 1.5 }),
          reviewer('r3', { maxLoad: 1e6 }),
        ],
        weights: { topics: Number.NaN },
        params: { r: 0, spreadSeed: 0.5 },
      }),
    );
    expect(issues.map((issue) => issue.code)).toEqual([
      'invalid-param',
      'invalid-param',
      'invalid-weights',
      'invalid-param',
      'invalid-param',
      'invalid-param',
      'duplicate-id',
    ]);
  });

  it('handles no applications, and gives the same assignment for the same seed', () => {
    expect(assignReviewers({ applications: [], reviewers: [reviewer('r1')] }).pairs).toEqual([]);
    const input = {
      applications: Array.from({ length: 12 }, (_, i) => application(`a${i}`)),
      reviewers: Array.from({ length: 8 }, (_, j) => reviewer(`r${j}`)),
    };
    const once = assignReviewers(input).pairs;
    expect(assignReviewers(input).pairs).toEqual(once);
    const other = assignReviewers({ ...input, params: { spreadSeed: 2 } }).pairs;
    expect(other).not.toEqual(once);
  });
});
