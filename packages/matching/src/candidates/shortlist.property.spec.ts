import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { buildMentorCandidates } from '../match/mentors.js';
import { mentorRuns } from '../testing/profiles.js';

/** The pairs of a candidate graph as comparable rows. */
function rowsOf(graph: ReturnType<typeof buildMentorCandidates>): string[] {
  return [...graph.pairScore.keys()].map(
    (p) => `${graph.pairStartup[p]}-${graph.pairPartner[p]}:${graph.pairScore[p]}`,
  );
}

describe('the shortlist kept while scoring', () => {
  it('keeps exactly the pairs a full scan followed by a per-startup sort keeps', () => {
    fc.assert(
      fc.property(mentorRuns(6, 9), fc.integer({ min: 1, max: 8 }), (run, limit) => {
        const input = { startups: run.startups, mentors: run.mentors, params: run.params };
        let streamed;
        try {
          streamed = buildMentorCandidates(input, { maxPerStartup: limit });
        } catch {
          return; // pins the rules refuse; the other property tests cover those
        }
        // Every pair named explicitly takes the other path: collect all, then sort per startup.
        const n = run.startups.length;
        const m = run.mentors.length;
        const startup = new Int32Array(n * m);
        const partner = new Int32Array(n * m);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < m; j++) {
            startup[i * m + j] = i;
            partner[i * m + j] = j;
          }
        }
        const sorted = buildMentorCandidates(input, {
          maxPerStartup: limit,
          pairs: { startup, partner },
        });
        expect(rowsOf(streamed)).toEqual(rowsOf(sorted));
        expect(streamed.scoredPairs).toBe(n * m);
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});
