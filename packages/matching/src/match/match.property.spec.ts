import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MatchingInputError } from '../errors.js';
import { mentorScorer, scoreMentor } from '../score/mentor-score.js';
import { mentorRuns, type MentorRun } from '../testing/profiles.js';
import type { MatchResult } from '../types.js';
import { matchMentors } from './mentors.js';

const key = (startupId: string, partnerId: string) => `${startupId}|${partnerId}`;

/** The best objective (milli-points, fairness included) over every allowed subset of pairs. */
function bruteForce(run: MentorRun): number {
  const forbidden = new Set(
    [...run.params.excluded, ...run.params.rejected].map((p) => key(p.startupId, p.partnerId)),
  );
  const pinned = new Set(run.params.pinned.map((p) => key(p.startupId, p.partnerId)));
  const pairs = run.startups.flatMap((s) =>
    run.mentors.flatMap((m) => {
      const fit = scoreMentor(s, m);
      const id = key(s.id, m.id);
      const allowed =
        fit.feasible &&
        !forbidden.has(id) &&
        (pinned.has(id) || (fit.score > 0 && fit.score >= run.params.minScore));
      return allowed
        ? [{ s: s.id, m: m.id, milli: Math.round(fit.score * 1000), pinned: pinned.has(id) }]
        : [];
    }),
  );
  const capacity = new Map(run.mentors.map((m) => [m.id, m.capacity]));
  const penalty = Math.round(run.params.fairnessPenalty * 1000);
  let best = Number.NEGATIVE_INFINITY;
  const startupLoad = new Map<string, number>();
  const mentorLoad = new Map<string, number>();
  const visit = (p: number, milli: number): void => {
    if (p === pairs.length) {
      let value = milli;
      for (const load of mentorLoad.values()) value -= (penalty * load * (load - 1)) / 2;
      best = Math.max(best, value);
      return;
    }
    const pair = pairs[p]!;
    const sLoad = startupLoad.get(pair.s) ?? 0;
    const mLoad = mentorLoad.get(pair.m) ?? 0;
    if (sLoad < run.params.k && mLoad < (capacity.get(pair.m) ?? 0)) {
      startupLoad.set(pair.s, sLoad + 1);
      mentorLoad.set(pair.m, mLoad + 1);
      visit(p + 1, milli + pair.milli);
      startupLoad.set(pair.s, sLoad);
      mentorLoad.set(pair.m, mLoad);
    }
    if (!pair.pinned) visit(p + 1, milli);
  };
  visit(0, 0);
  return best;
}

function objective(run: MentorRun, result: MatchResult): number {
  const penalty = Math.round(run.params.fairnessPenalty * 1000);
  let milli = result.pairs.reduce((sum, p) => sum + Math.round(p.score * 1000), 0);
  for (const { assigned } of result.load) milli -= (penalty * assigned * (assigned - 1)) / 2;
  return milli;
}

function assertRules(run: MentorRun, result: MatchResult): void {
  const seen = new Set<string>();
  const forbidden = new Set(
    [...run.params.excluded, ...run.params.rejected].map((p) => key(p.startupId, p.partnerId)),
  );
  const perStartup = new Map<string, number>();
  const perMentor = new Map<string, number>();
  for (const pair of result.pairs) {
    const id = key(pair.startupId, pair.partnerId);
    expect(seen.has(id)).toBe(false);
    seen.add(id);
    expect(forbidden.has(id)).toBe(false);
    const s = run.startups.find((x) => x.id === pair.startupId)!;
    const m = run.mentors.find((x) => x.id === pair.partnerId)!;
    if (s.requiredLanguage !== null) expect(m.languages).toContain(s.requiredLanguage);
    if (!pair.pinned) expect(pair.score).toBeGreaterThanOrEqual(run.params.minScore);
    expect(pair.score).toBe(scoreMentor(s, m).score);
    perStartup.set(pair.startupId, (perStartup.get(pair.startupId) ?? 0) + 1);
    perMentor.set(pair.partnerId, (perMentor.get(pair.partnerId) ?? 0) + 1);
  }
  for (const pin of run.params.pinned)
    expect(seen.has(key(pin.startupId, pin.partnerId))).toBe(true);
  for (const count of perStartup.values()) expect(count).toBeLessThanOrEqual(run.params.k);
  for (const m of run.mentors) expect(perMentor.get(m.id) ?? 0).toBeLessThanOrEqual(m.capacity);
  for (const shortfall of result.shortfalls) expect(shortfall.assigned).toBeLessThan(run.params.k);
}

describe('matchMentors on random small pools', () => {
  it('keeps every rule and reaches the brute-force optimum', () => {
    fc.assert(
      fc.property(mentorRuns(4, 3), (run) => {
        let result: MatchResult;
        try {
          result = matchMentors(run);
        } catch (error) {
          // Pins on excluded, rejected or forbidden pairs, or beyond capacity or k.
          expect(error).toBeInstanceOf(MatchingInputError);
          expect(
            (error as MatchingInputError).issues.every(
              (i) => i.code.startsWith('pin-') || i.code === 'unknown-id',
            ),
          ).toBe(true);
          return;
        }
        assertRules(run, result);
        expect(objective(run, result)).toBe(bruteForce(run));
      }),
      { numRuns: 300 },
    );
  });

  it('scores a pair the same in a pool as on its own', () => {
    fc.assert(
      fc.property(mentorRuns(5, 5), ({ startups, mentors }) => {
        const pool = mentorScorer(startups, mentors);
        startups.forEach((s, i) =>
          mentors.forEach((m, j) => {
            const alone = scoreMentor(s, m);
            expect(pool.explain(i, j)).toEqual(alone);
            expect(pool.milli(i, j)).toBe(alone.feasible ? Math.round(alone.score * 1000) : -1);
          }),
        );
      }),
    );
  });
});
