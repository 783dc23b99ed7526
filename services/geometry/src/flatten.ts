import { PS } from './prim-data.ts';
import type { SplinePrim } from './primitives.ts';
import { splineXY } from './spline.ts';
import { hypot } from './hypot.ts';
import type { PointBuf } from './point-buf.ts';
import { flattenSplineSpans, splineEndPoint } from './flatten-spline.ts';

export { PointBuf } from './point-buf.ts';

/**
 * Appends the points of packed segments and arcs after the first start point to `out` (x, y
 * interleaved): arcs with sagitta <= tol and at most 45 degrees per step.
 */
export function flattenPrimsInto(pd: Float64Array, tol: number, out: PointBuf): void {
  for (let o = 0; o < pd.length; o += PS) {
    if (pd[o] === 0) out.push(pd[o + 3] as number, pd[o + 4] as number);
    else flattenArc(pd, o, tol, out);
  }
}

/**
 * Appends the points of a spline primitive after its start point to `out`: subdivided until the
 * mid-point deviation from the chord is <= tol (4 pieces per knot span at least).
 */
export function flattenSplineInto(p: SplinePrim, tol: number, out: PointBuf): void {
  flattenSplineSpans(p.s, tol, out);
}

/** Number of steps for the elliptical arc at offset `o` at a given sagitta tolerance. */
export function arcSteps(pd: Float64Array, o: number, tol: number): number {
  const r = Math.max(
    hypot(pd[o + 7] as number, pd[o + 8] as number),
    hypot(pd[o + 9] as number, pd[o + 10] as number),
  );
  let step = Math.PI / 4;
  if (r > tol && tol > 0) step = Math.min(step, 2 * Math.acos(1 - tol / r));
  const n = Math.ceil(Math.abs(pd[o + 12] as number) / step);
  return Math.max(1, Math.min(n, 100000));
}

function flattenArc(pd: Float64Array, o: number, tol: number, out: PointBuf): void {
  const n = arcSteps(pd, o, tol);
  out.grow(out.n + 2 * n);
  const a = out.a;
  let k = out.n;
  const cx = pd[o + 5] as number;
  const cy = pd[o + 6] as number;
  const ux = pd[o + 7] as number;
  const uy = pd[o + 8] as number;
  const vx = pd[o + 9] as number;
  const vy = pd[o + 10] as number;
  const t0 = pd[o + 11] as number;
  const dt = pd[o + 12] as number;
  for (let i = 1; i <= n; i++) {
    const t = t0 + (dt * i) / n;
    const c = Math.cos(t);
    const s = Math.sin(t);
    a[k++] = cx + ux * c + vx * s;
    a[k++] = cy + uy * c + vy * s;
  }
  out.n = k;
}

/** Appends the flattening of a spline primitive including its start point to `out`. */
export function flattenSplineWhole(p: SplinePrim, tol: number, out: PointBuf): void {
  splineEndPoint(p.s, false);
  out.push(splineXY[0] as number, splineXY[1] as number);
  flattenSplineSpans(p.s, tol, out);
}
