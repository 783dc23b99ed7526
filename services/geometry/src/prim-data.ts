import { f64 } from './arena.ts';
import { hypot } from './hypot.ts';
import type { Affine } from './primitives.ts';

/**
 * Segments and elliptical arcs of an edge packed in one Float64Array, `PS` numbers per primitive
 * (no object and no boxed double per primitive: those were the largest share of the collector's work):
 *
 *   o + 0   kind: 0 straight segment, 1 elliptical arc P(t) = C + U cos t + V sin t
 *   o + 1.. x0, y0, x1, y1   end points, kept exactly (an almost straight bulge has a far centre,
 *                            and end points recomputed from it would lose precision)
 *   o + 5.. cx, cy, ux, uy, vx, vy, t0, dt   arcs only (t from t0 over the signed sweep dt)
 */
export const PS = 13;

/** Packed primitives of no edge (spline edges hold their spline instead). */
export const NO_PRIMS = new Float64Array(0);

/** Writes a straight segment at offset `o`. */
export function writeSeg(pd: Float64Array, o: number, x0: number, y0: number, x1: number, y1: number): void {
  pd[o] = 0;
  pd[o + 1] = x0;
  pd[o + 2] = y0;
  pd[o + 3] = x1;
  pd[o + 4] = y1;
}

/** Writes an elliptical arc at offset `o` with its end points computed once from the parameters. */
export function writeArc(
  pd: Float64Array,
  o: number,
  cx: number,
  cy: number,
  ux: number,
  uy: number,
  vx: number,
  vy: number,
  t0: number,
  dt: number,
): void {
  const c0 = Math.cos(t0);
  const s0 = Math.sin(t0);
  const c1 = Math.cos(t0 + dt);
  const s1 = Math.sin(t0 + dt);
  pd[o] = 1;
  pd[o + 1] = cx + ux * c0 + vx * s0;
  pd[o + 2] = cy + uy * c0 + vy * s0;
  pd[o + 3] = cx + ux * c1 + vx * s1;
  pd[o + 4] = cy + uy * c1 + vy * s1;
  pd[o + 5] = cx;
  pd[o + 6] = cy;
  pd[o + 7] = ux;
  pd[o + 8] = uy;
  pd[o + 9] = vx;
  pd[o + 10] = vy;
  pd[o + 11] = t0;
  pd[o + 12] = dt;
}

/** Writes a straight segment, or the circular arc of bulge b (signed sweep 4*atan(b), CCW when b > 0). */
export function writeBulge(
  pd: Float64Array,
  o: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  b: number,
): void {
  // |b| < 1e-10 bows the chord by less than 1e-10 of its length (area error below 1e-10 d^2):
  // straight for every purpose, and it keeps 1/b finite (a denormal bulge gives an infinite radius).
  if (Math.abs(b) < 1e-10) {
    writeSeg(pd, o, x0, y0, x1, y1);
    return;
  }
  const dx = x1 - x0;
  const dy = y1 - y0;
  const d = hypot(dx, dy);
  if (d === 0) {
    writeSeg(pd, o, x0, y0, x1, y1);
    return;
  }
  const sweep = 4 * Math.atan(b);
  const r = (d * (1 + b * b)) / (4 * Math.abs(b));
  const off = (1 - b * b) / (4 * b); // signed distance of the centre from the chord midpoint, in chord lengths
  const cx = (x0 + x1) / 2 - dy * off;
  const cy = (y0 + y1) / 2 + dx * off;
  if (!Number.isFinite(r) || !Number.isFinite(cx) || !Number.isFinite(cy)) {
    writeSeg(pd, o, x0, y0, x1, y1);
    return;
  }
  pd[o] = 1;
  pd[o + 1] = x0;
  pd[o + 2] = y0;
  pd[o + 3] = x1;
  pd[o + 4] = y1;
  pd[o + 5] = cx;
  pd[o + 6] = cy;
  pd[o + 7] = r;
  pd[o + 8] = 0;
  pd[o + 9] = 0;
  pd[o + 10] = r;
  pd[o + 11] = Math.atan2(y0 - cy, x0 - cx);
  pd[o + 12] = sweep;
}

/** Applies an affine map exactly to packed primitives (a new array). */
export function transformPrims(pd: Float64Array, m: Affine): Float64Array {
  const out = f64(pd.length);
  const { a, b, c, d, e, f } = m;
  for (let o = 0; o < pd.length; o += PS) {
    const x0 = pd[o + 1] as number;
    const y0 = pd[o + 2] as number;
    const x1 = pd[o + 3] as number;
    const y1 = pd[o + 4] as number;
    out[o] = pd[o] as number;
    out[o + 1] = a * x0 + b * y0 + e;
    out[o + 2] = c * x0 + d * y0 + f;
    out[o + 3] = a * x1 + b * y1 + e;
    out[o + 4] = c * x1 + d * y1 + f;
    if (pd[o] !== 1) continue;
    const cx = pd[o + 5] as number;
    const cy = pd[o + 6] as number;
    const ux = pd[o + 7] as number;
    const uy = pd[o + 8] as number;
    const vx = pd[o + 9] as number;
    const vy = pd[o + 10] as number;
    out[o + 5] = a * cx + b * cy + e;
    out[o + 6] = c * cx + d * cy + f;
    out[o + 7] = a * ux + b * uy;
    out[o + 8] = c * ux + d * uy;
    out[o + 9] = a * vx + b * vy;
    out[o + 10] = c * vx + d * vy;
    out[o + 11] = pd[o + 11] as number;
    out[o + 12] = pd[o + 12] as number;
  }
  return out;
}

/** Radius of the arc at offset `o` when it is circular (U and V orthogonal with equal length), else -1. */
export function circularRadius(pd: Float64Array, o: number): number {
  const ux = pd[o + 7] as number;
  const uy = pd[o + 8] as number;
  const vx = pd[o + 9] as number;
  const vy = pd[o + 10] as number;
  const ru = hypot(ux, uy);
  const rv = hypot(vx, vy);
  const tol = 1e-12 * Math.max(ru, rv);
  if (Math.abs(ru - rv) <= tol && Math.abs(ux * vx + uy * vy) <= tol * Math.max(ru, rv)) return ru;
  return -1;
}
