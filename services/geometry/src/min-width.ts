import { hypot } from './hypot.ts';

let hx = new Float64Array(256);
let hy = new Float64Array(256);
let px = new Float64Array(256);
let py = new Float64Array(256);

let orderBuf = new Uint32Array(256);

/**
 * Indices of the n points ordered by x, then y. Distinct points have one order, and equal points
 * are merged afterwards, so any correct sort gives the same hull: small inputs (most holes) by an
 * insertion sort with the comparisons inline, larger ones by the builtin sort.
 */
function sortedOrder(poly: ArrayLike<number>, n: number): Uint32Array {
  if (orderBuf.length < n) orderBuf = new Uint32Array(2 * n);
  const order = orderBuf;
  let finite = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (!Number.isFinite((poly[2 * i] as number) - (poly[2 * i + 1] as number))) finite = false;
  }
  // The builtin sort for large inputs and for non-finite coordinates (NaN compares as equal there).
  if (n > 64 || !finite) {
    return order
      .subarray(0, n)
      .sort(
        (a, b) =>
          (poly[2 * a] as number) - (poly[2 * b] as number) ||
          (poly[2 * a + 1] as number) - (poly[2 * b + 1] as number),
      );
  }
  for (let i = 1; i < n; i++) {
    const k = order[i] as number;
    const x = poly[2 * k] as number;
    const y = poly[2 * k + 1] as number;
    let j = i - 1;
    while (j >= 0) {
      const m = order[j] as number;
      const mx = poly[2 * m] as number;
      if (mx < x || (mx === x && (poly[2 * m + 1] as number) <= y)) break;
      order[j + 1] = m;
      j--;
    }
    order[j + 1] = k;
  }
  return order;
}

/**
 * Convex hull (monotone chain) of interleaved points, counter-clockwise from the lowest x, into the
 * module's `hx` / `hy`; returns the vertex count. Collinear points are dropped (cross <= 0 pops).
 */
function hullInto(poly: ArrayLike<number>): number {
  const n = poly.length >> 1;
  const order = sortedOrder(poly, n);
  if (px.length < n) {
    px = new Float64Array(2 * n);
    py = new Float64Array(2 * n);
  }
  if (hx.length < 2 * n + 2) {
    hx = new Float64Array(4 * n + 4);
    hy = new Float64Array(4 * n + 4);
  }
  let m = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const x = poly[2 * i] as number;
    const y = poly[2 * i + 1] as number;
    if (m === 0 || px[m - 1] !== x || py[m - 1] !== y) {
      px[m] = x;
      py[m] = y;
      m++;
    }
  }
  if (m < 3) {
    for (let k = 0; k < m; k++) {
      hx[k] = px[k] as number;
      hy[k] = py[k] as number;
    }
    return m;
  }
  // Lower chain from the left, then the upper chain from the right, each without its last point.
  let h = 0;
  for (let k = 0; k < m; k++) {
    const x = px[k] as number;
    const y = py[k] as number;
    while (h >= 2 && cross(h - 2, h - 1, x, y) <= 0) h--;
    hx[h] = x;
    hy[h] = y;
    h++;
  }
  const lower = h - 1;
  const base = h; // the upper chain is built after the lower one, then moved down
  h = base;
  for (let k = m - 1; k >= 0; k--) {
    const x = px[k] as number;
    const y = py[k] as number;
    while (h - base >= 2 && cross(h - 2, h - 1, x, y) <= 0) h--;
    hx[h] = x;
    hy[h] = y;
    h++;
  }
  const upper = h - base - 1;
  for (let k = 0; k < upper; k++) {
    hx[lower + k] = hx[base + k] as number;
    hy[lower + k] = hy[base + k] as number;
  }
  return lower + upper;
}

/** Cross product (a - o) x (p - o) for hull vertices o, a and point p. */
function cross(o: number, a: number, x: number, y: number): number {
  const ox = hx[o] as number;
  const oy = hy[o] as number;
  return ((hx[a] as number) - ox) * (y - oy) - ((hy[a] as number) - oy) * (x - ox);
}

/** Convex hull (monotone chain) of interleaved points, counter-clockwise, as [x, y] pairs. */
export function convexHull(poly: ArrayLike<number>): [number, number][] {
  const n = hullInto(poly);
  const out: [number, number][] = [];
  for (let k = 0; k < n; k++) out.push([hx[k] as number, hy[k] as number]);
  return out;
}

/** Distance of hull vertex k (mod n) from the line through hull edge i, i + 1. */
function dist(n: number, i: number, k: number): number {
  const i1 = (i + 1) % n;
  const kk = k % n;
  const ax = hx[i] as number;
  const ay = hy[i] as number;
  const bx = hx[i1] as number;
  const by = hy[i1] as number;
  const len = hypot(bx - ax, by - ay);
  return len === 0
    ? 0
    : Math.abs((bx - ax) * ((hy[kk] as number) - ay) - (by - ay) * ((hx[kk] as number) - ax)) / len;
}

/**
 * Minimum width of a shape (smallest distance between two parallel supporting lines of its hull):
 * the diameter of a round hole, the width of a slot, the short side of a rectangle.
 */
export function minWidth(poly: ArrayLike<number>): number {
  const n = hullInto(poly);
  if (n < 3) return 0;
  let best = Infinity;
  let j = 1;
  for (let i = 0; i < n; i++) {
    if (j <= i) j = i + 1;
    while (dist(n, i, j + 1) >= dist(n, i, j) && j < i + n) j++;
    best = Math.min(best, dist(n, i, j));
  }
  return best;
}
