import { hypot } from './hypot.ts';

/** Convex hull (monotone chain) of interleaved points, counter-clockwise, as [x, y] pairs. */
export function convexHull(poly: ArrayLike<number>): [number, number][] {
  const n = poly.length >> 1;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort(
    (a, b) =>
      (poly[2 * a] as number) - (poly[2 * b] as number) ||
      (poly[2 * a + 1] as number) - (poly[2 * b + 1] as number),
  );
  const pts: [number, number][] = [];
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const x = poly[2 * i] as number;
    const y = poly[2 * i + 1] as number;
    const last = pts[pts.length - 1];
    if (!last || last[0] !== x || last[1] !== y) pts.push([x, y]);
  }
  if (pts.length < 3) return pts;
  const cross = (o: [number, number], a: [number, number], b: [number, number]): number =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0)
      lower.pop();
    lower.push(p);
  }
  const upper: [number, number][] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i] as [number, number];
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0)
      upper.pop();
    upper.push(p);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

/**
 * Minimum width of a shape (smallest distance between two parallel supporting lines of its hull):
 * the diameter of a round hole, the width of a slot, the short side of a rectangle.
 */
export function minWidth(poly: ArrayLike<number>): number {
  const h = convexHull(poly);
  const n = h.length;
  if (n < 3) return 0;
  let best = Infinity;
  let j = 1;
  const dist = (i: number, k: number): number => {
    const a = h[i] as [number, number];
    const b = h[(i + 1) % n] as [number, number];
    const p = h[k % n] as [number, number];
    const len = hypot(b[0] - a[0], b[1] - a[1]);
    return len === 0 ? 0 : Math.abs((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) / len;
  };
  for (let i = 0; i < n; i++) {
    if (j <= i) j = i + 1;
    while (dist(i, j + 1) >= dist(i, j) && j < i + n) j++;
    best = Math.min(best, dist(i, j));
  }
  return best;
}
