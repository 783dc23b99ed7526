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

/** Grows the box at offset `o` by packed segments and arcs: exact (end points plus axis extremes). */
export function addPrimsAt(b: Float64Array, o: number, pd: Float64Array): void {
  for (let q = 0; q < pd.length; q += PS) {
    if (pd[q] === 0) {
      addPointAt(b, o, pd[q + 1] as number, pd[q + 2] as number);
      addPointAt(b, o, pd[q + 3] as number, pd[q + 4] as number);
    } else addArcAt(b, o, pd, q);
  }
}

function inSweep(t0: number, dt: number, t: number): boolean {
  const TAU = 2 * Math.PI;
  const lo = Math.min(t0, t0 + dt);
  const span = Math.abs(dt);
  if (span >= TAU) return true;
  let d = (t - lo) % TAU;
  if (d < 0) d += TAU;
  return d <= span;
}

/** Adds the point at parameter t of the arc at offset `q`. */
function addArcPointAt(b: Float64Array, o: number, pd: Float64Array, q: number, t: number): void {
  const c = Math.cos(t);
  const s = Math.sin(t);
  addPointAt(
    b,
    o,
    (pd[q + 5] as number) + (pd[q + 7] as number) * c + (pd[q + 9] as number) * s,
    (pd[q + 6] as number) + (pd[q + 8] as number) * c + (pd[q + 10] as number) * s,
  );
}

function addArcAt(b: Float64Array, o: number, pd: Float64Array, q: number): void {
  const t0 = pd[q + 11] as number;
  const dt = pd[q + 12] as number;
  addArcPointAt(b, o, pd, q, t0);
  addArcPointAt(b, o, pd, q, t0 + dt);
  // x(t) = cx + ux cos t + vx sin t is extreme at t = atan2(vx, ux) (+ pi); likewise y.
  const tx = Math.atan2(pd[q + 9] as number, pd[q + 7] as number);
  const ty = Math.atan2(pd[q + 10] as number, pd[q + 8] as number);
  if (inSweep(t0, dt, tx)) addArcPointAt(b, o, pd, q, tx);
  if (inSweep(t0, dt, tx + Math.PI)) addArcPointAt(b, o, pd, q, tx + Math.PI);
  if (inSweep(t0, dt, ty)) addArcPointAt(b, o, pd, q, ty);
  if (inSweep(t0, dt, ty + Math.PI)) addArcPointAt(b, o, pd, q, ty + Math.PI);
}
