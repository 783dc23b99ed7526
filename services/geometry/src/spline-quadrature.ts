import { GL_W, GL_X } from './quadrature.ts';
import type { Spline2 } from './spline.ts';

/** Highest degree converted to per-span polynomials (the equally spaced fit stays well conditioned). */
const MAX_POLY_DEGREE = 5;

/** Basis values N_{span-p..span,p}(t) into `N` (NURBS book A2.2). */
function basis(
  U: Float64Array,
  p: number,
  span: number,
  t: number,
  N: Float64Array,
  left: Float64Array,
  right: Float64Array,
): void {
  N[0] = 1;
  for (let j = 1; j <= p; j++) {
    left[j] = t - (U[span + 1 - j] as number);
    right[j] = (U[span + j] as number) - t;
    let saved = 0;
    for (let r = 0; r < j; r++) {
      const den = (right[r + 1] as number) + (left[j - r] as number);
      const temp = den === 0 ? 0 : (N[r] as number) / den;
      N[r] = saved + (right[r + 1] as number) * temp;
      saved = (left[j - r] as number) * temp;
    }
    N[j] = saved;
  }
}

/** Solves the (p+1)x(p+1) Vandermonde system for u_k = k/p in place: values -> monomial coefficients. */
function vandermonde(p: number, v: Float64Array, A: Float64Array): void {
  const m = p + 1;
  for (let k = 0; k < m; k++) {
    const u = p === 0 ? 0 : k / p;
    let pow = 1;
    for (let c = 0; c < m; c++) {
      A[k * m + c] = pow;
      pow *= u;
    }
  }
  for (let c = 0; c < m; c++) {
    let piv = c;
    for (let r = c + 1; r < m; r++)
      if (Math.abs(A[r * m + c] as number) > Math.abs(A[piv * m + c] as number)) piv = r;
    if (piv !== c) {
      for (let k = 0; k < m; k++) {
        const t = A[c * m + k] as number;
        A[c * m + k] = A[piv * m + k] as number;
        A[piv * m + k] = t;
      }
      const t = v[c] as number;
      v[c] = v[piv] as number;
      v[piv] = t;
    }
    for (let r = c + 1; r < m; r++) {
      const f = (A[r * m + c] as number) / (A[c * m + c] as number);
      for (let k = c; k < m; k++) A[r * m + k] = (A[r * m + k] as number) - f * (A[c * m + k] as number);
      v[r] = (v[r] as number) - f * (v[c] as number);
    }
  }
  for (let c = m - 1; c >= 0; c--) {
    let s = v[c] as number;
    for (let k = c + 1; k < m; k++) s -= (A[c * m + k] as number) * (v[k] as number);
    v[c] = s / (A[c * m + c] as number);
  }
}

// Scratch of `polySplineLengthArea` (degree <= 5): no allocation per spline.
const sN = new Float64Array(MAX_POLY_DEGREE + 1);
const sLeft = new Float64Array(MAX_POLY_DEGREE + 1);
const sRight = new Float64Array(MAX_POLY_DEGREE + 1);
const sA = new Float64Array((MAX_POLY_DEGREE + 1) * (MAX_POLY_DEGREE + 1));
const sCx = new Float64Array(MAX_POLY_DEGREE + 1);
const sCy = new Float64Array(MAX_POLY_DEGREE + 1);
const sCw = new Float64Array(MAX_POLY_DEGREE + 1);

/**
 * Length and Green's integral of a spline of degree <= 5: each knot span is turned into
 * polynomials (homogeneous x, y, w) once, then integrated with 4 x 20-node Gauss-Legendre pieces
 * by Horner evaluation. Returns null for higher degrees (the caller uses the general evaluator).
 */
export function polySplineLengthArea(s: Spline2): { length: number; area: number } | null {
  const p = s.degree;
  if (p > MAX_POLY_DEGREE) return null;
  const U = s.knots;
  const n = s.xs.length;
  const m = p + 1;
  const N = sN;
  const left = sLeft;
  const right = sRight;
  const A = sA;
  const cx = sCx;
  const cy = sCy;
  const cw = sCw;
  let length = 0;
  let area = 0;
  for (let span = p; span < n; span++) {
    const a = U[span] as number;
    const b = U[span + 1] as number;
    if (!(b > a)) continue;
    for (let k = 0; k < m; k++) {
      basis(U, p, span, a + ((b - a) * k) / (p || 1), N, left, right);
      let x = 0,
        y = 0,
        w = 0;
      for (let r = 0; r < m; r++) {
        const i = span - p + r;
        const wi = s.ws ? (s.ws[i] as number) : 1;
        const f = (N[r] as number) * wi;
        x += f * (s.xs[i] as number);
        y += f * (s.ys[i] as number);
        w += f;
      }
      cx[k] = x;
      cy[k] = y;
      cw[k] = w;
    }
    vandermonde(p, cx, A);
    vandermonde(p, cy, A);
    vandermonde(p, cw, A);
    for (let piece = 0; piece < 4; piece++) {
      const mid = (piece + 0.5) / 4;
      for (let j = 0; j < 20; j++) {
        const u = mid + (GL_X[j] as number) / 8;
        let X = 0,
          Y = 0,
          W = 0,
          dX = 0,
          dY = 0,
          dW = 0;
        for (let c = p; c >= 0; c--) {
          dX = dX * u + X;
          dY = dY * u + Y;
          dW = dW * u + W;
          X = X * u + (cx[c] as number);
          Y = Y * u + (cy[c] as number);
          W = W * u + (cw[c] as number);
        }
        const x = X / W;
        const y = Y / W;
        const dx = (dX - x * dW) / W;
        const dy = (dY - y * dW) / W;
        const g = (GL_W[j] as number) / 8;
        length += g * Math.sqrt(dx * dx + dy * dy);
        area += g * (x * dy - y * dx);
      }
    }
  }
  return { length, area: area / 2 };
}
