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
  if (p === 3 && !s.ws) return cubicLengthArea(s);
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

/** Inverse of the cubic Vandermonde matrix at u = 0, 1/3, 2/3, 1 (row-major), by the same elimination. */
const VINV3 = (() => {
  const inv = new Float64Array(16);
  const A = new Float64Array(16);
  const e = new Float64Array(4);
  for (let c = 0; c < 4; c++) {
    e.fill(0);
    e[c] = 1;
    vandermonde(3, e, A);
    for (let r = 0; r < 4; r++) inv[r * 4 + c] = e[r] as number;
  }
  return inv;
})();

/** The 80 quadrature nodes of a span (4 pieces of 20) in [0, 1] and their weights. */
const NODE_U = new Float64Array(80);
const NODE_G = new Float64Array(80);
for (let piece = 0; piece < 4; piece++) {
  for (let j = 0; j < 20; j++) {
    NODE_U[piece * 20 + j] = (piece + 0.5) / 4 + (GL_X[j] as number) / 8;
    NODE_G[piece * 20 + j] = (GL_W[j] as number) / 8;
  }
}

/**
 * `polySplineLengthArea` for a non-rational cubic: the same rule (values at u = 0, 1/3, 2/3, 1 to
 * power-basis coefficients, 4 x 20 Gauss-Legendre nodes per span) with the weight polynomial left
 * out (it is 1) and the inverse Vandermonde matrix applied directly; equal up to rounding.
 */
function cubicLengthArea(s: Spline2): { length: number; area: number } {
  const U = s.knots;
  const n = s.xs.length;
  const xs = s.xs;
  const ys = s.ys;
  const N = sN;
  const left = sLeft;
  const right = sRight;
  const vx = sCx;
  const vy = sCy;
  const V = VINV3;
  let length = 0;
  let area = 0;
  for (let span = 3; span < n; span++) {
    const a = U[span] as number;
    const b = U[span + 1] as number;
    if (!(b > a)) continue;
    for (let k = 0; k < 4; k++) {
      basis(U, 3, span, a + ((b - a) * k) / 3, N, left, right);
      let x = 0,
        y = 0;
      for (let r = 0; r < 4; r++) {
        const i = span - 3 + r;
        const f = N[r] as number;
        x += f * (xs[i] as number);
        y += f * (ys[i] as number);
      }
      vx[k] = x;
      vy[k] = y;
    }
    const v0x = vx[0] as number;
    const v1x = vx[1] as number;
    const v2x = vx[2] as number;
    const v3x = vx[3] as number;
    const v0y = vy[0] as number;
    const v1y = vy[1] as number;
    const v2y = vy[2] as number;
    const v3y = vy[3] as number;
    const x0 =
      (V[0] as number) * v0x + (V[1] as number) * v1x + (V[2] as number) * v2x + (V[3] as number) * v3x;
    const x1 =
      (V[4] as number) * v0x + (V[5] as number) * v1x + (V[6] as number) * v2x + (V[7] as number) * v3x;
    const x2 =
      (V[8] as number) * v0x + (V[9] as number) * v1x + (V[10] as number) * v2x + (V[11] as number) * v3x;
    const x3 =
      (V[12] as number) * v0x + (V[13] as number) * v1x + (V[14] as number) * v2x + (V[15] as number) * v3x;
    const y0 =
      (V[0] as number) * v0y + (V[1] as number) * v1y + (V[2] as number) * v2y + (V[3] as number) * v3y;
    const y1 =
      (V[4] as number) * v0y + (V[5] as number) * v1y + (V[6] as number) * v2y + (V[7] as number) * v3y;
    const y2 =
      (V[8] as number) * v0y + (V[9] as number) * v1y + (V[10] as number) * v2y + (V[11] as number) * v3y;
    const y3 =
      (V[12] as number) * v0y + (V[13] as number) * v1y + (V[14] as number) * v2y + (V[15] as number) * v3y;
    const dx1 = 2 * x2;
    const dx2 = 3 * x3;
    const dy1 = 2 * y2;
    const dy2 = 3 * y3;
    for (let j = 0; j < 80; j++) {
      const u = NODE_U[j] as number;
      const x = ((x3 * u + x2) * u + x1) * u + x0;
      const y = ((y3 * u + y2) * u + y1) * u + y0;
      const dx = (dx2 * u + dx1) * u + x1;
      const dy = (dy2 * u + dy1) * u + y1;
      const g = NODE_G[j] as number;
      length += g * Math.sqrt(dx * dx + dy * dy);
      area += g * (x * dy - y * dx);
    }
  }
  return { length, area: area / 2 };
}
