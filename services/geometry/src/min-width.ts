import { hypot } from './hypot.ts';
import { lexOrder } from './lex-order.ts';

let hx = new Float64Array(256);
let hy = new Float64Array(256);
let px = new Float64Array(256);
let py = new Float64Array(256);

let orderBuf = new Uint32Array(256);

/**
 * Indices of the n points ordered by x, then y. Distinct points have one order, and equal points
 * are merged afterwards, so any correct sort gives the same hull: finite inputs by a natural merge
 * sort with the comparisons inline (`lexOrder`), others by the builtin sort (NaN compares as equal there).
 */
function sortedOrder(poly: ArrayLike<number>, n: number): Uint32Array {
  let finite = true;
  for (let i = 0; i < n && finite; i++)
    if (!Number.isFinite((poly[2 * i] as number) - (poly[2 * i + 1] as number))) finite = false;
  if (finite) return lexOrder(poly, n);
  if (orderBuf.length < n) orderBuf = new Uint32Array(2 * n);
  const order = orderBuf.subarray(0, n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort(
    (a, b) =>
      (poly[2 * a] as number) - (poly[2 * b] as number) ||
      (poly[2 * a + 1] as number) - (poly[2 * b + 1] as number),
  );
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

/**
 * Minimum width of a shape (smallest distance between two parallel supporting lines of its hull):
 * the diameter of a round hole, the width of a slot, the short side of a rectangle. Rotating
 * calipers: for each hull edge, the farthest vertex is found by stepping on while the distance
 * does not drop; the edge's length is computed once per edge and indices wrap without a modulo.
 */
export function minWidth(poly: ArrayLike<number>): number {
  const n = hullInto(poly);
  if (n < 3) return 0;
  let best = Infinity;
  let j = 1;
  for (let i = 0; i < n; i++) {
    const i1 = i + 1 === n ? 0 : i + 1;
    const ax = hx[i] as number;
    const ay = hy[i] as number;
    const ex = (hx[i1] as number) - ax;
    const ey = (hy[i1] as number) - ay;
    const len = hypot(ex, ey);
    if (j <= i) j = i + 1;
    let d = edgeDist(n, j, ax, ay, ex, ey, len);
    while (j < i + n) {
      const next = edgeDist(n, j + 1, ax, ay, ex, ey, len);
      if (!(next >= d)) break;
      j++;
      d = next;
    }
    best = Math.min(best, d);
  }
  return best;
}

/** Distance of hull vertex k (mod n, k < 3n) from the line through a with direction e of length len (0 when len is 0). */
function edgeDist(n: number, k: number, ax: number, ay: number, ex: number, ey: number, len: number): number {
  let kk = k;
  while (kk >= n) kk -= n;
  return len === 0 ? 0 : Math.abs(ex * ((hy[kk] as number) - ay) - ey * ((hx[kk] as number) - ax)) / len;
}
