import { describe, expect, it } from 'vitest';
import { replaceNonFinite } from './finite-guard.ts';

describe('replaceNonFinite', () => {
  it('returns a finite value itself, without a copy', () => {
    const value = { a: 1, b: [0, -2.5, { c: 1e308 }], d: { 'layer 1': 3 }, e: 'x', f: null, g: true };
    const found = { count: 0 };
    expect(replaceNonFinite(value, found)).toBe(value);
    expect(found.count).toBe(0);
  });

  it('replaces NaN and infinities at any depth by null and counts them', () => {
    const cases: [unknown, unknown, number][] = [
      [NaN, null, 1],
      [[1, Infinity, [-Infinity]], [1, null, [null]], 2],
      [{ a: { b: NaN }, c: [2, { d: Infinity }] }, { a: { b: null }, c: [2, { d: null }] }, 2],
      [{ ' 1': 1, x: -Infinity }, { ' 1': 1, x: null }, 1],
    ];
    for (const [value, want, count] of cases) {
      const found = { count: 0 };
      expect(replaceNonFinite(value, found)).toEqual(want);
      expect(found.count).toBe(count);
    }
  });
});
