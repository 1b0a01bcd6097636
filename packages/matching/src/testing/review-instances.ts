import fc from 'fast-check';
import type { ReviewGraph, ReviewSolveParams } from '../review/solve.js';

export interface ReviewInstance {
  graph: ReviewGraph;
  params: ReviewSolveParams;
}

/**
 * Random review problems by index: each application–reviewer pair present (absent = a conflict)
 * or not, fits from a small set so that ties are common, loads 0–4, r 1–3, up to three pins,
 * the spread on (random seed) or off, and a first round of 1–3 × r arcs per application so
 * that the solver's pricing loop adds arcs. Many are infeasible on purpose.
 */
export function reviewInstances(limits: {
  applications: number;
  reviewers: number;
  maxPairs: number;
}): fc.Arbitrary<ReviewInstance> {
  return fc
    .record({
      n: fc.integer({ min: 0, max: limits.applications }),
      m: fc.integer({ min: 1, max: limits.reviewers }),
    })
    .chain(({ n, m }) =>
      fc.record({
        n: fc.constant(n),
        m: fc.constant(m),
        // Four in five pairs present: conflicts are the exception.
        present: fc.array(
          fc.integer({ min: 0, max: 4 }).map((x) => x > 0),
          { minLength: n * m, maxLength: n * m },
        ),
        fits: fc.array(
          fc.oneof(
            fc.constantFrom(0, 20, 50, 50, 70, 100),
            fc.integer({ min: 0, max: 100_000 }).map((milli) => milli / 1000),
          ),
          { minLength: n * m, maxLength: n * m },
        ),
        load: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: m, maxLength: m }),
        r: fc.integer({ min: 1, max: 3 }),
        pinSeeds: fc.array(fc.nat(), { maxLength: 3 }),
        spreadSeed: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
        initialArcsPerR: fc.constantFrom(1, 2, 3),
      }),
    )
    .map(({ n, m, present, fits, load, r, pinSeeds, spreadSeed, initialArcsPerR }) => {
      const pairStartup: number[] = [];
      const pairPartner: number[] = [];
      const pairScore: number[] = [];
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < m; j++) {
          if (!present[i * m + j] || pairScore.length >= limits.maxPairs) continue;
          pairStartup.push(i);
          pairPartner.push(j);
          pairScore.push(fits[i * m + j]!);
        }
      }
      const pinned =
        pairScore.length === 0 ? [] : [...new Set(pinSeeds.map((s) => s % pairScore.length))];
      return {
        graph: {
          startupCount: n,
          partnerCount: m,
          capacity: Int32Array.from(load),
          pairStartup: Int32Array.from(pairStartup),
          pairPartner: Int32Array.from(pairPartner),
          pairScore: Float64Array.from(pairScore),
        },
        params: { r, pinned, spreadSeed, initialArcsPerR },
      };
    });
}
