import { primPoint, type EArc, type Prim } from './primitives.ts';
import { evalSpline, splineBreaks, type CurvePoint, type Spline2 } from './spline.ts';

const tmp: CurvePoint = { x: 0, y: 0, dx: 0, dy: 0 };

/**
 * Appends the points of a primitive after its start point to `out` (x, y interleaved):
 * arcs with sagitta <= tol and at most 45 degrees per step, splines subdivided until the
 * mid-point deviation from the chord is <= tol (4 pieces per knot span at least).
 */
export function flattenPrim(p: Prim, tol: number, out: number[]): void {
  if (p.k === 0) {
    out.push(p.x1, p.y1);
    return;
  }
  if (p.k === 1) {
    flattenArc(p, tol, out);
    return;
  }
  flattenSpline(p.s, p.a, p.b, tol, out);
}

/** Number of steps for an elliptical arc at a given sagitta tolerance. */
export function arcSteps(p: EArc, tol: number): number {
  const r = Math.max(Math.hypot(p.ux, p.uy), Math.hypot(p.vx, p.vy));
  let step = Math.PI / 4;
  if (r > tol && tol > 0) step = Math.min(step, 2 * Math.acos(1 - tol / r));
  const n = Math.ceil(Math.abs(p.dt) / step);
  return Math.max(1, Math.min(n, 100000));
}

function flattenArc(p: EArc, tol: number, out: number[]): void {
  const n = arcSteps(p, tol);
  for (let i = 1; i <= n; i++) {
    const t = p.t0 + (p.dt * i) / n;
    const c = Math.cos(t);
    const s = Math.sin(t);
    out.push(p.cx + p.ux * c + p.vx * s, p.cy + p.uy * c + p.vy * s);
  }
}

function flattenSpline(s: Spline2, a: number, b: number, tol: number, out: number[]): void {
  const br = splineBreaks(s);
  for (let i = 0; i + 1 < br.length; i++) {
    const lo = br[i] as number;
    const hi = br[i + 1] as number;
    if (hi <= a || lo >= b) continue;
    let prevT = lo;
    evalSpline(s, lo, tmp);
    let px = tmp.x;
    let py = tmp.y;
    for (let k = 1; k <= 4; k++) {
      const t = lo + ((hi - lo) * k) / 4;
      evalSpline(s, t, tmp);
      const x = tmp.x;
      const y = tmp.y;
      subdivide(s, prevT, t, px, py, x, y, tol, out, 0);
      prevT = t;
      px = x;
      py = y;
    }
  }
}

function subdivide(
  s: Spline2,
  t0: number,
  t1: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  tol: number,
  out: number[],
  depth: number,
): void {
  const tm = (t0 + t1) / 2;
  evalSpline(s, tm, tmp);
  const mx = tmp.x;
  const my = tmp.y;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len = Math.hypot(dx, dy);
  const dist = len === 0 ? Math.hypot(mx - x0, my - y0) : Math.abs((mx - x0) * dy - (my - y0) * dx) / len;
  if (dist <= tol || depth >= 16) {
    out.push(x1, y1);
    return;
  }
  subdivide(s, t0, tm, x0, y0, mx, my, tol, out, depth + 1);
  subdivide(s, tm, t1, mx, my, x1, y1, tol, out, depth + 1);
}

/** Flattens a whole primitive including its start point. */
export function primPolyline(p: Prim, tol: number): number[] {
  const start = primPoint(p, p.k === 0 ? 0 : p.k === 1 ? p.t0 : p.a);
  const out = [start[0], start[1]];
  flattenPrim(p, tol, out);
  return out;
}
