import { PS } from './prim-data.ts';
import type { SplinePrim } from './primitives.ts';
import { findSpan, splinePoint, splinePointOf, splineXY, type Spline2 } from './spline.ts';
import { hypot } from './hypot.ts';
import { copyF64 } from './arena.ts';

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
    return copyF64(this.a, this.n);
  }
}

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
  flattenSpline(p.s, p.a, p.b, tol, out);
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
  stack[STACK_TOL] = tol;
  let prevT = lo;
  pointAt(s, lo);
  let px = splineXY[0] as number;
  let py = splineXY[1] as number;
  for (let k = 1; k <= 4; k++) {
    const t = lo + ((hi - lo) * k) / 4;
    pointAt(s, t);
    const x = splineXY[0] as number;
    const y = splineXY[1] as number;
    const st = stack;
    st[0] = prevT;
    st[1] = t;
    st[2] = px;
    st[3] = py;
    st[4] = x;
    st[5] = y;
    st[6] = 0;
    subdivide(s, out);
    prevT = t;
    px = x;
    py = y;
  }
}

/** Growable byte buffer (leaf depths of spline subdivisions). */
export class ByteBuf {
  a = new Uint8Array(1024);
  n = 0;

  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Uint8Array(2 * this.a.length);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

/** When set, `subdivide` appends the depth of every piece it emits (one per point). */
let depthOut: ByteBuf | null = null;

/**
 * Flattens a lone spline primitive including its start point into `out` and the subdivision depth
 * of each point after the start into `depths`: enough to derive the flattening at any coarser
 * tolerance without evaluating the spline again (`coarsenSpline`).
 */
export function flattenSplineRecorded(p: SplinePrim, tol: number, out: PointBuf, depths: ByteBuf): void {
  splinePoint(p.s, p.a, findSpan(p.s, p.a));
  out.push(splineXY[0] as number, splineXY[1] as number);
  depthOut = depths;
  try {
    flattenSpline(p.s, p.a, p.b, tol, out);
  } finally {
    depthOut = null;
  }
}

/** Scratch for `coarsenSpline`: position of each point in its piece, in units of 2^-16 of the piece. */
let posBuf = new Int32Array(1024);
let cPts: Float64Array = new Float64Array(0);
let cOut: PointBuf | null = null;
let cTol = 0;

/**
 * The flattening of a spline at tolerance `tol` from its flattening at a finer tolerance (`pts`
 * with the leaf `depths` of `flattenSplineRecorded`): every coarser piece boundary is a finer
 * point and every decision uses the same three points as a direct flattening, so the points are
 * exactly those of `flattenPrimInto` at `tol` (start point included). `tol` must not be below the
 * finer tolerance.
 */
export function coarsenSpline(pts: Float64Array, depths: Uint8Array, tol: number, out: PointBuf): void {
  const nv = pts.length / 2;
  if (nv === 0) return;
  out.push(pts[0] as number, pts[1] as number);
  if (posBuf.length < nv) posBuf = new Int32Array(2 * nv);
  const pos = posBuf;
  cPts = pts;
  cOut = out;
  cTol = tol;
  // Pieces: runs of points whose 2^-depth sizes add up to one piece (4 pieces per knot interval).
  let v = 0;
  while (v < nv - 1) {
    const start = v;
    pos[start] = 0;
    let u = 0;
    while (u < 65536 && v < nv - 1) {
      u += 65536 >> (depths[v] as number);
      v++;
      pos[v] = u;
    }
    coarseNode(start, v, 0);
  }
  cOut = null;
}

/** Emits the pieces of the node from point i to point e (depth d) at `cTol`. */
function coarseNode(i: number, e: number, d: number): void {
  const out = cOut as PointBuf;
  const pts = cPts;
  if (e === i + 1 || d >= 16) {
    out.push(pts[2 * e] as number, pts[2 * e + 1] as number);
    return;
  }
  const pos = posBuf;
  const half = (pos[i] as number) + (32768 >> d);
  let m = i + 1;
  while ((pos[m] as number) < half) m++;
  const x0 = pts[2 * i] as number;
  const y0 = pts[2 * i + 1] as number;
  const x1 = pts[2 * e] as number;
  const y1 = pts[2 * e + 1] as number;
  if (withinTol(x1 - x0, y1 - y0, (pts[2 * m] as number) - x0, (pts[2 * m + 1] as number) - y0, cTol)) {
    out.push(x1, y1);
    return;
  }
  coarseNode(i, m, d + 1);
  coarseNode(m, e, d + 1);
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

/**
 * Pending pieces of `subdivide`, 7 numbers each: t0, t1, x0, y0, x1, y1, depth (at most 17 pending),
 * then the tolerance.
 */
const stack = new Float64Array(7 * 24 + 1);
const STACK_TOL = 7 * 24;

/**
 * Subdivides the piece in `stack[0, 7)` (end points known) depth first, left half before right
 * half, until the mid-point deviation is <= the tolerance in `stack` or depth 16; appends each
 * leaf's end point. An explicit stack instead of recursion and arguments: no call, and no boxed
 * double, per piece.
 */
function subdivide(s: Spline2, out: PointBuf): void {
  const st = stack;
  const tol = st[STACK_TOL] as number;
  let top = 7;
  while (top > 0) {
    top -= 7;
    const a = st[top] as number;
    const b = st[top + 1] as number;
    const ax = st[top + 2] as number;
    const ay = st[top + 3] as number;
    const bx = st[top + 4] as number;
    const by = st[top + 5] as number;
    const depth = st[top + 6] as number;
    if (depth >= 16) {
      emit(out, bx, by, depth);
      continue;
    }
    // The mid parameter goes through the stack slot the piece came from (read there by the evaluator).
    const tm = (a + b) / 2;
    st[top] = tm;
    splinePointOf(s, st, top, tm > curLo && tm < curHi ? curSpan : findSpan(s, tm));
    const mx = splineXY[0] as number;
    const my = splineXY[1] as number;
    if (withinTol(bx - ax, by - ay, mx - ax, my - ay, tol)) {
      emit(out, bx, by, depth);
      continue;
    }
    // Right half below the left half: the left one is taken next.
    st[top] = tm;
    st[top + 1] = b;
    st[top + 2] = mx;
    st[top + 3] = my;
    st[top + 4] = bx;
    st[top + 5] = by;
    st[top + 6] = depth + 1;
    st[top + 7] = a;
    st[top + 8] = tm;
    st[top + 9] = ax;
    st[top + 10] = ay;
    st[top + 11] = mx;
    st[top + 12] = my;
    st[top + 13] = depth + 1;
    top += 14;
  }
}

function emit(out: PointBuf, x: number, y: number, depth: number): void {
  out.push(x, y);
  if (depthOut) depthOut.push(depth);
}
