import type { ByteBuf, PointBuf } from './point-buf.ts';
import { polyPoint, splinePoly, type SplinePoly } from './spline-poly.ts';
import { findSpan, splinePoint, splinePointOf, splineXY, type Spline2 } from './spline.ts';
import { withinTol } from './within-tol.ts';

/*
 * Spline flattening (DEFINITIONS.md "Containment"): every non-empty knot span is cut into 4 pieces,
 * each piece is halved until the deviation of its mid-point from its chord is <= tol (depth 16 at
 * most). Pieces are parametrised by the span's local u in [0, 1], so every piece boundary is an
 * exact dyadic fraction; points come from the span's polynomials (`spline-poly.ts`), or from the
 * basis recurrence for degrees above `MAX_POLY_DEGREE`.
 */

/** Span being flattened: its polynomials (null: basis recurrence), their offset and its knot index. */
let curS: Spline2 | null = null;
let curPoly: SplinePoly | null = null;
let curO = 0;
let curSpan = 0;
/** True when the current span is a non-rational cubic: `subdivide` then evaluates it inline from `curCoef`. */
let curCubic = false;
/** The current polynomials' coefficients (8 zeros when there are none, so that reads stay in bounds). */
let curCoef: Float64Array = new Float64Array(8);
const NO_COEF = curCoef;
/** Start and length of the current span's parameter interval (basis recurrence only), then t. */
const curT = new Float64Array(3);

/** Makes `span` (a non-empty knot span of `s`) the current one. */
function setSpan(s: Spline2, poly: SplinePoly | null, span: number): void {
  curS = s;
  curPoly = poly;
  curSpan = span;
  curO = poly ? (span - s.degree) * poly.stride : 0;
  curCoef = poly ? poly.coef : NO_COEF;
  curCubic = poly !== null && poly.degree === 3 && !poly.rational;
  const U = s.knots;
  curT[0] = U[span] as number;
  curT[1] = (U[span + 1] as number) - (U[span] as number);
}

/** Point of the current span at local parameter u into `splineXY`. */
function spanPoint(u: number): void {
  if (curPoly) {
    polyPoint(curPoly, curO, u);
    return;
  }
  // The span's end belongs to the next span for `findSpan`; the recurrence is evaluated on this one.
  curT[2] = (curT[0] as number) + (curT[1] as number) * u;
  splinePointOf(curS as Spline2, curT, 2, curSpan);
}

/** First non-empty knot span at or after `from`, or -1. */
function nextSpan(s: Spline2, from: number): number {
  const U = s.knots;
  const n = s.xs.length;
  for (let span = from; span < n; span++) if ((U[span + 1] as number) > (U[span] as number)) return span;
  return -1;
}

/**
 * Start (`atEnd` false) or end point of the spline's domain into `splineXY`: the first span at u = 0
 * or the last one at u = 1, as the flattening computes them; the basis recurrence when the domain
 * is empty.
 */
export function splineEndPoint(s: Spline2, atEnd: boolean): void {
  const poly = splinePoly(s);
  let span = nextSpan(s, s.degree);
  if (span < 0) {
    const t = s.knots[atEnd ? s.xs.length : s.degree] as number;
    splinePoint(s, t, findSpan(s, t));
    return;
  }
  if (atEnd) for (let k = nextSpan(s, span + 1); k >= 0; k = nextSpan(s, k + 1)) span = k;
  setSpan(s, poly, span);
  spanPoint(atEnd ? 1 : 0);
}

/** When set, `subdivide` appends the depth of every piece it emits (one per point). */
let depthOut: ByteBuf | null = null;

/**
 * Appends the flattening of `s` at `tol` after its start point (`splineEndPoint(s, false)`) to
 * `out`, and the subdivision depth of each point to `depths` when given. At an interior knot the
 * point is the next span's start (the right limit, as `findSpan` picks); the last point is the
 * last span's end.
 */
export function flattenSplineSpans(s: Spline2, tol: number, out: PointBuf, depths: ByteBuf | null): void {
  const poly = splinePoly(s);
  let span = nextSpan(s, s.degree);
  if (span < 0) return;
  depthOut = depths;
  stack[STACK_TOL] = tol;
  try {
    setSpan(s, poly, span);
    spanPoint(0);
    ends[0] = splineXY[0] as number;
    ends[1] = splineXY[1] as number;
    while (span >= 0) {
      const next = nextSpan(s, span + 1);
      setSpan(s, poly, next >= 0 ? next : span);
      spanPoint(next >= 0 ? 0 : 1);
      ends[2] = splineXY[0] as number;
      ends[3] = splineXY[1] as number;
      setSpan(s, poly, span);
      flattenSpan(out);
      ends[0] = ends[2] as number;
      ends[1] = ends[3] as number;
      span = next;
    }
  } finally {
    depthOut = null;
    curS = null;
    curPoly = null;
    curCoef = NO_COEF;
  }
}

/** Start and end point of the current span: x0, y0, x1, y1. */
const ends = new Float64Array(4);

/** Flattens the current span from `ends[0, 2)` to `ends[2, 4)`: its 4 pieces, each subdivided. */
function flattenSpan(out: PointBuf): void {
  const st = stack;
  let px = ends[0] as number;
  let py = ends[1] as number;
  for (let k = 1; k <= 4; k++) {
    if (k < 4) spanPoint(k / 4);
    const x = k < 4 ? (splineXY[0] as number) : (ends[2] as number);
    const y = k < 4 ? (splineXY[1] as number) : (ends[3] as number);
    st[0] = (k - 1) / 4;
    st[1] = k / 4;
    st[2] = px;
    st[3] = py;
    st[4] = x;
    st[5] = y;
    st[6] = 0;
    subdivide(out);
    px = x;
    py = y;
  }
}

/**
 * Pending pieces of `subdivide`, 7 numbers each: u0, u1, x0, y0, x1, y1, depth (at most 17 pending),
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
function subdivide(out: PointBuf): void {
  const st = stack;
  const tol = st[STACK_TOL] as number;
  // A non-rational cubic (the common case) is evaluated inline: no call, no loop over the degree.
  const cubic = curCubic;
  const c = curCoef;
  const o = curO;
  const x0 = c[o] as number;
  const x1 = c[o + 1] as number;
  const x2 = c[o + 2] as number;
  const x3 = c[o + 3] as number;
  const y0 = c[o + 4] as number;
  const y1 = c[o + 5] as number;
  const y2 = c[o + 6] as number;
  const y3 = c[o + 7] as number;
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
    const um = (a + b) / 2;
    let mx: number;
    let my: number;
    if (cubic) {
      mx = ((x3 * um + x2) * um + x1) * um + x0;
      my = ((y3 * um + y2) * um + y1) * um + y0;
    } else {
      spanPoint(um);
      mx = splineXY[0] as number;
      my = splineXY[1] as number;
    }
    if (withinTol(bx - ax, by - ay, mx - ax, my - ay, tol)) {
      emit(out, bx, by, depth);
      continue;
    }
    // Right half below the left half: the left one is taken next.
    st[top] = um;
    st[top + 1] = b;
    st[top + 2] = mx;
    st[top + 3] = my;
    st[top + 4] = bx;
    st[top + 5] = by;
    st[top + 6] = depth + 1;
    st[top + 7] = a;
    st[top + 8] = um;
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
