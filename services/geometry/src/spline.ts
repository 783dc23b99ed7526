import type { SplinePoly } from './spline-poly.ts';

/** A planar (projected) NURBS curve evaluated on [knots[p], knots[n]]. */
export interface Spline2 {
  degree: number;
  knots: Float64Array;
  /** Control points x and y (already projected / transformed). */
  xs: Float64Array;
  ys: Float64Array;
  /** Weights, or null for a non-rational spline. */
  ws: Float64Array | null;
  /**
   * Per-span polynomials (`splinePoly`), built on first use; constructors set null so that every
   * spline has the same shape. The other fields must not change once it is built.
   */
  poly?: SplinePoly | null;
}

/** Point and first derivative of a curve at one parameter. */
export interface CurvePoint {
  x: number;
  y: number;
  dx: number;
  dy: number;
}

/** Parameter domain [knots[p], knots[n]] of a spline. */
export function splineDomain(s: Spline2): [number, number] {
  return [s.knots[s.degree] as number, s.knots[s.xs.length] as number];
}

/** Start parameters of the non-empty knot spans inside the domain, followed by the domain end. */
export function splineBreaks(s: Spline2): number[] {
  const [a, b] = splineDomain(s);
  const out: number[] = [a];
  for (let i = s.degree + 1; i < s.xs.length; i++) {
    const k = s.knots[i] as number;
    if (k > out[out.length - 1]! && k < b) out.push(k);
  }
  if (b > a) out.push(b);
  return out;
}

export function findSpan(s: Spline2, t: number): number {
  const p = s.degree;
  const n = s.xs.length - 1;
  const U = s.knots;
  if (t >= (U[n + 1] as number)) {
    let k = n;
    while (k > p && (U[k] as number) >= (U[n + 1] as number)) k--;
    return k;
  }
  if (t <= (U[p] as number)) return p;
  let lo = p;
  let hi = n + 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t < (U[mid] as number)) hi = mid;
    else lo = mid;
  }
  return lo;
}

const MAXP = 32;
const ndu = new Float64Array((MAXP + 1) * (MAXP + 1));
const left = new Float64Array(MAXP + 1);
const right = new Float64Array(MAXP + 1);

/** Evaluates position and derivative (NURBS book A2.3 up to first derivatives); `out` is filled. */
export function evalSpline(s: Spline2, t: number, out: CurvePoint): CurvePoint {
  const p = s.degree;
  const U = s.knots;
  const span = findSpan(s, t);
  const W = p + 1;
  ndu[0] = 1;
  for (let j = 1; j <= p; j++) {
    left[j] = t - (U[span + 1 - j] as number);
    right[j] = (U[span + j] as number) - t;
    let saved = 0;
    for (let r = 0; r < j; r++) {
      const den = (right[r + 1] as number) + (left[j - r] as number);
      ndu[j * W + r] = den;
      const temp = den === 0 ? 0 : (ndu[r * W + j - 1] as number) / den;
      ndu[r * W + j] = saved + (right[r + 1] as number) * temp;
      saved = (left[j - r] as number) * temp;
    }
    ndu[j * W + j] = saved;
  }
  let x = 0,
    y = 0,
    w = 0,
    dx = 0,
    dy = 0,
    dw = 0;
  for (let r = 0; r <= p; r++) {
    const N = ndu[r * W + p] as number;
    let dN = 0;
    if (p > 0) {
      if (r >= 1) {
        const den = ndu[p * W + r - 1] as number;
        if (den !== 0) dN += (ndu[(r - 1) * W + p - 1] as number) / den;
      }
      if (r <= p - 1) {
        const den = ndu[p * W + r] as number;
        if (den !== 0) dN -= (ndu[r * W + p - 1] as number) / den;
      }
      dN *= p;
    }
    const i = span - p + r;
    const wi = s.ws ? (s.ws[i] as number) : 1;
    const px = s.xs[i] as number;
    const py = s.ys[i] as number;
    x += N * wi * px;
    y += N * wi * py;
    w += N * wi;
    dx += dN * wi * px;
    dy += dN * wi * py;
    dw += dN * wi;
  }
  if (w === 0) w = 1;
  out.x = x / w;
  out.y = y / w;
  out.dx = (dx - out.x * dw) / w;
  out.dy = (dy - out.y * dw) / w;
  return out;
}

const basisN = new Float64Array(MAXP + 1);

/** Output of `splinePoint`: [x, y]. */
export const splineXY = new Float64Array(2);

const tArg = new Float64Array(1);

/**
 * Position only, into `splineXY`: bit for bit the x and y of `evalSpline` (same basis
 * recurrence, same sums) without the derivative. `span` is normally `findSpan(s, t)`; any
 * non-empty span whose closed interval holds t gives that span's polynomial (at a knot: its
 * left or right limit).
 */
export function splinePoint(s: Spline2, t: number, span: number): void {
  tArg[0] = t;
  splinePointOf(s, tArg, 0, span);
}

/**
 * `splinePoint` at the parameter `ts[i]`: read here rather than passed, since a double argument of
 * a call that is not inlined is boxed (the flattening of splines above degree 5 calls it per point;
 * lower degrees use their per-span polynomials, `spline-poly.ts`).
 */
export function splinePointOf(s: Spline2, ts: Float64Array, i: number, span: number): void {
  const p = s.degree;
  const U = s.knots;
  const t = ts[i] as number;
  const N = basisN;
  N[0] = 1;
  for (let j = 1; j <= p; j++) {
    left[j] = t - (U[span + 1 - j] as number);
    right[j] = (U[span + j] as number) - t;
    let saved = 0;
    for (let r = 0; r < j; r++) {
      const rr = right[r + 1] as number;
      const ll = left[j - r] as number;
      const den = rr + ll;
      const temp = den === 0 ? 0 : (N[r] as number) / den;
      N[r] = saved + rr * temp;
      saved = ll * temp;
    }
    N[j] = saved;
  }
  let x = 0,
    y = 0,
    w = 0;
  const xs = s.xs;
  const ys = s.ys;
  const ws = s.ws;
  const i0 = span - p;
  if (ws) {
    for (let r = 0; r <= p; r++) {
      const nw = (N[r] as number) * (ws[i0 + r] as number);
      x += nw * (xs[i0 + r] as number);
      y += nw * (ys[i0 + r] as number);
      w += nw;
    }
  } else {
    for (let r = 0; r <= p; r++) {
      const n = N[r] as number;
      x += n * (xs[i0 + r] as number);
      y += n * (ys[i0 + r] as number);
      w += n;
    }
  }
  if (w === 0) w = 1;
  splineXY[0] = x / w;
  splineXY[1] = y / w;
}

/** Checks a spline definition; returns a reason or null when it can be evaluated. */
export function splineProblem(
  degree: number,
  nCtrl: number,
  nKnots: number,
  nWeights: number,
): string | null {
  if (!(degree >= 1 && degree <= MAXP)) return 'invalid degree';
  if (nCtrl < degree + 1) return 'too few control points';
  if (nKnots !== nCtrl + degree + 1) return 'invalid knot count';
  if (nWeights !== 0 && nWeights !== nCtrl) return 'invalid weight count';
  return null;
}

/** Open uniform (clamped) knot vector, used when a spline has control points but no knots. */
export function openUniformKnots(count: number, order: number): number[] {
  const k = count - order;
  const knots: number[] = new Array<number>(order).fill(0);
  for (let i = 1; i <= k; i++) knots.push(i);
  for (let i = 0; i < order; i++) knots.push(k + 1);
  return knots;
}
