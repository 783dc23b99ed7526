import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ctrlScale, referenceFlattening, splineArb } from '../test/spline-arb.ts';
import { flattenSplineSpans, splineEndPoint } from './flatten-spline.ts';
import { PointBuf } from './point-buf.ts';
import { polyPoint, spanOffset, splinePoly } from './spline-poly.ts';
import { evalSpline, splineBreaks, splineXY, type CurvePoint, type Spline2 } from './spline.ts';
import { withinTol } from './within-tol.ts';

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

  it('decides the leaves of a non-rational cubic as the mid-point test does, bit for bit', () => {
    // The plain subdivision on the same polynomials: every mid-point computed and tested.
    const plain = (s: Spline2, tol: number): number[] => {
      const poly = splinePoly(s)!;
      const U = s.knots;
      const spans: number[] = [];
      for (let k = 3; k < s.xs.length; k++) if (U[k + 1]! > U[k]!) spans.push(k);
      const at = (span: number, u: number): [number, number] => {
        polyPoint(poly, spanOffset(poly, span), u);
        return [splineXY[0]!, splineXY[1]!];
      };
      const out: number[] = [];
      const piece = (span: number, a: number, b: number, pa: number[], pb: number[], depth: number): void => {
        if (depth < 16) {
          const m = at(span, (a + b) / 2);
          if (depth < 0 || !withinTol(pb[0]! - pa[0]!, pb[1]! - pa[1]!, m[0] - pa[0]!, m[1] - pa[1]!, tol)) {
            piece(span, a, (a + b) / 2, pa, m, depth + 1);
            piece(span, (a + b) / 2, b, m, pb, depth + 1);
            return;
          }
        }
        out.push(pb[0]!, pb[1]!);
      };
      let start: number[] = at(spans[0]!, 0);
      spans.forEach((span, i) => {
        const next = spans[i + 1];
        const o = next === undefined ? -1 : spanOffset(poly, next);
        const end = next === undefined ? at(span, 1) : [poly.coef[o]!, poly.coef[o + 4]!];
        piece(span, 0, 1, start, end, -2);
        start = end;
      });
      return out;
    };
    const cubic = splineArb(3, 3).map((s) => ({ ...s, ws: null, poly: null }));
    const tolArb = fc.double({ min: 1e-3, max: 10, noNaN: true });
    fc.assert(
      fc.property(cubic, tolArb, (s, tol) => {
        const out = new PointBuf();
        flattenSplineSpans(s, tol, out);
        expect(Array.from(out.a.subarray(0, out.n))).toEqual(plain(s, tol));
      }),
      { numRuns: 200 },
    );
    // Coarse tolerances next to the spline's size (a preview's): spans left as their four quarters.
    fc.assert(
      fc.property(cubic, fc.double({ min: 0.005, max: 2, noNaN: true }), (s, rel) => {
        const tol = rel * ctrlScale(s);
        const out = new PointBuf();
        flattenSplineSpans(s, tol, out);
        expect(Array.from(out.a.subarray(0, out.n))).toEqual(plain(s, tol));
      }),
      { numRuns: 200 },
    );
  });
});
