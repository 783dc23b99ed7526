import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ctrlScale, splineArb } from '../test/spline-arb.ts';
import { polyPoint, spanBasis, spanOffset, splinePoly } from './spline-poly.ts';
import { evalSpline, splineXY, type CurvePoint } from './spline.ts';

describe('per-span polynomials', () => {
  it('sum to one: the basis polynomials of a span are a partition of unity', () => {
    const U = Float64Array.from([0, 0, 0, 0, 0, 0, 0.5, 0.7, 2, 2, 3, 5, 5, 5, 5, 5, 5]);
    const B = new Float64Array(36);
    let spans = 0;
    for (let p = 1; p <= 5; p++) {
      for (let span = p; span < U.length - p - 1; span++) {
        if (!(U[span + 1]! > U[span]!)) continue;
        spans++;
        spanBasis(U, p, span, B);
        for (let c = 0; c <= p; c++) {
          let sum = 0;
          for (let r = 0; r <= p; r++) sum += B[r * (p + 1) + c]!;
          expect(sum).toBeCloseTo(c === 0 ? 1 : 0, 13);
        }
      }
    }
    expect(spans).toBe(25);
  });

  it('equal the basis recurrence within 1e-12 on random (rational) splines of degree 1 to 5', () => {
    const pt: CurvePoint = { x: 0, y: 0, dx: 0, dy: 0 };
    fc.assert(
      fc.property(splineArb(1, 5), fc.double({ min: 0, max: 1, noNaN: true }), (s, v) => {
        const poly = splinePoly(s)!;
        expect(poly).not.toBeNull();
        expect(splinePoly(s)).toBe(poly);
        const p = s.degree;
        const U = s.knots;
        const tol = 1e-12 * ctrlScale(s);
        for (let span = p; span < s.xs.length; span++) {
          const a = U[span]!;
          const h = U[span + 1]! - a;
          if (!(h > 0)) continue;
          // Not u = 1: at a knot the recurrence takes the next span's value (it differs where the curve jumps).
          for (const u0 of [0, v * 0.999, 0.5, 1 - v / 2 - 1e-9]) {
            // u from the rounded t, so that both evaluate at the same parameter.
            const t = a + h * u0;
            evalSpline(s, t, pt);
            polyPoint(poly, spanOffset(poly, span), (t - a) / h);
            expect(Math.abs(splineXY[0]! - pt.x)).toBeLessThanOrEqual(tol);
            expect(Math.abs(splineXY[1]! - pt.y)).toBeLessThanOrEqual(tol);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('of a non-rational cubic (Bezier extraction) equal those of the polynomial basis', () => {
    fc.assert(
      fc.property(splineArb(3, 3), (s0) => {
        const s = { ...s0, ws: null, poly: null };
        const poly = splinePoly(s)!;
        const B = new Float64Array(16);
        const tol = 1e-12 * ctrlScale(s);
        for (let span = 3; span < s.xs.length; span++) {
          if (!(s.knots[span + 1]! > s.knots[span]!)) continue;
          spanBasis(s.knots, 3, span, B);
          for (let c = 0; c < 4; c++) {
            let x = 0;
            let y = 0;
            for (let r = 0; r < 4; r++) {
              x += B[r * 4 + c]! * s.xs[span - 3 + r]!;
              y += B[r * 4 + c]! * s.ys[span - 3 + r]!;
            }
            expect(Math.abs(poly.coef[spanOffset(poly, span) + c]! - x)).toBeLessThanOrEqual(tol);
            expect(Math.abs(poly.coef[spanOffset(poly, span) + 4 + c]! - y)).toBeLessThanOrEqual(tol);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('of a chain of Bezier pieces (triple knots) are stored for the non-empty spans only', () => {
    // Three cubic pieces: spans 3, 6 and 9 are non-empty, the four between them empty.
    const knots = Float64Array.from([0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3]);
    const xs = Float64Array.from([0, 1, 2, 3, 5, 4, 7, 8, 6, 9]);
    const ys = Float64Array.from([1, 3, 2, 0, 4, 6, 5, 2, 8, 7]);
    const s = { degree: 3, knots, xs, ys, ws: null, poly: null };
    const poly = splinePoly(s)!;
    const offsets = [3, 6, 9].map((span) => spanOffset(poly, span));
    expect(offsets[1]! - offsets[0]!).toBe(poly.stride);
    expect(offsets[2]! - offsets[1]!).toBe(poly.stride);
    const pt: CurvePoint = { x: 0, y: 0, dx: 0, dy: 0 };
    for (const span of [3, 6, 9]) {
      for (const u of [0, 0.25, 0.5, 0.9]) {
        evalSpline(s, knots[span]! + u, pt);
        polyPoint(poly, spanOffset(poly, span), u);
        expect(splineXY[0]).toBeCloseTo(pt.x, 12);
        expect(splineXY[1]).toBeCloseTo(pt.y, 12);
      }
    }
    // Without empty spans the offsets follow from the first (no table).
    const dense = splinePoly({
      ...s,
      knots: Float64Array.from([0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 7, 7, 7]),
      poly: null,
    })!;
    expect(dense.index).toBe(-1);
    expect(spanOffset(dense, 9) - spanOffset(dense, 3)).toBe(6 * dense.stride);
  });

  it('are not built above degree 5 (the basis recurrence is used there)', () => {
    const s = {
      degree: 6,
      knots: Float64Array.from([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]),
      xs: new Float64Array(7),
      ys: new Float64Array(7),
      ws: null,
      poly: null,
    };
    expect(splinePoly(s)).toBeNull();
  });
});
