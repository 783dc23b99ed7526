import { describe, expect, it } from 'vitest';
import { hypot } from './hypot.ts';

describe('hypot', () => {
  it('gives Math.hypot(x, y) bit for bit', () => {
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
    const values: number[] = [...special];
    let seed = 11;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 4000; i++) values.push((rnd() - 0.5) * 10 ** (rnd() * 40 - 20));
    const differ: [number, number][] = [];
    for (let i = 0; i < values.length; i++) {
      for (let j = i % 7; j < values.length; j += 37) {
        const x = values[i] as number;
        const y = values[j] as number;
        if (!Object.is(hypot(x, y), Math.hypot(x, y))) differ.push([x, y]);
      }
    }
    expect(differ).toEqual([]);
  });
});
