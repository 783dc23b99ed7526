import type { EArc, Prim } from './primitives.ts';
import { findSpan, splinePoint, splineXY, type Spline2 } from './spline.ts';
import { hypot } from './hypot.ts';

/** Growable buffer of points, x and y interleaved (`n` numbers used). */
export class PointBuf {
  a: Float64Array;
  n = 0;

  constructor(capacity = 1024) {
    this.a = new Float64Array(capacity);
  }

  /** Appends one point. */
  push(x: number, y: number): void {
    if (this.n + 2 > this.a.length) this.grow(this.n + 2);
    this.a[this.n] = x;
    this.a[this.n + 1] = y;
    this.n += 2;
  }

  /** Makes room for `size` numbers in all. */
  grow(size: number): void {
    if (size <= this.a.length) return;
    const b = new Float64Array(Math.max(size, 2 * this.a.length));
    b.set(this.a.subarray(0, this.n));
    this.a = b;
  }

  /** A copy of the used part. */
  copy(): Float64Array {
    return this.a.slice(0, this.n);
  }
}

/**
 * Appends the points of a primitive after its start point to `out` (x, y interleaved):
 * arcs with sagitta <= tol and at most 45 degrees per step, splines subdivided until the
 * mid-point deviation from the chord is <= tol (4 pieces per knot span at least).
 */
export function flattenPrim(p: Prim, tol: number, out: number[]): void {
  const buf = new PointBuf(64);
  flattenPrimInto(p, tol, buf);
  for (let i = 0; i < buf.n; i++) out.push(buf.a[i] as number);
}

/** Same as `flattenPrim`, into a point buffer. */
export function flattenPrimInto(p: Prim, tol: number, out: PointBuf): void {
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
  const r = Math.max(hypot(p.ux, p.uy), hypot(p.vx, p.vy));
  let step = Math.PI / 4;
  if (r > tol && tol > 0) step = Math.min(step, 2 * Math.acos(1 - tol / r));
  const n = Math.ceil(Math.abs(p.dt) / step);
  return Math.max(1, Math.min(n, 100000));
}

function flattenArc(p: EArc, tol: number, out: PointBuf): void {
  const n = arcSteps(p, tol);
  out.grow(out.n + 2 * n);
  const a = out.a;
  let k = out.n;
  const { cx, cy, ux, uy, vx, vy, t0, dt } = p;
  for (let i = 1; i <= n; i++) {
    const t = t0 + (dt * i) / n;
    const c = Math.cos(t);
    const s = Math.sin(t);
    a[k++] = cx + ux * c + vx * s;
    a[k++] = cy + uy * c + vy * s;
  }
  out.n = k;
}

// Knot interval being flattened: parameters strictly inside (lo, hi) all have the span `curSpan`.
let curLo = 0;
let curHi = 0;
let curSpan = 0;

function pointAt(s: Spline2, t: number): void {
  splinePoint(s, t, t > curLo && t < curHi ? curSpan : findSpan(s, t));
}

function flattenSpline(s: Spline2, a: number, b: number, tol: number, out: PointBuf): void {
  // The knot intervals of `splineBreaks(s)` without building the array.
  const U = s.knots;
  const d0 = U[s.degree] as number;
  const d1 = U[s.xs.length] as number;
  let prev = d0;
  for (let i = s.degree + 1; i < s.xs.length; i++) {
    const k = U[i] as number;
    if (k > prev && k < d1) {
      flattenInterval(s, prev, k, a, b, tol, out);
      prev = k;
    }
  }
  if (d1 > d0) flattenInterval(s, prev, d1, a, b, tol, out);
}

function flattenInterval(
  s: Spline2,
  lo: number,
  hi: number,
  a: number,
  b: number,
  tol: number,
  out: PointBuf,
): void {
  if (hi <= a || lo >= b) return;
  curLo = lo;
  curHi = hi;
  curSpan = findSpan(s, (lo + hi) / 2);
  let prevT = lo;
  pointAt(s, lo);
  let px = splineXY[0] as number;
  let py = splineXY[1] as number;
  for (let k = 1; k <= 4; k++) {
    const t = lo + ((hi - lo) * k) / 4;
    pointAt(s, t);
    const x = splineXY[0] as number;
    const y = splineXY[1] as number;
    subdivide(s, prevT, t, px, py, x, y, tol, out, 0);
    prevT = t;
    px = x;
    py = y;
  }
}

/**
 * The flattening rule `dist <= tol`, dist = |e x d| / |d| (or |e| when d = 0), decided by squares
 * where that is unambiguous (a margin of 1e-9 far exceeds rounding) and by the exact formula otherwise,
 * so the outcome is always that of the exact formula.
 */
function withinTol(dx: number, dy: number, ex: number, ey: number, tol: number): boolean {
  const cr = ex * dy - ey * dx;
  const l2 = dx * dx + dy * dy;
  const t2 = tol * tol * l2;
  if (l2 > 1e-140 && l2 < 1e140 && t2 > 1e-250 && t2 < 1e250) {
    const q = cr * cr;
    if (q < t2 * (1 - 1e-9)) return true;
    if (q > t2 * (1 + 1e-9)) return false;
  }
  const len = hypot(dx, dy);
  const dist = len === 0 ? hypot(ex, ey) : Math.abs(cr) / len;
  return dist <= tol;
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
  out: PointBuf,
  depth: number,
): void {
  const tm = (t0 + t1) / 2;
  pointAt(s, tm);
  const mx = splineXY[0] as number;
  const my = splineXY[1] as number;
  const dx = x1 - x0;
  const dy = y1 - y0;
  if (depth >= 16 || withinTol(dx, dy, mx - x0, my - y0, tol)) {
    out.push(x1, y1);
    return;
  }
  subdivide(s, t0, tm, x0, y0, mx, my, tol, out, depth + 1);
  subdivide(s, tm, t1, mx, my, x1, y1, tol, out, depth + 1);
}
