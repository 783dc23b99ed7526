import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arcSteps,
  flattenPrimsInto,
  flattenSplineInto,
  flattenSplineWhole,
  forgetArcShapes,
  PointBuf,
} from './flatten.ts';
import { hypot } from './hypot.ts';
import { PS, writeArc, writeSeg } from './prim-data.ts';
import type { SplinePrim } from './primitives.ts';
import { splineXY, splinePoint, findSpan, evalSpline } from './spline.ts';

function wavySpline(n: number, degree: number, rational: boolean): SplinePrim {
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = i * 3 + Math.sin(i * 1.7) * 2;
    ys[i] = Math.cos(i * 0.9) * 5 + (i % 3);
  }
  const knots: number[] = [];
  for (let i = 0; i <= degree; i++) knots.push(0);
  for (let i = 1; i < n - degree; i++) knots.push(i % 4 === 0 ? knots[knots.length - 1]! : i * 0.7);
  const end = knots[knots.length - 1]! + 1;
  for (let i = 0; i <= degree; i++) knots.push(end);
  const ws = rational ? Float64Array.from({ length: n }, (_, i) => 1 + (i % 3) * 0.25) : null;
  const s = { degree, knots: Float64Array.from(knots), xs, ys, ws };
  return { k: 2, s, a: knots[degree]!, b: end };
}

describe('spline flattening', () => {
  it('evaluates positions bit for bit like the full evaluator', () => {
    for (const [deg, rat] of [
      [3, false],
      [2, true],
      [5, false],
    ] as const) {
      const p = wavySpline(14, deg, rat);
      const pt = { x: 0, y: 0, dx: 0, dy: 0 };
      for (let k = 0; k <= 200; k++) {
        const t = p.a + ((p.b - p.a) * k) / 200;
        evalSpline(p.s, t, pt);
        splinePoint(p.s, t, findSpan(p.s, t));
        expect([splineXY[0], splineXY[1]]).toEqual([pt.x, pt.y]);
      }
    }
  });

  it('flattens coarser to a subset of the finer points, in order, bit for bit', () => {
    for (const [deg, rat] of [
      [3, false],
      [2, true],
      [4, false],
    ] as const) {
      const p = wavySpline(20, deg, rat);
      const fine = new PointBuf();
      flattenSplineWhole(p, 1e-4, fine);
      for (const tol of [1e-4, 3e-4, 1e-3, 0.05, 0.5, 10]) {
        const coarse = new PointBuf();
        flattenSplineWhole(p, tol, coarse);
        const direct = new PointBuf();
        direct.push(fine.a[0]!, fine.a[1]!);
        flattenSplineInto(p, tol, direct);
        expect(Array.from(direct.a.subarray(0, direct.n))).toEqual(
          Array.from(coarse.a.subarray(0, coarse.n)),
        );
        let k = 0;
        for (let i = 0; i < fine.n && k < coarse.n; i += 2)
          if (fine.a[i] === coarse.a[k] && fine.a[i + 1] === coarse.a[k + 1]) k += 2;
        expect(k).toBe(coarse.n);
        expect([coarse.a[coarse.n - 2], coarse.a[coarse.n - 1]]).toEqual([
          fine.a[fine.n - 2],
          fine.a[fine.n - 1],
        ]);
      }
    }
  });
});

/** The arc flattening as it was before the shape memo: cos and sin for every step. */
function referencePrims(pd: Float64Array, tol: number, out: number[]): void {
  for (let o = 0; o < pd.length; o += PS) {
    if (pd[o] === 0) {
      out.push(pd[o + 3]!, pd[o + 4]!);
      continue;
    }
    const n = arcSteps(pd, o, tol);
    for (let i = 1; i <= n; i++) {
      const t = pd[o + 11]! + (pd[o + 12]! * i) / n;
      const c = Math.cos(t);
      const s = Math.sin(t);
      out.push(pd[o + 5]! + pd[o + 7]! * c + pd[o + 9]! * s, pd[o + 6]! + pd[o + 8]! * c + pd[o + 10]! * s);
    }
  }
}

describe('arc flattening with the shape memo', () => {
  it('gives the points of a fresh flattening bit for bit, shapes repeated or not', () => {
    const coord = fc.double({ min: -1e4, max: 1e4, noNaN: true });
    const shape = fc.record({
      ux: fc.double({ min: -50, max: 50, noNaN: true }),
      uy: fc.double({ min: -50, max: 50, noNaN: true }),
      r: fc.double({ min: 0.01, max: 50, noNaN: true }),
      t0: fc.double({ min: -7, max: 7, noNaN: true }),
      dt: fc.double({ min: -7, max: 7, noNaN: true }),
    });
    // Primitives drawn from a few shapes (more than the memo holds) at many centres, mixed with segments.
    const prims = fc.array(fc.tuple(fc.nat(11), coord, coord), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        fc.array(shape, { minLength: 1, maxLength: 11 }),
        prims,
        fc.constantFrom(1e-5, 1e-3, 0.01, 0.3),
        (shapes, list, tol) => {
          forgetArcShapes();
          const pd = new Float64Array(PS * list.length);
          list.forEach(([k, cx, cy], i) => {
            const s = shapes[k % (shapes.length + 1)];
            if (!s) writeSeg(pd, PS * i, cx, cy, cy, cx);
            else writeArc(pd, PS * i, cx, cy, s.ux, s.uy, -s.uy * s.r, s.ux * s.r, s.t0, s.dt);
          });
          for (const t of [tol, 2 * tol, tol]) {
            const got = new PointBuf(4);
            flattenPrimsInto(pd, t, got);
            const want: number[] = [];
            referencePrims(pd, t, want);
            expect(Array.from(got.a.subarray(0, got.n))).toEqual(want);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The step count as it was: two `hypot`s and an acos for every arc. */
function referenceSteps(pd: Float64Array, o: number, tol: number): number {
  const r = Math.max(hypot(pd[o + 7]!, pd[o + 8]!), hypot(pd[o + 9]!, pd[o + 10]!));
  let step = Math.PI / 4;
  if (r > tol && tol > 0) step = Math.min(step, 2 * Math.acos(1 - tol / r));
  const n = Math.ceil(Math.abs(pd[o + 12]!) / step);
  return Math.max(1, Math.min(n, 100000));
}

describe('arc flattening of many steps', () => {
  it('repeats the fresh points for a shape too long for the memo and for the shapes around it', () => {
    forgetArcShapes();
    const pd = new Float64Array(PS * 6);
    // A circle of radius 500 at 1e-5 (about 22,000 steps) between small arcs, each shape twice.
    for (let i = 0; i < 6; i++) {
      const r = i % 3 === 1 ? 500 : 1 + (i % 3);
      writeArc(pd, PS * i, 10 * i, -3 * i, r, 0, 0, r, 0.25, 2 * Math.PI);
    }
    for (const tol of [1e-5, 1e-5]) {
      const got = new PointBuf(4);
      flattenPrimsInto(pd, tol, got);
      const want: number[] = [];
      referencePrims(pd, tol, want);
      expect(got.n).toBeGreaterThan(40000);
      expect(Array.from(got.a.subarray(0, got.n))).toEqual(want);
    }
  });
});

describe('arc step count', () => {
  it('matches the acos rule, also for sweeps next to one step', () => {
    const pd = new Float64Array(PS);
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1e6, noNaN: true }),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: 1e-12, max: 10, noNaN: true }),
        fc.double({ min: 0.5, max: 1.5, noNaN: true }),
        fc.boolean(),
        (r, ratio, turn, tol, near, bulge) => {
          // Sweeps spread over all sizes, or within a few per cent of the one-step limit.
          const limit = r > tol ? Math.min(Math.PI / 4, 2 * Math.acos(1 - tol / r)) : Math.PI / 4;
          const dt = bulge ? turn * 7 : (turn < 0 ? -1 : 1) * limit * (1 + (near - 1) / 20);
          writeArc(
            pd,
            0,
            3,
            -2,
            r * Math.cos(turn),
            r * Math.sin(turn),
            -r * ratio * Math.sin(turn),
            r * ratio * Math.cos(turn),
            turn,
            dt,
          );
          expect(arcSteps(pd, 0, tol)).toBe(referenceSteps(pd, 0, tol));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
