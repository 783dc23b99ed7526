import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestFive } from './compute-facts.ts';

describe('largestFive', () => {
  it('gives what a descending sort gives for its first five', () => {
    const area = fc.oneof(
      fc.constantFrom(0, 1, 2, 2.5, Infinity),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(area, { maxLength: 40 }), (xs) => {
        const want = [...xs].sort((a, b) => b - a).slice(0, 5);
        expect(largestFive(Float64Array.from(xs))).toEqual(want);
      }),
      { numRuns: 500 },
    );
  });
});
