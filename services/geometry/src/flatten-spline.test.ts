import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ctrlScale, referenceFlattening, splineArb } from '../test/spline-arb.ts';
import { flattenSplineSpans, splineEndPoint } from './flatten-spline.ts';
import { PointBuf } from './point-buf.ts';
import { evalSpline, splineBreaks, splineXY, type CurvePoint, type Spline2 } from './spline.ts';

/** Start point and flattening as the polyline cache builds them. */
function flatten(s: Spline2, tol: number): Float64Array {
  const out = new PointBuf();
  splineEndPoint(s, false);
  out.push(splineXY[0]!, splineXY[1]!);
  flattenSplineSpans(s, tol, out);
  return out.a.slice(0, out.n);
}

const tolArb = fc.integer({ min: 1, max: 4 }).map((k) => 10 ** -k);

describe('spline flattening on per-span polynomials', () => {
  it('gives the points of the plain rule on the basis recurrence (degrees 1 to 7, jumps, rational)', () => {
    fc.assert(
      fc.property(splineArb(1, 7), tolArb, (s, rel) => {
        const scale = ctrlScale(s);
        const got = flatten(s, rel * scale);
        const want = referenceFlattening(s, rel * scale);
        expect(got.length).toBe(want.length);
        for (let i = 0; i < got.length; i++)
          expect(Math.abs(got[i]! - want[i]!)).toBeLessThanOrEqual(1e-9 * scale);
      }),
      { numRuns: 300 },
    );
  });

  it('cuts every knot span into at least 4 pieces', () => {
    fc.assert(
      fc.property(splineArb(1, 7), (s) => {
        const pts = flatten(s, 1e300);
        expect(pts.length / 2 - 1).toBe(4 * (splineBreaks(s).length - 1));
      }),
      { numRuns: 100 },
    );
  });

  it('starts and ends where the basis recurrence puts the domain ends', () => {
    const pt: CurvePoint = { x: 0, y: 0, dx: 0, dy: 0 };
    fc.assert(
      fc.property(splineArb(1, 7), (s) => {
        const tol = 1e-12 * ctrlScale(s);
        for (const atEnd of [false, true]) {
          evalSpline(s, s.knots[atEnd ? s.xs.length : s.degree]!, pt);
          splineEndPoint(s, atEnd);
          expect(Math.abs(splineXY[0]! - pt.x)).toBeLessThanOrEqual(tol);
          expect(Math.abs(splineXY[1]! - pt.y)).toBeLessThanOrEqual(tol);
        }
      }),
      { numRuns: 200 },
    );
  });
});
