import type { Analysis } from './compute-facts.ts';
import type { Edge } from './edge.ts';
import { PointBuf } from './point-buf.ts';
import { hypot } from './hypot.ts';
import { lexOrder } from './lex-order.ts';
import { loopPointsAt, type Loop } from './loop-shape.ts';
import { minWidth } from './min-width.ts';
import { bounds, LOWER_LOSS, widthBounds } from './width-bounds.ts';

/**
 * Holes (loops at odd depth) in ascending order of the lower bound of their width (ties in loop
 * order: the order their `where` lists follow), in flat arrays (the first `n` entries; reused by
 * the next call): width (Infinity where it was not needed, the short side of the box where that
 * was enough: see `holeWidths`), centre of the box.
 */
export interface HoleWidths {
  n: number;
  width: Float64Array;
  x: Float64Array;
  y: Float64Array;
  /** Smallest width (drawing units), null without holes. */
  smallest: number | null;
}

/** The holes a predicate on the width keeps: how many, the smallest width, the first `maxWhere` centres. */
export interface HoleGroup {
  count: number;
  smallest: number;
  where: [number, number][];
}

const holeBuf = new PointBuf(4096);

/**
 * Per-hole arrays reused from call to call and grown on demand: nine fresh typed arrays per
 * drawing cost more than filling them (past 64 bytes each gets its own off-heap buffer).
 */
const per = {
  keys: new Float64Array(128),
  loopOf: new Int32Array(64),
  w0: new Float64Array(64),
  x0: new Float64Array(64),
  y0: new Float64Array(64),
  order: new Uint32Array(64),
  width: new Float64Array(64),
  x: new Float64Array(64),
  y: new Float64Array(64),
};

/** Makes `per` hold n holes. */
function reserveHoles(n: number): void {
  if (per.loopOf.length >= n) return;
  const c = Math.max(n, 2 * per.loopOf.length);
  per.keys = new Float64Array(2 * c);
  per.loopOf = new Int32Array(c);
  per.w0 = new Float64Array(c);
  per.x0 = new Float64Array(c);
  per.y0 = new Float64Array(c);
  per.order = new Uint32Array(c);
  per.width = new Float64Array(c);
  per.x = new Float64Array(c);
  per.y = new Float64Array(c);
}

/**
 * Width of each hole: circle diameter, else the minimum width of the hull. The hull is only built
 * where it matters: width >= area / bbox diagonal, so a hole whose bound is above both `threshold`
 * and the smallest width found so far is skipped (width left as Infinity). The width is also at
 * most the short side of the hole's box: a hole that cannot be the smallest (bound not below the
 * smallest so far) and whose box is certainly narrower than `sure` (under every limit the caller
 * checks) gets that side instead of its hull; one whose polygon's extents show it at least
 * `threshold` and the smallest so far is skipped (`width-bounds.ts`). The checks and the smallest
 * width come out the same.
 */
export function holeWidths(a: Analysis, edges: Edge[], threshold: number, sure = 0): HoleWidths {
  const loops = a.loops;
  const bx = a.loopBoxes;
  let n = 0;
  for (let i = 0; i < loops.length; i++) if ((a.depth[i] as number) % 2 === 1) n++;
  // Per hole in loop order: [bound, hole number] pairs (sorted below), loop (-1 for a circle), width, centre.
  reserveHoles(n);
  const { keys, loopOf, w0, x0, y0, width, x, y } = per;
  let k = 0;
  for (let i = 0; i < loops.length; i++) {
    if ((a.depth[i] as number) % 2 !== 1) continue;
    const loop = loops[i] as Loop;
    const o = 4 * i;
    x0[k] = ((bx[o] as number) + (bx[o + 2] as number)) / 2;
    y0[k] = ((bx[o + 1] as number) + (bx[o + 3] as number)) / 2;
    const only = loop.parts.length === 1 ? (edges[loop.parts[0]!.edge] as Edge) : null;
    const pd = only?.pd;
    let bound: number;
    if (only && only.type === 'CIRCLE' && pd && pd.length > 0 && pd[0] === 1) {
      bound = w0[k] = 2 * hypot(pd[7] as number, pd[8] as number);
      loopOf[k] = -1;
    } else {
      const diag = hypot(
        (bx[o + 2] as number) - (bx[o] as number),
        (bx[o + 3] as number) - (bx[o + 1] as number),
      );
      bound = diag > 0 ? loop.area / diag : 0;
      w0[k] = Infinity;
      loopOf[k] = i;
    }
    keys[2 * k] = bound;
    keys[2 * k + 1] = k;
    k++;
  }
  const order = boundOrder(keys, n);
  let smallest = Infinity;
  for (let s = 0; s < n; s++) {
    const h = order[s] as number;
    const bound = keys[2 * h] as number;
    const li = loopOf[h] as number;
    let wh = w0[h] as number;
    if (li >= 0 && bound >= smallest && narrowerThan(bx, 4 * li, sure))
      wh = Math.max(shortSide(bx, 4 * li), bound);
    else if (li >= 0 && (bound < threshold || bound < smallest)) {
      // Width of a polygon flattened at chain_tol (0.01 mm): precise enough for a width, few points.
      holeBuf.n = 0;
      loopPointsAt(edges, loops[li] as Loop, a.lines.tol * 10, holeBuf, a.lines);
      // Its extents can only settle it when its box is wide enough (short side less what the lower bound loses).
      const o = 4 * li;
      const diag = hypot(
        (bx[o + 2] as number) - (bx[o] as number),
        (bx[o + 3] as number) - (bx[o + 1] as number),
      );
      const tryBounds = shortSide(bx, o) - 0.9 * LOWER_LOSS * diag >= Math.max(threshold, smallest);
      wh = polygonWidth(holeBuf.a, holeBuf.n >> 1, tryBounds, smallest, threshold);
    }
    width[s] = wh;
    x[s] = x0[h] as number;
    y[s] = y0[h] as number;
    smallest = Math.min(smallest, wh);
  }
  return { n, width, x, y, smallest: n ? smallest : null };
}

/** Polygons from this many points on get their width bounds first (below, the hull costs less). */
const BOUNDS_MIN_POINTS = 32;

/**
 * Width of a hole from its polygon (first n points of `p`), or Infinity when its extents (tried only
 * when `tryBounds`) show it at least `threshold` and the smallest width so far: not needed, as for
 * a hole skipped by its bound. The margin covers a few ulps of the coordinates.
 */
function polygonWidth(
  p: Float64Array,
  n: number,
  tryBounds: boolean,
  smallest: number,
  threshold: number,
): number {
  if (tryBounds && n >= BOUNDS_MIN_POINTS) {
    widthBounds(p, n);
    const lower = bounds.lower - 1e-9 * (bounds.size + Math.abs(bounds.upper));
    if (lower >= smallest && lower >= threshold * (1 + 1e-9)) return Infinity;
  }
  return minWidth(p.subarray(0, 2 * n));
}

/** Short side of box `o` of `bx` (NaN for a box left empty). */
function shortSide(bx: Float64Array, o: number): number {
  return Math.min((bx[o + 2] as number) - (bx[o] as number), (bx[o + 3] as number) - (bx[o + 1] as number));
}

/**
 * True when every point of the hole in box `o` lies in a strip narrower than `sure`: the short
 * side plus a margin for points computed a few ulps outside the box (relative to the coordinates).
 */
function narrowerThan(bx: Float64Array, o: number, sure: number): boolean {
  const side = shortSide(bx, o);
  const size =
    Math.abs(bx[o] as number) +
    Math.abs(bx[o + 1] as number) +
    Math.abs(bx[o + 2] as number) +
    Math.abs(bx[o + 3] as number);
  return side >= 0 && side + 1e-9 * (side + size) < sure;
}

/**
 * Hole numbers by ascending bound, ties by hole number: the order of a stable sort by bound. The
 * keys are [bound, hole number] pairs, so `lexOrder` gives it; non-finite bounds go through the
 * builtin stable sort with the subtraction comparator, as before.
 */
function boundOrder(keys: Float64Array, n: number): ArrayLike<number> {
  let finite = true;
  for (let h = 0; h < n && finite; h++) finite = Number.isFinite(keys[2 * h] as number);
  // A copy: the hulls sort with the same scratch.
  if (finite) {
    const order = per.order;
    order.set(lexOrder(keys, n).subarray(0, n));
    return order;
  }
  return Array.from({ length: n }, (_, h) => h).sort(
    (h, k) => (keys[2 * h] as number) - (keys[2 * k] as number),
  );
}

/** The holes whose width `keep` accepts, in the holes' order. */
export function holeGroup(h: HoleWidths, keep: (width: number) => boolean, maxWhere: number): HoleGroup {
  let count = 0;
  let smallest = Infinity;
  const where: [number, number][] = [];
  for (let s = 0; s < h.n; s++) {
    const w = h.width[s] as number;
    if (!keep(w)) continue;
    count++;
    smallest = Math.min(smallest, w);
    if (where.length < maxWhere) where.push([h.x[s] as number, h.y[s] as number]);
  }
  return { count, smallest, where };
}
