import { describe, expect, it } from '@jest/globals';
import { buildMentorCandidates } from '../match/mentors.js';
import { mentor, startup } from '../testing/fixtures.js';

const startups = [startup({ id: 'a' }), startup({ id: 'b' })];
const mentors = [
  mentor({ id: 'x', expertise: ['pricing'] }),
  mentor({ id: 'y' }),
  mentor({ id: 'z', expertise: [] }),
];
const pairsOf = (graph: ReturnType<typeof buildMentorCandidates>) =>
  [...graph.pairScore.keys()].map(
    (p) =>
      `${graph.startupIds?.[graph.pairStartup[p]!]}-${graph.partnerIds?.[graph.pairPartner[p]!]}`,
  );

describe('buildMentorCandidates', () => {
  it('scores every pair by default, in startup then partner order', () => {
    const graph = buildMentorCandidates({ startups, mentors });
    expect(pairsOf(graph)).toEqual(['a-x', 'a-y', 'a-z', 'b-x', 'b-y', 'b-z']);
    expect(graph.scoredPairs).toBe(6);
    expect(graph.pinnedPairs).toEqual([]);
  });

  it('keeps the best candidates per startup', () => {
    const graph = buildMentorCandidates({ startups, mentors }, { maxPerStartup: 1 });
    expect(pairsOf(graph)).toEqual(['a-y', 'b-y']);
  });

  it('scores only a shortlist, but always keeps pinned pairs', () => {
    const graph = buildMentorCandidates(
      { startups, mentors, params: { pinned: [{ startupId: 'b', partnerId: 'z' }] } },
      { pairs: { startup: Int32Array.of(0, 1), partner: Int32Array.of(2, 0) } },
    );
    expect(graph.scoredPairs).toBe(2);
    expect(pairsOf(graph)).toEqual(['a-z', 'b-x', 'b-z']);
    expect(graph.pinnedPairs).toEqual([2]);
  });

  it('drops excluded pairs and pairs below the minimum score', () => {
    const graph = buildMentorCandidates({
      startups,
      mentors,
      params: { minScore: 70, excluded: [{ startupId: 'a', partnerId: 'y' }] },
    });
    expect(pairsOf(graph)).toEqual(['b-y']);
  });
});
