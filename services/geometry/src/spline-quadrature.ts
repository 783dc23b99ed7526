import { GL_W, GL_X } from './quadrature.ts';
import { spanOffset, splinePoly, type SplinePoly } from './spline-poly.ts';
import type { Spline2 } from './spline.ts';

/** The 80 quadrature nodes of a span (4 pieces of 20 Gauss-Legendre nodes) in u in [0, 1], and their weights. */
const NODE_U = new Float64Array(80);
const NODE_G = new Float64Array(80);
for (let piece = 0; piece < 4; piece++) {
  for (let j = 0; j < 20; j++) {
    NODE_U[piece * 20 + j] = (piece + 0.5) / 4 + (GL_X[j] as number) / 8;
    NODE_G[piece * 20 + j] = (GL_W[j] as number) / 8;
  }
}

/**
 * Length and Green's integral of a spline of degree <= `MAX_POLY_DEGREE` from its per-span
 * polynomials (`spline-poly.ts`): the length by 4 x 20-node Gauss-Legendre per knot span; the area
 * in closed form for a non-rational spline (x y' - y x' is then a polynomial of degree 2p - 1 <= 9,
 * which that quadrature integrates exactly, so only rounding differs) and by the same quadrature
 * for a rational one. Returns null for higher degrees (the caller uses the general evaluator).
 */
export function polySplineLengthArea(s: Spline2): { length: number; area: number } | null {
  const poly = splinePoly(s);
  if (!poly) return null;
  let length = 0;
  let area = 0;
  const U = s.knots;
  const p = s.degree;
  for (let span = p; span < s.xs.length; span++) {
    if (!((U[span + 1] as number) > (U[span] as number))) continue;
    const o = spanOffset(poly, span);
    if (poly.rational) {
      length += rationalSpan(poly, o);
      area += rsArea[0] as number;
    } else {
      length += p === 3 ? cubicSpanLength(poly.coef, o) : polySpanLength(poly, o);
      area += polySpanArea(poly, o);
    }
  }
  return { length, area: area / 2 };
}

/** Length of a non-rational cubic span: |P'(u)| = |(3 c3 u + 2 c2) u + c1| at the 80 nodes. */
function cubicSpanLength(c: Float64Array, o: number): number {
  const x1 = c[o + 1] as number;
  const x2 = 2 * (c[o + 2] as number);
  const x3 = 3 * (c[o + 3] as number);
  const y1 = c[o + 5] as number;
  const y2 = 2 * (c[o + 6] as number);
  const y3 = 3 * (c[o + 7] as number);
  let length = 0;
  for (let j = 0; j < 80; j++) {
    const u = NODE_U[j] as number;
    const dx = (x3 * u + x2) * u + x1;
    const dy = (y3 * u + y2) * u + y1;
    length += (NODE_G[j] as number) * Math.sqrt(dx * dx + dy * dy);
  }
  return length;
}

/** Length of a non-rational span of any converted degree: derivative polynomials by Horner at the 80 nodes. */
function polySpanLength(poly: SplinePoly, o: number): number {
  const c = poly.coef;
  const p = poly.degree;
  const m = p + 1;
  let length = 0;
  for (let j = 0; j < 80; j++) {
    const u = NODE_U[j] as number;
    let dx = 0;
    let dy = 0;
    for (let k = p; k >= 1; k--) {
      dx = dx * u + k * (c[o + k] as number);
      dy = dy * u + k * (c[o + m + k] as number);
    }
    length += (NODE_G[j] as number) * Math.sqrt(dx * dx + dy * dy);
  }
  return length;
}

/**
 * Twice the Green's integral of a non-rational span, exactly: with x = sum a_i u^i and
 * y = sum b_j u^j, the integral over [0, 1] of x y' - y x' is sum over i < j of
 * (a_i b_j - a_j b_i) (j - i) / (i + j).
 */
function polySpanArea(poly: SplinePoly, o: number): number {
  const c = poly.coef;
  const m = poly.degree + 1;
  let area = 0;
  for (let i = 0; i < m; i++) {
    const ai = c[o + i] as number;
    const bi = c[o + m + i] as number;
    for (let j = i + 1; j < m; j++)
      area += (ai * (c[o + m + j] as number) - (c[o + j] as number) * bi) * ((j - i) / (i + j));
  }
  return area;
}

/** Second result of `rationalSpan`: twice the span's Green's integral. */
const rsArea = new Float64Array(1);

/**
 * Length of a rational span by the 80-node rule, twice its Green's integral into `rsArea`:
 * x = X / W, x' = (X' - x W') / W at each node, X, W and their derivatives by Horner.
 */
function rationalSpan(poly: SplinePoly, o: number): number {
  const c = poly.coef;
  const p = poly.degree;
  const m = p + 1;
  let length = 0;
  let area = 0;
  for (let j = 0; j < 80; j++) {
    const u = NODE_U[j] as number;
    let X = 0,
      Y = 0,
      W = 0,
      dX = 0,
      dY = 0,
      dW = 0;
    for (let k = p; k >= 0; k--) {
      dX = dX * u + X;
      dY = dY * u + Y;
      dW = dW * u + W;
      X = X * u + (c[o + k] as number);
      Y = Y * u + (c[o + m + k] as number);
      W = W * u + (c[o + 2 * m + k] as number);
    }
    const x = X / W;
    const y = Y / W;
    const dx = (dX - x * dW) / W;
    const dy = (dY - y * dW) / W;
    const g = NODE_G[j] as number;
    length += g * Math.sqrt(dx * dx + dy * dy);
    area += g * (x * dy - y * dx);
  }
  rsArea[0] = area;
  return length;
}
