import { describe, expect, it } from 'vitest';
import { copyF64, f64 } from './arena.ts';

describe('arena', () => {
  it('gives zeroed views that do not overlap, across chunk ends and for long arrays', () => {
    const views: Float64Array[] = [];
    // 40,000 doubles of short views cross a chunk's end (32,768); 5,000 is past the long-array size.
    for (let i = 0; i < 3000; i++) views.push(f64(13));
    views.push(f64(5000));
    for (let i = 0; i < 100; i++) views.push(f64(13));
    views.forEach((v, i) => {
      expect(v.every((x) => x === 0)).toBe(true);
      v.fill(i);
    });
    views.forEach((v, i) => expect(v.every((x) => x === i)).toBe(true));
  });

  it('copies the first n numbers, short ones by a loop and long ones by set', () => {
    for (const n of [1, 5, 127, 128, 129, 1000, 5000]) {
      const src = Float64Array.from({ length: n + 3 }, (_, i) => i * 1.5 - 7 + (i === 2 ? NaN : 0));
      const out = copyF64(src, n);
      expect(out.length).toBe(n);
      expect(Array.from(out)).toEqual(Array.from(src.subarray(0, n)));
      src.fill(42);
      expect(out[0]).toBe(-7); // a copy, not a view of the source
    }
  });

  it('copies nothing into the shared empty array', () => {
    const a = copyF64(new Float64Array(4), 0);
    expect(a.length).toBe(0);
    expect(copyF64(new Float64Array(1), 0)).toBe(a);
  });
});
