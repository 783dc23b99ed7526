import { reservedIn, reserveF64 } from './arena.ts';
import { splineXY, type Spline2 } from './spline.ts';

/**
 * Per-span polynomial form of a spline: on each knot span [a, a + h] the curve is
 * P(t) = X(u) / W(u) with u = (t - a) / h in [0, 1] and X, W polynomials in the power basis of u.
 * Built once per spline, it turns every later evaluation (flattening, quadrature, end points) into
 * a few multiply-adds by Horner's rule instead of the basis recurrence with its divisions. The
 * local parameter u (never the raw t) keeps the power basis well conditioned: all coefficients
 * are bounded by small multiples of the control points.
 */
export interface SplinePoly {
  degree: number;
  /** True when weights are present: a W polynomial follows Y for every span. */
  rational: boolean;
  /** Numbers per span: (degree + 1) for each of X, Y and (rational) W. */
  stride: number;
  /**
   * Coefficients of non-empty knot span `span` (constant first) at `spanOffset(poly, span)`: X then
   * Y then W. The array is a chunk shared by the polynomials of many splines.
   */
  coef: Float64Array;
  /** Offset of the first span's coefficients in `coef` when every span is non-empty (`index` < 0). */
  base: number;
  /**
   * When some spans are empty: offset in `coef` of a table holding, for every span from the first,
   * the offset of its coefficients (only non-empty spans have any), else -1. Splines exported as
   * chains of Bezier pieces (triple knots) have two empty spans for every non-empty one: storing
   * coefficients for those too was 72 % zeros on d2g-draak (1.8 MB, against 0.7 MB so).
   */
  index: number;
}

/** Offset of the coefficients of the non-empty knot span `span` in `poly.coef`. */
export function spanOffset(poly: SplinePoly, span: number): number {
  const i = span - poly.degree;
  return poly.index < 0 ? poly.base + i * poly.stride : (poly.coef[poly.index + i] as number);
}

/**
 * Highest degree converted: the power basis loses about a factor 2^p of accuracy to cancellation
 * (1e-13 relative at degree 5); higher degrees keep the basis recurrence (`splinePointOf`).
 */
export const MAX_POLY_DEGREE = 5;

/** Scratch: basis polynomials (row r = N_{span-p+r,p}, column c = coefficient of u^c), saved and temp. */
const B = new Float64Array((MAX_POLY_DEGREE + 1) * (MAX_POLY_DEGREE + 1));
const S = new Float64Array(MAX_POLY_DEGREE + 2);
const T = new Float64Array(MAX_POLY_DEGREE + 2);

/**
 * The p+1 basis functions that are non-zero on the non-empty span `span` as polynomials in
 * u = (t - U[span]) / h, into `B` (row-major, p+1 columns). The recurrence of the NURBS book (A2.2)
 * with each value replaced by a polynomial: left(u) = (a - U[i]) + h u and right(u) = (U[i] - a) - h u
 * are linear, their sum (the divisor) is a knot difference >= h, so no coefficient exceeds the
 * binomial scale.
 */
export function spanBasis(U: Float64Array, p: number, span: number, out: Float64Array): void {
  const m = p + 1;
  const a = U[span] as number;
  const h = (U[span + 1] as number) - a;
  // Loops rather than `fill`: a builtin call costs more than these few stores.
  for (let k = 0; k < m * m; k++) out[k] = 0;
  out[0] = 1;
  for (let j = 1; j <= p; j++) {
    for (let c = 0; c <= j; c++) S[c] = 0;
    for (let r = 0; r < j; r++) {
      const kl = U[span + 1 - j + r] as number;
      const kr = U[span + 1 + r] as number;
      const den = kr - kl;
      const inv = den === 0 ? 0 : 1 / den;
      for (let c = 0; c < j; c++) T[c] = (out[r * m + c] as number) * inv;
      T[j] = 0;
      const rc = kr - a;
      const lc = a - kl;
      // N_r = saved + right * temp; saved = left * temp (polynomial products with linear factors).
      for (let c = j; c >= 0; c--) {
        const tc = T[c] as number;
        const tl = c > 0 ? (T[c - 1] as number) : 0;
        out[r * m + c] = (S[c] as number) + rc * tc - h * tl;
        S[c] = lc * tc + h * tl;
      }
    }
    for (let c = 0; c <= j; c++) out[j * m + c] = S[c] as number;
  }
}

/** Writes the X, Y (and W) coefficients of span `span` of `s` into `coef` at offset `o`. */
function spanCoefficients(s: Spline2, span: number, coef: Float64Array, o: number): void {
  const p = s.degree;
  const m = p + 1;
  spanBasis(s.knots, p, span, B);
  const ws = s.ws;
  const xs = s.xs;
  const ys = s.ys;
  const i0 = span - p;
  for (let c = 0; c < m; c++) {
    let x = 0;
    let y = 0;
    let w = 0;
    for (let r = 0; r < m; r++) {
      const f = (B[r * m + c] as number) * (ws ? (ws[i0 + r] as number) : 1);
      x += f * (xs[i0 + r] as number);
      y += f * (ys[i0 + r] as number);
      w += f;
    }
    coef[o + c] = x;
    coef[o + m + c] = y;
    if (ws) coef[o + 2 * m + c] = w;
  }
}

/**
 * `spanCoefficients` of a non-rational cubic by blossoming (Bezier extraction) instead of the
 * polynomial basis: the span's Bezier points f(a,a,a), f(a,a,b), f(a,b,b), f(b,b,b) are affine
 * combinations of its 4 control points f(u[i-2], u[i-1], a) ... f(b, u[i+2], u[i+3]), 6 of them in
 * all, every ratio's divisor a knot difference >= h > 0. About five times faster; equal up to rounding.
 */
function cubicSpanCoefficients(s: Spline2, span: number, coef: Float64Array, o: number): void {
  const U = s.knots;
  const um2 = U[span - 2] as number;
  const um1 = U[span - 1] as number;
  const a = U[span] as number;
  const b = U[span + 1] as number;
  const up2 = U[span + 2] as number;
  const up3 = U[span + 3] as number;
  // Ratios of: f(a,a,b) and f(a,b,b) between P1 and P2; f(u[i-1],a,a) between P0 and P1; f(a,a,a)
  // between that and f(a,a,b); f(b,b,u[i+2]) between P2 and P3; f(b,b,b) between f(a,b,b) and that.
  const al = (a - um1) / (up2 - um1);
  const be = (b - um1) / (up2 - um1);
  const ga = (a - um2) / (b - um2);
  const de = (a - um1) / (b - um1);
  const ep = (b - a) / (up3 - a);
  const ze = (b - a) / (up2 - a);
  for (let k = 0; k < 2; k++) {
    const P = k === 0 ? s.xs : s.ys;
    const p0 = P[span - 3] as number;
    const p1 = P[span - 2] as number;
    const p2 = P[span - 1] as number;
    const p3 = P[span] as number;
    const b1 = p1 + al * (p2 - p1);
    const b2 = p1 + be * (p2 - p1);
    const l1 = p0 + ga * (p1 - p0);
    const b0 = l1 + de * (b1 - l1);
    const r1 = p2 + ep * (p3 - p2);
    const b3 = b2 + ze * (r1 - b2);
    // Bezier to power basis.
    const q = o + 4 * k;
    coef[q] = b0;
    coef[q + 1] = 3 * (b1 - b0);
    coef[q + 2] = 3 * (b0 - 2 * b1 + b2);
    coef[q + 3] = b3 - b0 + 3 * (b1 - b2);
  }
}

/**
 * The per-span polynomials of `s`, built on first use and kept on the spline (`s.poly`); null for a
 * degree above `MAX_POLY_DEGREE`.
 */
export function splinePoly(s: Spline2): SplinePoly | null {
  if (s.poly) return s.poly;
  const p = s.degree;
  if (p > MAX_POLY_DEGREE) return null;
  const rational = s.ws !== null;
  const stride = (rational ? 3 : 2) * (p + 1);
  const n = s.xs.length;
  const U = s.knots;
  let nonEmpty = 0;
  for (let span = p; span < n; span++) if ((U[span + 1] as number) > (U[span] as number)) nonEmpty++;
  const dense = nonEmpty === n - p;
  // Offsets into shared chunks: a view per spline would cost a third of a typical conversion.
  const at = reserveF64((dense ? 0 : n - p) + nonEmpty * stride);
  const coef = reservedIn;
  const index = dense ? -1 : at;
  const base = dense ? at : at + n - p;
  const cubic = p === 3 && !rational;
  let o = base;
  for (let span = p; span < n; span++) {
    if (!((U[span + 1] as number) > (U[span] as number))) {
      coef[index + span - p] = -1;
      continue;
    }
    if (!dense) coef[index + span - p] = o;
    if (cubic) cubicSpanCoefficients(s, span, coef, o);
    else spanCoefficients(s, span, coef, o);
    o += stride;
  }
  const poly: SplinePoly = { degree: p, rational, stride, coef, base, index };
  s.poly = poly;
  return poly;
}

/**
 * Point at local parameter u of the span whose coefficients start at `o`, into `splineXY` (Horner).
 * Small enough to be inlined into the flattening loop (no boxed double per call then).
 */
export function polyPoint(poly: SplinePoly, o: number, u: number): void {
  const c = poly.coef;
  const p = poly.degree;
  const m = p + 1;
  let x = c[o + p] as number;
  let y = c[o + m + p] as number;
  for (let k = p - 1; k >= 0; k--) {
    x = x * u + (c[o + k] as number);
    y = y * u + (c[o + m + k] as number);
  }
  if (poly.rational) {
    let w = c[o + 2 * m + p] as number;
    for (let k = p - 1; k >= 0; k--) w = w * u + (c[o + 2 * m + k] as number);
    if (w === 0) w = 1;
    x /= w;
    y /= w;
  }
  splineXY[0] = x;
  splineXY[1] = y;
}
