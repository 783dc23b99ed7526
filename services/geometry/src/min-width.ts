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
  const qx = px;
  const qy = py;
  const ox = hx;
  const oy = hy;
  let m = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const x = poly[2 * i] as number;
    const y = poly[2 * i + 1] as number;
    if (m === 0 || qx[m - 1] !== x || qy[m - 1] !== y) {
      qx[m] = x;
      qy[m] = y;
      m++;
    }
  }
  if (m < 3) {
    for (let k = 0; k < m; k++) {
      ox[k] = qx[k] as number;
      oy[k] = qy[k] as number;
    }
    return m;
  }
  // Lower chain from the left, then the upper chain from the right, each without its last point.
  const lower = chainInto(qx, qy, 0, m, 1, ox, oy, 0) - 1;
  const base = lower + 1; // the upper chain is built after the lower one, then moved down
  const upper = chainInto(qx, qy, m - 1, -1, -1, ox, oy, base) - base - 1;
  for (let k = 0; k < upper; k++) {
    ox[lower + k] = ox[base + k] as number;
    oy[lower + k] = oy[base + k] as number;
  }
  return lower + upper;
}

/**
 * One monotone chain: points from..to (exclusive, by `step`) of qx / qy pushed onto the stack that
 * starts at `base` of ox / oy, popping while the last two and the new point do not turn left
 * (cross <= 0). The cross product inline: no double passed to a call. Returns the stack's end.
 */
function chainInto(
  qx: Float64Array,
  qy: Float64Array,
  from: number,
  to: number,
  step: number,
  ox: Float64Array,
  oy: Float64Array,
  base: number,
): number {
  let h = base;
  for (let k = from; k !== to; k += step) {
    const x = qx[k] as number;
    const y = qy[k] as number;
    while (h - base >= 2) {
      const x0 = ox[h - 2] as number;
      const y0 = oy[h - 2] as number;
      if (!(((ox[h - 1] as number) - x0) * (y - y0) - ((oy[h - 1] as number) - y0) * (x - x0) <= 0)) break;
      h--;
    }
    ox[h] = x;
    oy[h] = y;
    h++;
  }
  return h;
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
 * calipers: for each hull edge, the farthest vertex is found by stepping on while the doubled
 * triangle area |e x (v - a)| does not drop, and divided by the edge's length once per edge (the
 * distance is that area over a length fixed per edge); indices wrap without a modulo.
 */
export function minWidth(poly: ArrayLike<number>): number {
  const n = hullInto(poly);
  if (n < 3) return 0;
  const xs = hx;
  const ys = hy;
  let best = Infinity;
  let j = 1;
  for (let i = 0; i < n; i++) {
    const i1 = i + 1 === n ? 0 : i + 1;
    const ax = xs[i] as number;
    const ay = ys[i] as number;
    const ex = (xs[i1] as number) - ax;
    const ey = (ys[i1] as number) - ay;
    if (j <= i) j = i + 1;
    let k = j >= n ? j - n : j;
    let d = Math.abs(ex * ((ys[k] as number) - ay) - ey * ((xs[k] as number) - ax));
    while (j < i + n) {
      k = k + 1 === n ? 0 : k + 1;
      const next = Math.abs(ex * ((ys[k] as number) - ay) - ey * ((xs[k] as number) - ax));
      if (!(next >= d)) break;
      j++;
      d = next;
    }
    const len = hypot(ex, ey);
    const w = len === 0 ? 0 : d / len;
    best = Math.min(best, w);
  }
  return best;
}
