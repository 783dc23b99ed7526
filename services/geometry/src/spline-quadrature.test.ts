import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussLegendre } from './quadrature.ts';
import { evalSpline, splineBreaks, type CurvePoint, type Spline2 } from './spline.ts';
import { polySplineLengthArea } from './spline-quadrature.ts';

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

const splineArb = fc
  .record({
    degree: fc.integer({ min: 1, max: 5 }),
    extra: fc.integer({ min: 0, max: 6 }),
    rational: fc.boolean(),
    seed: fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 64, maxLength: 64 }),
  })
  .map(({ degree, extra, rational, seed }): Spline2 => {
    const n = degree + 1 + extra;
    const inner = Array.from({ length: extra }, (_, i) => (i + 1 + Math.abs(seed[i]! % 0.5)) / (extra + 1));
    const knots = [
      ...Array(degree + 1).fill(0),
      ...inner.sort((a, b) => a - b),
      ...Array(degree + 1).fill(1),
    ];
    return {
      degree,
      knots: Float64Array.from(knots),
      xs: Float64Array.from({ length: n }, (_, i) => seed[i]!),
      ys: Float64Array.from({ length: n }, (_, i) => seed[32 + i]!),
      ws: rational ? Float64Array.from({ length: n }, (_, i) => 0.5 + Math.abs(seed[16 + i]! % 1)) : null,
    };
  });

describe('polySplineLengthArea', () => {
  it('agrees with the general evaluator on random (rational) splines of degree 1 to 5', () => {
    fc.assert(
      fc.property(splineArb, (s) => {
        const got = polySplineLengthArea(s);
        const want = reference(s);
        expect(got).not.toBeNull();
        expect(Math.abs(got!.length - want.length)).toBeLessThanOrEqual(1e-9 * Math.max(1, want.length));
        expect(Math.abs(got!.area - want.area)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(want.area), want.length ** 2),
        );
      }),
      { numRuns: 300 },
    );
  });
});
