import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitCents, toCents } from './money.ts';

describe('toCents', () => {
  it('rounds half away from zero without binary noise deciding', () => {
    expect(toCents(1.005)).toBe(101);
    expect(toCents(0.125)).toBe(13);
    expect(toCents(0.124999)).toBe(12);
    expect(toCents(-1.005)).toBe(-101);
    expect(toCents(25)).toBe(2500);
  });
});

describe('splitCents', () => {
  it('splits a total over terms by the largest remainder', () => {
    expect(splitCents({ a: 0.333, b: 0.333, c: 0.334 }, 100)).toEqual({ a: 33, b: 33, c: 34 });
    expect(splitCents({ a: 0.005, b: 0.005 }, 1)).toEqual({ a: 1, b: 0 });
  });

  it('always adds up to the rounded total, each part within a cent of its amount', () => {
    const amounts = fc.dictionary(
      fc.constantFrom('machine', 'material', 'setup', 'margin', 'lead'),
      fc.double({ min: -1000, max: 100000, noNaN: true }),
      { minKeys: 1 },
    );
    fc.assert(
      fc.property(amounts, (terms) => {
        const total = toCents(Object.values(terms).reduce((sum, value) => sum + value, 0));
        const split = splitCents(terms, total);
        expect(Object.values(split).reduce((sum, value) => sum + value, 0)).toBe(total);
        for (const [key, value] of Object.entries(terms)) {
          expect(Math.abs(split[key]! - value * 100)).toBeLessThan(1 + 1e-6);
        }
      }),
      { seed: 6, numRuns: 300 },
    );
  });
});
