import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussLegendre } from './quadrature.ts';
import { evalSpline, splineBreaks, type CurvePoint, type Spline2 } from './spline.ts';
import { polySplineLengthArea } from './spline-quadrature.ts';
import { splineArb } from '../test/spline-arb.ts';

/** Reference: the general de Boor evaluator with the same quadrature rule. */
function reference(s: Spline2): { length: number; area: number } {
  const pt: CurvePoint = { x: 0, y: 0, dx: 0, dy: 0 };
  const br = splineBreaks(s);
  let length = 0;
  let area = 0;
  for (let i = 0; i + 1 < br.length; i++) {
    length += gaussLegendre((t) => Math.hypot(evalSpline(s, t, pt).dx, pt.dy), br[i]!, br[i + 1]!, 4);
    area += gaussLegendre((t) => (evalSpline(s, t, pt), pt.x * pt.dy - pt.y * pt.dx), br[i]!, br[i + 1]!, 4);
  }
  return { length, area: area / 2 };
}

describe('polySplineLengthArea', () => {
  it('agrees with the general evaluator on random (rational) splines of degree 1 to 5', () => {
    fc.assert(
      fc.property(splineArb(1, 5), (s) => {
        const got = polySplineLengthArea(s);
        const want = reference(s);
        expect(got).not.toBeNull();
        // The same rule (the closed-form area is what it gives for a polynomial): rounding only, mostly the
        // reference's, whose raw parameter t loses digits on short spans far from 0. The area's integrand
        // x dy - y dx is bounded by the largest coordinate times the speed, so its rounding scales with
        // that coordinate times the length (length squared alone was exceeded once in ~10 runs).
        let far = 0;
        for (let i = 0; i < s.xs.length; i++) far = Math.max(far, Math.abs(s.xs[i]!), Math.abs(s.ys[i]!));
        expect(Math.abs(got!.length - want.length)).toBeLessThanOrEqual(1e-10 * Math.max(1, want.length));
        expect(Math.abs(got!.area - want.area)).toBeLessThanOrEqual(
          1e-10 * Math.max(1, Math.abs(want.area), want.length ** 2, far * want.length),
        );
      }),
      { numRuns: 500 },
    );
  });
});
