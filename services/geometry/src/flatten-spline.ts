import type { PointBuf } from './point-buf.ts';
import { polyPoint, spanOffset, splinePoly, type SplinePoly } from './spline-poly.ts';
import { findSpan, splinePoint, splinePointOf, splineXY, type Spline2 } from './spline.ts';
import { withinTol } from './within-tol.ts';

/*
 * Spline flattening (DEFINITIONS.md "Containment"): every non-empty knot span is cut into 4 pieces,
 * each piece is halved until the deviation of its mid-point from its chord is <= tol (depth 16 at
 * most). Pieces are parametrised by the span's local u in [0, 1], so every piece boundary is an
 * exact dyadic fraction; points come from the span's polynomials (`spline-poly.ts`), or from the
 * basis recurrence for degrees above `MAX_POLY_DEGREE`.
 */

/** Scratch parameter of the basis recurrence (read from an array: a double argument would be boxed). */
const tArg = new Float64Array(1);

/** Point of the non-empty span `span` of `s` at local parameter u into `splineXY`. */
function pointOfSpan(s: Spline2, poly: SplinePoly | null, span: number, u: number): void {
  if (poly) {
    polyPoint(poly, spanOffset(poly, span), u);
    return;
  }
  // At u = 1 the knot belongs to the next span for `findSpan`; the recurrence is evaluated on this one.
  const U = s.knots;
  tArg[0] = (U[span] as number) + ((U[span + 1] as number) - (U[span] as number)) * u;
  splinePointOf(s, tArg, 0, span);
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
  const span = atEnd ? lastSpan(s) : nextSpan(s, s.degree);
  if (span < 0) {
    const t = s.knots[atEnd ? s.xs.length : s.degree] as number;
    splinePoint(s, t, findSpan(s, t));
    return;
  }
  pointOfSpan(s, splinePoly(s), span, atEnd ? 1 : 0);
}

/** Last non-empty knot span, or -1. */
function lastSpan(s: Spline2): number {
  const U = s.knots;
  for (let span = s.xs.length - 1; span >= s.degree; span--)
    if ((U[span + 1] as number) > (U[span] as number)) return span;
  return -1;
}

/**
 * End point of `span` into `splineXY`: the start of the next non-empty span `next` (the right
 * limit at the knot, as `findSpan` picks), for a non-rational spline its constant coefficients
 * (what Horner gives at u = 0); this span's end at u = 1 when it is the last (`next` < 0).
 */
function spanEnd(s: Spline2, poly: SplinePoly | null, span: number, next: number): void {
  if (next >= 0 && poly && !poly.rational) {
    const o = spanOffset(poly, next);
    splineXY[0] = poly.coef[o] as number;
    splineXY[1] = poly.coef[o + poly.degree + 1] as number;
  } else if (next >= 0) pointOfSpan(s, poly, next, 0);
  else pointOfSpan(s, poly, span, 1);
}

/** Span being subdivided and the output of the current flattening. */
let curS: Spline2 | null = null;
let curPoly: SplinePoly | null = null;
let curSpan = 0;
let curOut: PointBuf | null = null;

/**
 * Appends the flattening of `s` at `tol` after its start point (`splineEndPoint(s, false)`) to
 * `out`. At an interior knot the point is the next span's start (the right limit, as `findSpan`
 * picks); the last point is the last span's end. Every point is a function of its span and its
 * dyadic u only, so a flattening at a coarser tolerance is a subset of a finer one's points.
 */
export function flattenSplineSpans(s: Spline2, tol: number, out: PointBuf): void {
  const poly = splinePoly(s);
  let span = nextSpan(s, s.degree);
  if (span < 0) return;
  curS = s;
  curPoly = poly;
  curOut = out;
  const st = stack;
  st[STACK_TOL] = tol;
  try {
    pointOfSpan(s, poly, span, 0);
    let x0 = splineXY[0] as number;
    let y0 = splineXY[1] as number;
    while (span >= 0) {
      const next = nextSpan(s, span + 1);
      spanEnd(s, poly, span, next);
      const x1 = splineXY[0] as number;
      const y1 = splineXY[1] as number;
      // The whole span at depth -2: its first two halvings (the 4 pieces) are not tested.
      st[0] = 0;
      st[1] = 1;
      st[2] = x0;
      st[3] = y0;
      st[4] = x1;
      st[5] = y1;
      st[6] = -2;
      curSpan = span;
      if (poly && poly.degree === 3 && !poly.rational) subdivide(poly.coef, spanOffset(poly, span), true);
      else subdivide(NO_COEF, 0, false);
      x0 = x1;
      y0 = y1;
      span = next;
    }
  } finally {
    curS = null;
    curPoly = null;
    curOut = null;
  }
}

/**
 * Pending right halves, 7 numbers each: u0, u1, x0, y0, x1, y1, depth (at most 18 pending: depths
 * -1 to 16), then the tolerance. Slot 0 holds the root piece on entry to `subdivide`.
 */
const stack = new Float64Array(7 * 24 + 1);
const STACK_TOL = 7 * 24;

/** Coefficients read by `subdivide` when the span is not a non-rational cubic (never used). */
const NO_COEF = new Float64Array(8);

/**
 * Subdivides the root piece in `stack[0, 7)` (end points known) depth first, left half before
 * right half: pieces of negative depth always, the others until the mid-point deviation is <= the
 * tolerance or depth 16; appends each leaf's end point. The current piece lives in local
 * variables, only pending right halves go to the stack: no call and no boxed double per piece.
 * Mid-points of a non-rational cubic (`cubic`, coefficients `c` from `o`) are evaluated inline
 * by Horner, others through `pointOfSpan`.
 */
function subdivide(c: Float64Array, o: number, cubic: boolean): void {
  const out = curOut as PointBuf;
  const st = stack;
  const tol = st[STACK_TOL] as number;
  const x0 = c[o] as number;
  const x1 = c[o + 1] as number;
  const x2 = c[o + 2] as number;
  const x3 = c[o + 3] as number;
  const y0 = c[o + 4] as number;
  const y1 = c[o + 5] as number;
  const y2 = c[o + 6] as number;
  const y3 = c[o + 7] as number;
  // A cheaper sufficient test for a non-rational cubic: the mid-point of a piece of length h whose
  // ends are points of this polynomial is exactly p(mid) = chord mid-point - h^2/8 p''(mid) (the
  // cubic's Taylor terms), so its distance from the chord's line is at most h^2/8 |p''(mid)|. At
  // most 0.9 tol, the distance `withinTol` computes from the rounded points is below tol by far more
  // than their rounding: the same leaf, without computing the mid-point. Only with coordinates
  // moderate next to tol (1e-12 of their size below tol/20). A piece ending at u = 1 ends at the
  // next span's start (st[4], st[5] on entry), not at this polynomial's end: only without a jump.
  let quick = 0; // (0.9 tol)^2 when the bound may be used, else 0
  // Past the last piece ending at u = 1 (the next span's start) the bound also holds when that
  // point is this polynomial's end within the same margin (a spline without a jump there).
  let quickTo = 1;
  if (cubic && tol > 0 && tol < Infinity) {
    const size =
      Math.abs(x0) +
      Math.abs(x1) +
      Math.abs(x2) +
      Math.abs(x3) +
      Math.abs(y0) +
      Math.abs(y1) +
      Math.abs(y2) +
      Math.abs(y3);
    if (1e-12 * size < 0.05 * tol) quick = 0.81 * tol * tol;
    const jump =
      Math.abs(x0 + x1 + x2 + x3 - (st[4] as number)) + Math.abs(y0 + y1 + y2 + y3 - (st[5] as number));
    if (jump <= 1e-12 * size) quickTo = 2;
  }
  // The root piece's four quarters (depth 0) all accepted by the bound: their end points at once.
  if (quickTo > 1 && quick > 0 && quartersQuick(x2, x3, y2, y3, quick)) {
    out.push(((x3 * 0.25 + x2) * 0.25 + x1) * 0.25 + x0, ((y3 * 0.25 + y2) * 0.25 + y1) * 0.25 + y0);
    out.push(((x3 * 0.5 + x2) * 0.5 + x1) * 0.5 + x0, ((y3 * 0.5 + y2) * 0.5 + y1) * 0.5 + y0);
    out.push(((x3 * 0.75 + x2) * 0.75 + x1) * 0.75 + x0, ((y3 * 0.75 + y2) * 0.75 + y1) * 0.75 + y0);
    out.push(st[4] as number, st[5] as number);
    return;
  }
  let top = 0;
  for (;;) {
    // Pop the next piece.
    const a = st[top] as number;
    let b = st[top + 1] as number;
    const ax = st[top + 2] as number;
    const ay = st[top + 3] as number;
    let bx = st[top + 4] as number;
    let by = st[top + 5] as number;
    let depth = st[top + 6] as number;
    // Descend along left halves (a stays), pushing the right ones, until a leaf.
    while (depth < 16) {
      const um = (a + b) / 2;
      let bound = Infinity; // the curvature bound of this piece, when tested
      if (depth >= 0 && quick > 0 && b < quickTo) {
        const k = (b - a) * (b - a) * 0.125;
        const ddx = 2 * x2 + 6 * x3 * um;
        const ddy = 2 * y2 + 6 * y3 * um;
        bound = k * k * (ddx * ddx + ddy * ddy);
        if (bound <= quick) break;
      }
      let mx: number;
      let my: number;
      if (cubic) {
        mx = ((x3 * um + x2) * um + x1) * um + x0;
        my = ((y3 * um + y2) * um + y1) * um + y0;
      } else {
        pointOfSpan(curS as Spline2, curPoly, curSpan, um);
        mx = splineXY[0] as number;
        my = splineXY[1] as number;
      }
      if (depth >= 0 && withinTol(bx - ax, by - ay, mx - ax, my - ay, tol)) break;
      // Halves have about a sixteenth of this piece's bound: below 16 quick, both are tested by it
      // here (the expressions of their own turns at depth + 1 < 16); both accepted, they are the
      // leaves ending at the mid-point and at b, with no piece pushed or popped.
      if (bound < 16 * quick && depth < 15) {
        const la = (um - a) * (um - a) * 0.125;
        const lu = (a + um) / 2;
        const lx = 2 * x2 + 6 * x3 * lu;
        const ly = 2 * y2 + 6 * y3 * lu;
        const ra = (b - um) * (b - um) * 0.125;
        const ru = (um + b) / 2;
        const rx = 2 * x2 + 6 * x3 * ru;
        const ry = 2 * y2 + 6 * y3 * ru;
        if (la * la * (lx * lx + ly * ly) <= quick && b < quickTo && ra * ra * (rx * rx + ry * ry) <= quick) {
          out.push(mx, my);
          break;
        }
      }
      st[top] = um;
      st[top + 1] = b;
      st[top + 2] = mx;
      st[top + 3] = my;
      st[top + 4] = bx;
      st[top + 5] = by;
      st[top + 6] = depth + 1;
      top += 7;
      b = um;
      bx = mx;
      by = my;
      depth++;
    }
    out.push(bx, by);
    if (top === 0) return;
    top -= 7;
  }
}

/**
 * Whether the curvature bound of `subdivide` accepts all four quarters of a span at depth 0 (the
 * same expressions: mid-points 1/8, 3/8, 5/8, 7/8, (1/4)^2 / 8 each): then the subdivision's
 * leaves are the quarters, ending at the span's points 1/4, 1/2, 3/4 (Horner, as the halvings
 * evaluate them) and its end, with no piece pushed or popped.
 */
function quartersQuick(x2: number, x3: number, y2: number, y3: number, quick: number): boolean {
  const k = 0.25 * 0.25 * 0.125;
  for (let um = 0.125; um < 1; um += 0.25) {
    const ddx = 2 * x2 + 6 * x3 * um;
    const ddy = 2 * y2 + 6 * y3 * um;
    if (!(k * k * (ddx * ddx + ddy * ddy) <= quick)) return false;
  }
  return true;
}
