import fc from 'fast-check';
import type { AssignmentParams, CandidateGraph } from '../assign/candidate-graph.js';

export interface Instance {
  graph: CandidateGraph;
  params: AssignmentParams;
}

/**
 * Random candidate graphs: every startup–partner pair present or not, scores drawn from a small
 * set so that ties are common, capacities and k from 0, optional fairness, pins and min score.
 */
export function instances(limits: {
  startups: number;
  partners: number;
  maxPairs: number;
  pins?: boolean;
  fairness?: boolean;
}): fc.Arbitrary<Instance> {
  return fc
    .record({
      n: fc.integer({ min: 0, max: limits.startups }),
      m: fc.integer({ min: 0, max: limits.partners }),
    })
    .chain(({ n, m }) =>
      fc.record({
        n: fc.constant(n),
        m: fc.constant(m),
        present: fc.array(fc.boolean(), { minLength: n * m, maxLength: n * m }),
        scores: fc.array(
          fc.oneof(
            fc.constantFrom(0, 10, 25.5, 50, 50, 75.25, 100),
            fc.integer({ min: 0, max: 100_000 }).map((milli) => milli / 1000),
          ),
          { minLength: n * m, maxLength: n * m },
        ),
        capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: m, maxLength: m }),
        k: fc.integer({ min: 0, max: 3 }),
        minScore: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 80 })),
        fairnessPenalty: limits.fairness
          ? fc.oneof(
              fc.constant(0),
              fc.integer({ min: 1, max: 30_000 }).map((x) => x / 1000),
            )
          : fc.constant(0),
        pinSeeds: limits.pins ? fc.array(fc.nat(), { maxLength: 3 }) : fc.constant<number[]>([]),
      }),
    )
    .map(({ n, m, present, scores, capacity, k, minScore, fairnessPenalty, pinSeeds }) => {
      const pairStartup: number[] = [];
      const pairPartner: number[] = [];
      const pairScore: number[] = [];
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < m; j++) {
          if (!present[i * m + j] || pairScore.length >= limits.maxPairs) continue;
          pairStartup.push(i);
          pairPartner.push(j);
          pairScore.push(scores[i * m + j]!);
        }
      }
      const pinned =
        pairScore.length === 0 ? [] : [...new Set(pinSeeds.map((s) => s % pairScore.length))];
      return {
        graph: {
          startupCount: n,
          partnerCount: m,
          capacity: Int32Array.from(capacity),
          pairStartup: Int32Array.from(pairStartup),
          pairPartner: Int32Array.from(pairPartner),
          pairScore: Float64Array.from(pairScore),
        },
        params: { k, minScore, fairnessPenalty, pinned },
      };
    });
}
