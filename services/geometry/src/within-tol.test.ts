import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withinTol } from './within-tol.ts';

/** The rule written plainly. */
function exact(dx: number, dy: number, ex: number, ey: number, tol: number): boolean {
  const len = Math.hypot(dx, dy);
  const dist = len === 0 ? Math.hypot(ex, ey) : Math.abs(ex * dy - ey * dx) / len;
  return dist <= tol;
}

describe('withinTol', () => {
  it('decides as the exact formula, near ties, zero chords and extreme scales included', () => {
    const num = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -10, max: 10, noNaN: true }),
      fc.constantFrom(0, -0, 1e-170, 1e170, 3),
    );
    fc.assert(
      fc.property(
        num,
        num,
        num,
        num,
        fc.oneof(fc.double({ min: 0, max: 1e3, noNaN: true }), fc.constant(0)),
        (dx, dy, ex, ey, tol) => {
          expect(withinTol(dx, dy, ex, ey, tol)).toBe(exact(dx, dy, ex, ey, tol));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('decides ties at a zero chord by the exact distance', () => {
    expect(withinTol(0, 0, 3, 4, 5)).toBe(true);
    expect(withinTol(0, 0, 3, 4, 5 * (1 - 1e-16))).toBe(Math.hypot(3, 4) <= 5 * (1 - 1e-16));
    expect(withinTol(0, 0, 0, 0, 0)).toBe(true);
    expect(withinTol(0, 0, 1e-200, 0, 1e-200)).toBe(true);
    expect(withinTol(0, 0, 2e-200, 0, 1e-200)).toBe(false);
  });
});
