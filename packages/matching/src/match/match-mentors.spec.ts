import { describe, expect, it } from '@jest/globals';
import { MatchingInputError } from '../errors.js';
import { mentor, startup, VOCABULARY } from '../testing/fixtures.js';
import type { MatchResult, MentorMatchInput, RunParams } from '../types.js';
import { matchMentors } from './mentors.js';

const startups = [
  startup({ id: 'a' }),
  startup({ id: 'b', topics: ['legal', 'fundraising'], city: 'Berlin' }),
  startup({ id: 'c', requiredLanguage: 'en', languages: ['en'] }),
];
const mentors = [
  mentor({ id: 'x', capacity: 1 }),
  mentor({ id: 'y', expertise: ['legal', 'fundraising'], languages: ['de', 'en'], capacity: 2 }),
  mentor({ id: 'z', expertise: ['hiring'], languages: ['en'], city: 'Berlin', capacity: 2 }),
];

function run(params: Partial<RunParams> = {}, input: Partial<MentorMatchInput> = {}): MatchResult {
  return matchMentors({ startups, mentors, vocabulary: VOCABULARY, params, ...input });
}

const pairsOf = (result: MatchResult) => result.pairs.map((p) => `${p.startupId}-${p.partnerId}`);

function inputError(action: () => unknown): MatchingInputError {
  try {
    action();
  } catch (error) {
    if (error instanceof MatchingInputError) return error;
    throw error;
  }
  throw new Error('no MatchingInputError');
}

describe('matchMentors', () => {
  it('finds the best pairs under capacities and k, explained, with loads and stats', () => {
    const result = run();
    expect(pairsOf(result)).toEqual(['a-x', 'a-z', 'b-y', 'c-y', 'c-z']);
    expect(result.pairs[0]!.parts.find((p) => p.part === 'topics')?.reason.en).toBe(
      'shares 3 of 4 topics: Pricing, B2B sales, Hiring / team',
    );
    expect(result.totalScore).toBeCloseTo(
      result.pairs.reduce((sum, p) => sum + p.score, 0),
      9,
    );
    expect(result.load).toEqual([
      { partnerId: 'x', assigned: 1, capacity: 1 },
      { partnerId: 'y', assigned: 2, capacity: 2 },
      { partnerId: 'z', assigned: 2, capacity: 2 },
    ]);
    expect(result.shortfalls).toEqual([
      { startupId: 'b', wanted: 2, assigned: 1, candidates: 3, reason: 'capacity-exhausted' },
    ]);
    expect(result.stats).toMatchObject({ nodes: 8, candidates: 8 });
    expect(result.stats.pivots).toBeGreaterThan(0);
  });

  it('never proposes a pair that breaks the required language', () => {
    const result = run();
    expect(pairsOf(result)).not.toContain('c-x');
    expect(result.alternatives.filter((a) => a.startupId === 'c')).toEqual([]);
  });

  it('lists the next-best unchosen candidates for a swap', () => {
    const result = run({ alternatives: 1 });
    expect(result.alternatives.map((a) => `${a.startupId}-${a.partnerId}`)).toEqual(['a-y', 'b-x']);
    expect(result.alternatives[0]!.parts).toHaveLength(6);
  });

  it('leaves out excluded and rejected pairs', () => {
    const result = run({
      excluded: [{ startupId: 'a', partnerId: 'x' }],
      rejected: [{ startupId: 'c', partnerId: 'y' }],
    });
    expect(pairsOf(result)).not.toContain('a-x');
    expect(pairsOf(result)).not.toContain('c-y');
  });

  it('keeps pinned pairs, even below the minimum score', () => {
    const pinned = [{ startupId: 'b', partnerId: 'z' }];
    const result = run({ pinned, minScore: 60 });
    expect(result.pairs.find((p) => p.startupId === 'b' && p.partnerId === 'z')).toMatchObject({
      pinned: true,
    });
    for (const pair of result.pairs)
      if (!pair.pinned) expect(pair.score).toBeGreaterThanOrEqual(60);
  });

  it('reports pins that break a rule, all at once', () => {
    const error = inputError(() =>
      run({
        excluded: [{ startupId: 'a', partnerId: 'y' }],
        rejected: [{ startupId: 'b', partnerId: 'x' }],
        pinned: [
          { startupId: 'a', partnerId: 'y' },
          { startupId: 'b', partnerId: 'x' },
          { startupId: 'c', partnerId: 'x' },
          { startupId: 'nobody', partnerId: 'x' },
        ],
      }),
    );
    expect(error.issues.map((issue) => issue.code)).toEqual([
      'pin-excluded',
      'pin-rejected',
      'pin-blocked',
      'unknown-id',
    ]);
    expect(error.issues[2]!.message.en).toBe(
      'c – x is pinned, but: does not speak English, which the startup requires',
    );
  });

  it('refuses pins beyond capacity or k', () => {
    const overCapacity = inputError(() =>
      run({
        pinned: [
          { startupId: 'a', partnerId: 'x' },
          { startupId: 'b', partnerId: 'x' },
        ],
      }),
    );
    expect(overCapacity.issues).toMatchObject([{ code: 'pin-over-capacity', partnerId: 'x' }]);
    const overK = inputError(() =>
      run({
        k: 1,
        pinned: [
          { startupId: 'a', partnerId: 'x' },
          { startupId: 'a', partnerId: 'y' },
        ],
      }),
    );
    expect(overK.issues).toMatchObject([{ code: 'pin-over-k', startupId: 'a' }]);
    expect(overK.issues[0]!.message.de).toBe('a hat mehr festgelegte Paare als k = 1');
  });

  it('rejects invalid parameters and ids', () => {
    expect(inputError(() => run({ k: -1 })).issues[0]!.code).toBe('invalid-param');
    expect(inputError(() => run({ minScore: 101 })).issues[0]!.message.en).toContain('minScore');
    expect(
      inputError(() => run({}, { mentors: [...mentors, mentor({ id: 'x' })] })).issues[0]!.code,
    ).toBe('duplicate-id');
    expect(
      inputError(() => run({}, { mentors: [mentor({ capacity: 1.5 })] })).issues[0]!.code,
    ).toBe('invalid-param');
  });

  it('handles empty pools', () => {
    const none = run({}, { startups: [], mentors: [] });
    expect(none).toMatchObject({ pairs: [], shortfalls: [], load: [], totalScore: 0 });
    const noMentors = run({}, { mentors: [] });
    expect(noMentors.shortfalls.map((s) => [s.startupId, s.reason])).toEqual([
      ['a', 'no-candidate'],
      ['b', 'no-candidate'],
      ['c', 'no-candidate'],
    ]);
  });

  it('handles zero capacities and k = 0', () => {
    const full = run({}, { mentors: mentors.map((m) => ({ ...m, capacity: 0 })) });
    expect(full.pairs).toEqual([]);
    expect(full.shortfalls.every((s) => s.reason === 'capacity-exhausted')).toBe(true);
    const zero = run({ k: 0 });
    expect(zero.pairs).toEqual([]);
    expect(zero.shortfalls).toEqual([]);
  });

  it('says no-candidate when everything is excluded or below the minimum score', () => {
    const excluded = startups.flatMap((s) =>
      mentors.map((m) => ({ startupId: s.id, partnerId: m.id })),
    );
    const result = run({ excluded });
    expect(result.pairs).toEqual([]);
    expect(result.shortfalls.map((s) => s.reason)).toEqual(Array(3).fill('no-candidate'));
    expect(run({ minScore: 100 }).pairs).toEqual([]);
  });

  it('reports its phases in order, leaving the result as it is', () => {
    const phases: string[] = [];
    const result = matchMentors(
      { startups, mentors, vocabulary: VOCABULARY },
      { onPhase: (phase) => phases.push(phase) },
    );
    expect(phases).toEqual(['scoring', 'solving']);
    expect(result).toEqual({ ...run(), stats: expect.anything() });
    // The candidate options still apply next to the callback.
    const short = matchMentors(
      { startups, mentors, vocabulary: VOCABULARY },
      { maxPerStartup: 1, onPhase: () => undefined },
    );
    expect(short.stats.candidates).toBe(3);
  });

  it('reports no phase for invalid parameters, and stops where the callback throws', () => {
    const phases: string[] = [];
    inputError(() =>
      matchMentors({ startups, mentors, params: { k: -1 } }, { onPhase: (p) => phases.push(p) }),
    );
    expect(phases).toEqual([]);
    const stop = new Error('cancelled');
    expect(() =>
      matchMentors(
        { startups, mentors },
        {
          onPhase: (phase) => {
            phases.push(phase);
            if (phase === 'solving') throw stop;
          },
        },
      ),
    ).toThrow(stop);
    expect(phases).toEqual(['scoring', 'solving']);
  });

  it('gives the same result for ties, run after run', () => {
    const twins = Array.from({ length: 4 }, (_, i) => startup({ id: `t${i}` }));
    const clones = Array.from({ length: 3 }, (_, j) => mentor({ id: `m${j}`, capacity: 1 }));
    const first = matchMentors({ startups: twins, mentors: clones });
    expect(first.pairs).toHaveLength(3);
    for (let r = 0; r < 3; r++) {
      expect(matchMentors({ startups: twins, mentors: clones })).toEqual({
        ...first,
        stats: expect.anything(),
      });
    }
  });

  it('spreads load with a fairness penalty', () => {
    const pool = Array.from({ length: 3 }, (_, i) => startup({ id: `p${i}` }));
    const star = mentor({ id: 'star', capacity: 3 });
    const good = mentor({ id: 'good', capacity: 3, expertise: ['pricing', 'b2b-sales'] });
    const plain = matchMentors({ startups: pool, mentors: [star, good], params: { k: 1 } });
    expect(plain.load[0]!.assigned).toBe(3);
    const fair = matchMentors({
      startups: pool,
      mentors: [star, good],
      params: { k: 1, fairnessPenalty: 20 },
    });
    expect(fair.load.map((l) => l.assigned)).toEqual([2, 1]);
    expect(fair.totalScore).toBeLessThan(plain.totalScore);
    expect(fair.partnersUsedWithoutSpreading).toBeUndefined();
  });

  it('counts, on request, the partners the same run would use without spreading', () => {
    const pool = Array.from({ length: 3 }, (_, i) => startup({ id: `p${i}` }));
    const mentors = [
      mentor({ id: 'star', capacity: 3 }),
      mentor({ id: 'good', capacity: 3, expertise: ['pricing', 'b2b-sales'] }),
    ];
    const input = { startups: pool, mentors, params: { k: 1, fairnessPenalty: 20 } };
    const fair = matchMentors(input, { partnersWithoutSpreading: true });
    expect(new Set(fair.pairs.map((pair) => pair.partnerId)).size).toBe(2);
    expect(fair.partnersUsedWithoutSpreading).toBe(1);
    const unspread = matchMentors({ ...input, params: { k: 1, fairnessPenalty: 0 } });
    expect(new Set(unspread.pairs.map((pair) => pair.partnerId)).size).toBe(1);
    // Nothing to compare when the run does not spread.
    expect(unspread.partnersUsedWithoutSpreading).toBeUndefined();
    const plain = matchMentors({ ...input, params: { k: 1 } }, { partnersWithoutSpreading: true });
    expect(plain.partnersUsedWithoutSpreading).toBeUndefined();
  });
});
