import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { arcOrder } from './arc-order.js';
import { Buffers } from './buffers.js';

/** The order arcOrder promises, by comparison: partner, then best score, then pair index. */
function referenceOrder(pairs: number[], partner: Int32Array, milli: Int32Array): number[] {
  return [...pairs].sort(
    (a, b) => (partner[a] ?? 0) - (partner[b] ?? 0) || (milli[b] ?? 0) - (milli[a] ?? 0) || a - b,
  );
}

const graphs = fc
  .record({
    partners: fc.integer({ min: 1, max: 6 }),
    // Up to 100,000 (a score of 100) against a few pairs: the two-digit passes; up to 50 and
    // tens of pairs: one counting pass.
    maxMilli: fc.constantFrom(0, 50, 2047, 2048, 100_000, 0x7fffffff),
    size: fc.integer({ min: 0, max: 60 }),
  })
  .chain(({ partners, maxMilli, size }) =>
    fc.record({
      partners: fc.constant(partners),
      partner: fc.array(fc.integer({ min: 0, max: partners - 1 }), {
        minLength: size,
        maxLength: size,
      }),
      milli: fc.array(fc.integer({ min: 0, max: maxMilli }), { minLength: size, maxLength: size }),
      subset: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
    }),
  );

describe('arcOrder', () => {
  it('orders by partner, best score first, stable by pair, with fresh and with kept buffers', () => {
    const kept = Buffers.kept();
    fc.assert(
      fc.property(graphs, ({ partners, partner, milli, subset }) => {
        const partnerOf = Int32Array.from(partner);
        const milliOf = Int32Array.from(milli);
        const pairs = subset.flatMap((keep, p) => (keep ? [p] : []));
        const expected = referenceOrder(pairs, partnerOf, milliOf);
        const input = Int32Array.from(pairs);
        expect([...arcOrder(input, partnerOf, milliOf, partners)]).toEqual(expected);
        expect([...arcOrder(input, partnerOf, milliOf, partners, kept)]).toEqual(expected);
        expect([...arcOrder(input, partnerOf, Float64Array.from(milli), partners)]).toEqual(
          expected,
        );
      }),
      { numRuns: 400, seed: 1313 },
    );
  });
});
