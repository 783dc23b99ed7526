import { describe, expect, it } from 'vitest';
import { hypot, scaledHypot } from './hypot.ts';

const special = [
  0,
  -0,
  1,
  -1,
  NaN,
  Infinity,
  -Infinity,
  5e-324,
  1e-310,
  1.7976931348623157e308,
  1e154,
  3,
  4,
  0.1,
];

/** Special values plus 4,000 of random sign and magnitude 1e-20 to 1e20. */
function sampleValues(): number[] {
  const values: number[] = [...special];
  let seed = 11;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 4000; i++) values.push((rnd() - 0.5) * 10 ** (rnd() * 40 - 20));
  return values;
}

/** Calls `check` on about 430,000 pairs of the sample values. */
function eachPair(check: (x: number, y: number) => void): void {
  const values = sampleValues();
  for (let i = 0; i < values.length; i++)
    for (let j = i % 7; j < values.length; j += 37) check(values[i] as number, values[j] as number);
}

describe('hypot', () => {
  it('gives Math.hypot(x, y) to within 2 ulp, and exactly its NaN, infinities and zeros', () => {
    const differ: [number, number][] = [];
    eachPair((x, y) => {
      const got = hypot(x, y);
      const want = Math.hypot(x, y);
      if (Number.isFinite(want) && want !== 0) {
        if (Math.abs(got - want) > 2 * Number.EPSILON * want) differ.push([x, y]);
      } else if (!Object.is(got, want)) differ.push([x, y]);
    });
    expect(differ).toEqual([]);
  });

  it('neither overflows nor underflows', () => {
    expect(hypot(1e300, 1e300)).toBeCloseTo(Math.SQRT2 * 1e300, -285);
    expect(hypot(3e-300, 4e-300) / 5e-300).toBeCloseTo(1, 12);
    expect(hypot(5e-324, 0)).toBe(5e-324);
  });

  it('scaledHypot gives Math.hypot(x, y) bit for bit', () => {
    const differ: [number, number][] = [];
    eachPair((x, y) => {
      if (!Object.is(scaledHypot(x, y), Math.hypot(x, y))) differ.push([x, y]);
    });
    expect(differ).toEqual([]);
  });
});
