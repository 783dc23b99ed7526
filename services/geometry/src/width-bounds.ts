import { hypot } from './hypot.ts';

/**
 * Bounds of the minimum width of a point set without its hull, from its extents in a few directions:
 * one pass over the points, no sort. The extent in direction t, h(t), is at least the width for
 * every t (upper bound: the smallest extent measured), and h changes by at most D per radian (D the
 * diameter: h is a maximum of (p - q) . u(t), each D-Lipschitz in t), so the width, h at some
 * direction within half a step of a measured one, is at least min h - D * step / 2 (lower bound).
 */

/** Directions measured: 8 over a half turn (h(t + pi) = h(t)), so the lower bound loses 0.2 D. */
const DIRECTIONS = 8;
const COS = new Float64Array(DIRECTIONS);
const SIN = new Float64Array(DIRECTIONS);
for (let d = 0; d < DIRECTIONS; d++) {
  COS[d] = Math.cos((Math.PI * d) / DIRECTIONS);
  SIN[d] = Math.sin((Math.PI * d) / DIRECTIONS);
}

/** What the lower bound loses, as a fraction of the diameter: half a step in radians. */
export const LOWER_LOSS = Math.PI / (2 * DIRECTIONS);

/** Results of the last `widthBounds` call. */
export const bounds = {
  /** The width is at least this (may be negative: no information). */
  lower: 0,
  /** The width is at most this. */
  upper: 0,
  /** Largest |coordinate|: rounding of the projections is a few ulps of it. */
  size: 0,
};

/**
 * Bounds of the minimum width of the first n points of `p` (x, y interleaved, finite) into
 * `bounds`. The extents are kept in locals per pair of perpendicular directions (four passes).
 */
export function widthBounds(p: Float64Array, n: number): void {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < 2 * n; i += 2) {
    const x = p[i] as number;
    const y = p[i + 1] as number;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  let hmin = Math.min(x1 - x0, y1 - y0);
  for (let d = 1; d < DIRECTIONS / 2; d++) {
    // Direction d and the one perpendicular to it (d + DIRECTIONS / 2) in one pass.
    const c = COS[d] as number;
    const s = SIN[d] as number;
    let a0 = Infinity;
    let a1 = -Infinity;
    let b0 = Infinity;
    let b1 = -Infinity;
    for (let i = 0; i < 2 * n; i += 2) {
      const x = p[i] as number;
      const y = p[i + 1] as number;
      const a = x * c + y * s;
      const b = y * c - x * s;
      if (a < a0) a0 = a;
      if (a > a1) a1 = a;
      if (b < b0) b0 = b;
      if (b > b1) b1 = b;
    }
    hmin = Math.min(hmin, a1 - a0, b1 - b0);
  }
  const diameter = hypot(x1 - x0, y1 - y0);
  bounds.upper = hmin;
  bounds.lower = hmin - diameter * LOWER_LOSS;
  bounds.size = Math.max(-x0, x1, -y0, y1);
}
