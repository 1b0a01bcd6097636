import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { partMaxima } from './points.js';

describe('partMaxima', () => {
  it('sums to exactly 100 points, each part within a milli-point of its share', () => {
    const weights = fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(weights, (values) => {
        const parts = values.map((_, i) => `p${i}`);
        const maxima = partMaxima(parts, Object.fromEntries(parts.map((p, i) => [p, values[i]!])));
        const total = values.reduce((a, b) => a + b, 0);
        const sum = maxima.reduce((a, b) => a + b, 0);
        if (total === 0) {
          expect(sum).toBe(0);
          return;
        }
        expect(sum).toBe(100_000);
        maxima.forEach((max, i) => {
          expect(Math.abs(max - (values[i]! / total) * 100_000)).toBeLessThanOrEqual(1);
        });
      }),
    );
  });
});
