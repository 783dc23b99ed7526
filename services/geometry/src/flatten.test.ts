import { describe, expect, it } from 'vitest';
import { flattenSplineInto, flattenSplineWhole, PointBuf } from './flatten.ts';
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
