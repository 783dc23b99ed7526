import { PS } from './prim-data.ts';

/** Mutable bounding box [xmin, ymin, xmax, ymax]. */
export type Box = [number, number, number, number];

/** Sets the box at offset `o` of a flat box array to empty. */
export function clearBoxAt(b: Float64Array, o: number): void {
  b[o] = Infinity;
  b[o + 1] = Infinity;
  b[o + 2] = -Infinity;
  b[o + 3] = -Infinity;
}

/** Grows the box at offset `o` of a flat box array by a point. */
export function addPointAt(b: Float64Array, o: number, x: number, y: number): void {
  if (x < (b[o] as number)) b[o] = x;
  if (y < (b[o + 1] as number)) b[o + 1] = y;
  if (x > (b[o + 2] as number)) b[o + 2] = x;
  if (y > (b[o + 3] as number)) b[o + 3] = y;
}

/** Grows the box at offset `o` by the box at offset `p` of `src` (the same result as adding its points). */
export function addBoxAt(b: Float64Array, o: number, src: Float64Array, p: number): void {
  if ((src[p] as number) < (b[o] as number)) b[o] = src[p] as number;
  if ((src[p + 1] as number) < (b[o + 1] as number)) b[o + 1] = src[p + 1] as number;
  if ((src[p + 2] as number) > (b[o + 2] as number)) b[o + 2] = src[p + 2] as number;
  if ((src[p + 3] as number) > (b[o + 3] as number)) b[o + 3] = src[p + 3] as number;
}

/**
 * Grows the box at offset `o` by packed segments and arcs: exact (end points plus axis extremes).
 * Writes `primsSlack(pd)` from the same pass to slack[s] (written, not returned: a double returned
 * from a call that is not inlined is boxed). The box is kept in locals between arcs (the same
 * comparisons in the same order as adding point by point, so the same box bit for bit).
 */
export function addPrimsAt(
  b: Float64Array,
  o: number,
  pd: Float64Array,
  slack: Float64Array,
  s: number,
): void {
  let x0 = b[o] as number;
  let y0 = b[o + 1] as number;
  let x1 = b[o + 2] as number;
  let y1 = b[o + 3] as number;
  let most = 0;
  for (let q = 0; q < pd.length; q += PS) {
    // Both kinds keep their end points (an arc's as its writer computed them, or a polyline's vertices).
    const ax = pd[q + 1] as number;
    const ay = pd[q + 2] as number;
    const bx = pd[q + 3] as number;
    const by = pd[q + 4] as number;
    if (ax < x0) x0 = ax;
    if (ay < y0) y0 = ay;
    if (ax > x1) x1 = ax;
    if (ay > y1) y1 = ay;
    if (bx < x0) x0 = bx;
    if (by < y0) y0 = by;
    if (bx > x1) x1 = bx;
    if (by > y1) y1 = by;
    if (pd[q] === 0) continue;
    b[o] = x0;
    b[o + 1] = y0;
    b[o + 2] = x1;
    b[o + 3] = y1;
    addArcExtremesAt(b, o, pd, q);
    x0 = b[o] as number;
    y0 = b[o + 1] as number;
    x1 = b[o + 2] as number;
    y1 = b[o + 3] as number;
    // The slack rule, inline (a double returned from a call that is not inlined is boxed). The absolute
    // term covers products rounded in the subnormal range, where the relative bound fails. Below 1e-140
    // the axes' squares may leave the normal range and the box's extremes (their square roots) be off
    // by up to an axis; every vertex still lies within 2 size of an end point, which the box holds.
    const size =
      Math.abs(pd[q + 5] as number) +
      Math.abs(pd[q + 6] as number) +
      Math.abs(pd[q + 7] as number) +
      Math.abs(pd[q + 8] as number) +
      Math.abs(pd[q + 9] as number) +
      Math.abs(pd[q + 10] as number);
    const turns = 1 + Math.abs(pd[q + 11] as number) + Math.abs(pd[q + 12] as number);
    most = Math.max(most, 1e-12 * size * turns + (size < 1e-140 ? 2 * size : 0) + 1e-300);
  }
  b[o] = x0;
  b[o + 1] = y0;
  b[o + 2] = x1;
  b[o + 3] = y1;
  slack[s] = most;
}

/**
 * Adds the axis extremes of the arc at offset `q` that its sweep reaches. x(t) = cx + ux cos t +
 * vx sin t is extreme at t = atan2(vx, ux) (+ pi), where it is cx +- hypot(ux, vx): the values need no
 * cosine, and a full turn needs no angle either. Exported for the tests.
 */
export function addArcExtremesAt(b: Float64Array, o: number, pd: Float64Array, q: number): void {
  const cx = pd[q + 5] as number;
  const cy = pd[q + 6] as number;
  const ux = pd[q + 7] as number;
  const uy = pd[q + 8] as number;
  const vx = pd[q + 9] as number;
  const vy = pd[q + 10] as number;
  const t0 = pd[q + 11] as number;
  const dt = pd[q + 12] as number;
  const rx = Math.sqrt(ux * ux + vx * vx);
  const ry = Math.sqrt(uy * uy + vy * vy);
  if (Math.abs(dt) >= 2 * Math.PI) {
    addPointAt(b, o, cx - rx, cy - ry);
    addPointAt(b, o, cx + rx, cy + ry);
    return;
  }
  // Axis-aligned U and V (every bulge arc: U = (r, 0), V = (0, r)) give atan2's own values without the call.
  const tx = vx === 0 && ux > 0 ? 0 : Math.atan2(vx, ux);
  const ty = uy === 0 && vy > 0 ? Math.PI / 2 : Math.atan2(vy, uy);
  // Only the coordinate that is extreme moves the box: the other one of that point lies between the
  // end points and the other axis's extremes, which are added on their own.
  const TAU = 2 * Math.PI;
  const lo = Math.min(t0, t0 + dt);
  const span = Math.abs(dt);
  // The four angles in turn, tested in the loop: a helper taking the angles as doubles would box them.
  for (let k = 0; k < 4; k++) {
    const t = k === 0 ? tx : k === 1 ? tx + Math.PI : k === 2 ? ty : ty + Math.PI;
    // Whether t lies in the sweep from t0 over dt (either sign). Within one turn `d % TAU` is d
    // itself: the floating remainder (a library call) only beyond.
    let d = t - lo;
    if (!(d > -TAU && d < TAU)) d %= TAU;
    if (d < 0) d += TAU;
    if (!(d <= span)) continue;
    if (k === 0) {
      if (cx + rx > (b[o + 2] as number)) b[o + 2] = cx + rx;
    } else if (k === 1) {
      if (cx - rx < (b[o] as number)) b[o] = cx - rx;
    } else if (k === 2) {
      if (cy + ry > (b[o + 3] as number)) b[o + 3] = cy + ry;
    } else if (cy - ry < (b[o + 1] as number)) b[o + 1] = cy - ry;
  }
}

/**
 * Bound on how far the flattened vertices of packed primitives may lie outside their exact box by
 * rounding: 0 for segments (their vertices are the stored end points); for an arc, far above the
 * rounding of C + U cos t + V sin t and of t itself (and never 0, for subnormal axes). NaN or infinite when a number is not finite.
 */
export function primsSlack(pd: Float64Array): number {
  const box = new Float64Array(4);
  const slack = new Float64Array(1);
  clearBoxAt(box, 0);
  addPrimsAt(box, 0, pd, slack, 0);
  return slack[0] as number;
}
