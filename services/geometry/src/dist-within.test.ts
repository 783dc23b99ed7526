import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distWithin } from './dist-within.ts';
import { hypot } from './hypot.ts';

describe('distWithin', () => {
  it('decides as hypot(dx, dy) <= tol, ties and extremes included', () => {
    const special = [0, -0, 1e-320, 1e-170, 1e-9, 0.003, 0.01, 0.1, 1, 3, 4, 5, 1e150, 1e200, Infinity, NaN];
    for (const dx of special)
      for (const dy of special)
        for (const tol of [0, 1e-200, 1e-130, 0.001, 0.01, 5, 1e130, Infinity])
          expect(distWithin(dx, dy, tol)).toBe(hypot(dx, dy) <= tol);
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.double({ min: 0 }), (dx, dy, tol) => {
        expect(distWithin(dx, dy, tol)).toBe(hypot(dx, dy) <= tol);
        // Near a tie: tol at the distance itself and one step either side.
        const d = hypot(dx, dy);
        for (const t of [d, d * (1 + 1e-16), d * (1 - 1e-16)]) expect(distWithin(dx, dy, t)).toBe(d <= t);
      }),
    );
  });
});
